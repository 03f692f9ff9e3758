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
  // The settings page: the default item
  'Default item': 'Producto o servicio predeterminado',
  'Default item for {company}': 'Producto o servicio predeterminado de {company}',
  'The default item could not be loaded': 'No se pudo cargar el producto o servicio predeterminado',
  'In the invoice wizard, a quote line that matches no QuickBooks product or service can use this item with one click. The line keeps the HubSpot product’s name, description and price.':
    'En el asistente de facturas, una partida de la cotización que no coincide con ningún producto o servicio de QuickBooks puede usar este con un clic. La partida conserva el nombre, la descripción y el precio del producto de HubSpot.',
  'Default item: {name}': 'Producto o servicio predeterminado: {name}',
  'No default item is chosen.': 'No se ha elegido un producto o servicio predeterminado.',
  'Choose another default item': 'Elige otro producto o servicio predeterminado',
  '{name} is inactive or deleted in QuickBooks, so the wizard does not offer it.':
    '{name} está inactivo o eliminado en QuickBooks, así que el asistente no lo ofrece.',
  'Find a QuickBooks product or service': 'Buscar un producto o servicio de QuickBooks',
  'Products and services found': 'Productos y servicios encontrados',
  '{name} (SKU {sku})': '{name} (SKU {sku})',
  'The default item was not saved': 'No se guardó el producto o servicio predeterminado',
  'Saved.': 'Guardado.',
  'Make it the default item': 'Convertirlo en el predeterminado',
  'Use no default item': 'No usar ningún producto o servicio predeterminado',
  // The review: the quote beside the invoice
  'Line removed: {name} ({amount}) is not on the invoice.':
    'Partida eliminada: {name} ({amount}) no está en la factura.',
  'Not resolved yet: {name} has no QuickBooks product or service.':
    'Aún sin resolver: {name} no tiene un producto o servicio de QuickBooks.',
  'Quantity or price changed: {name} is {quantity} × {price} = {amount} instead of {quoteAmount}.':
    'Cantidad o precio cambiado: {name} es {quantity} × {price} = {amount} en lugar de {quoteAmount}.',
  'Item substituted: {name} matched no QuickBooks product, so it is invoiced as {item}.':
    'Producto sustituido: {name} no coincidió con ningún producto de QuickBooks, así que se factura como {item}.',
  'Line added: {name} ({amount}) is not on the quote.':
    'Partida añadida: {name} ({amount}) no está en la cotización.',
  'Discount: {amount} off the invoice.': 'Descuento: se restan {amount} de la factura.',
  'Tax estimated: {amount} is an estimate; QuickBooks computes the final tax when it creates the invoice.':
    'Impuesto estimado: {amount} es una estimación; QuickBooks calcula el impuesto definitivo al crear la factura.',
  'Tax not included: QuickBooks computes it when it creates the invoice, so the total will change.':
    'Impuesto no incluido: QuickBooks lo calcula al crear la factura, así que el total cambiará.',
  'Quote “{quote}” beside this invoice': 'La cotización “{quote}” junto a esta factura',
  'Quote’s total': 'Total de la cotización',
  'Invoice’s total (estimate)': 'Total de la factura (estimado)',
  'No differences in lines: the invoice has the quote’s lines, quantities and prices.':
    'Sin diferencias en las partidas: la factura tiene las partidas, cantidades y precios de la cotización.',
} satisfies Record<string, string>;
