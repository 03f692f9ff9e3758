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
} satisfies Record<string, string>;
