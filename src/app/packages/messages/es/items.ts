/**
 * Spanish for creating QuickBooks items from HubSpot products and the default item (the wizard,
 * the settings page and the functions). Each key is the English message (its id); each value its
 * Spanish.
 */
export const items = {
  // The functions
  'QuickBooks already has a product or service named “{name}”.':
    'QuickBooks ya tiene un producto o servicio llamado “{name}”.',
  'Give the new item another name, or search for “{name}” and pick it.':
    'Ponle otro nombre al nuevo producto o servicio, o busca “{name}” y elígelo.',
  'The income account chosen is no longer in QuickBooks or is inactive.':
    'La cuenta de ingresos elegida ya no está en QuickBooks o está inactiva.',
  'Choose another income account.': 'Elige otra cuenta de ingresos.',
  'That QuickBooks item is inactive, deleted or cannot go on an invoice line.':
    'Ese producto o servicio de QuickBooks está inactivo, eliminado o no puede ir en una partida de factura.',
  'Search again and choose an active product or service.':
    'Busca de nuevo y elige un producto o servicio activo.',
  // The wizard: an unmatched quote line
  'Create it in QuickBooks': 'Crearlo en QuickBooks',
  'Use the default item': 'Usar el producto o servicio predeterminado',
  'No default item is chosen for this QuickBooks company. An admin chooses one on the app’s settings page.':
    'No se ha elegido un producto o servicio predeterminado para esta empresa de QuickBooks. Un administrador lo elige en la página de configuración de la aplicación.',
  'New QuickBooks product or service': 'Nuevo producto o servicio de QuickBooks',
  'Product or service name': 'Nombre del producto o servicio',
  'Product or service type': 'Tipo de producto o servicio',
  'Service (work you do)': 'Servicio (trabajo que realizas)',
  'Non-inventory product (goods you do not track)':
    'Producto no inventariable (bienes cuyas existencias no controlas)',
  'SKU (optional)': 'SKU (opcional)',
  'Description on sales forms': 'Descripción en los formularios de venta',
  'Sales price ({currency})': 'Precio de venta ({currency})',
  'Income account': 'Cuenta de ingresos',
  'Sales tax applies to it': 'Se le aplica el impuesto sobre las ventas',
  'The item was not created': 'No se creó el producto o servicio',
  'Create in QuickBooks': 'Crear en QuickBooks',
  'Enter a name.': 'Escribe un nombre.',
  'A name cannot contain a colon (:): QuickBooks keeps it for sub-items.':
    'Un nombre no puede contener dos puntos (:): QuickBooks los reserva para los subelementos.',
  'At most {count} characters.': 'Como máximo {count} caracteres.',
  'Enter a price such as 45.50, or leave it empty.': 'Escribe un precio como 45.50 o déjalo vacío.',
  'This QuickBooks company has no active Income account: add one in QuickBooks.':
    'Esta empresa de QuickBooks no tiene ninguna cuenta de ingresos activa: añade una en QuickBooks.',
} satisfies Record<string, string>;
