/**
 * Spanish for contact and product sync: the functions' reasons and errors, the settings page's
 * Sync log tab and the card's sync line. Each key is the English message (its id); each value
 * its Spanish.
 */
export const sync = {
  // Why a record was skipped or failed (kept as ids in the sync log).
  'no email and no name in QuickBooks': 'sin correo electrónico ni nombre en QuickBooks',
  'no name in QuickBooks': 'sin nombre en QuickBooks',
  'QuickBooks {type} items are not synced':
    'los productos o servicios de QuickBooks de tipo {type} no se sincronizan',
  "sub-customer or job: synced as its parent's contact":
    'subcliente o proyecto: se sincroniza como el contacto de su cliente principal',
  'another QuickBooks customer with the same email is synced to that contact':
    'otro cliente de QuickBooks con el mismo correo electrónico se sincroniza con ese contacto',
  'the contact with this email is linked to another QuickBooks customer':
    'el contacto con este correo electrónico está vinculado a otro cliente de QuickBooks',
  'another QuickBooks item matched the same HubSpot product':
    'otro producto o servicio de QuickBooks coincidió con el mismo producto de HubSpot',
  'sync is off for this company': 'la sincronización está desactivada para esta empresa',
  'inactive in QuickBooks and not linked': 'inactivo en QuickBooks y no vinculado',
  'deleted in QuickBooks and not linked to a HubSpot record':
    'eliminado en QuickBooks y no vinculado a un registro de HubSpot',
  'inactive in QuickBooks; the rule is do nothing':
    'inactivo en QuickBooks; la regla es no hacer nada',
  'deleted in QuickBooks; the rule is do nothing':
    'eliminado en QuickBooks; la regla es no hacer nada',
  'the create and update rule is do nothing':
    'la regla de creación y actualización es no hacer nada',
  'several HubSpot records match; link one by hand':
    'coinciden varios registros de HubSpot; vincula uno a mano',
  'no linked or matching record, and the rule is update only':
    'no hay ningún registro vinculado ni coincidente, y la regla es solo actualizar',
  'HubSpot refused the record: {reason}': 'HubSpot rechazó el registro: {reason}',
  'HubSpot did not answer for this record': 'HubSpot no respondió por este registro',
  'HubSpot did not accept the write.': 'HubSpot no aceptó la escritura.',
  'no longer in QuickBooks': 'ya no está en QuickBooks',
  // Errors of the sync operations.
  '{objects, select, contacts {Contact} products {Product} other {Contact and product}} sync is off for this company.':
    'La sincronización de {objects, select, contacts {contactos} products {productos} other {contactos y productos}} está desactivada para esta empresa.',
  'Turn it on and save the settings first.': 'Actívala y guarda la configuración primero.',
  'That sync log entry is no longer in the log.':
    'Esa entrada ya no está en el registro de sincronización.',
  'Reload the sync log: it keeps the newest decisions only.':
    'Vuelve a cargar el registro de sincronización: solo guarda las decisiones más recientes.',
  'Only a failure that was not retried yet can be retried.':
    'Solo se puede reintentar un error que aún no se haya reintentado.',
  'Reload the sync log to see its newest outcome.':
    'Vuelve a cargar el registro de sincronización para ver su resultado más reciente.',
  'That sync problem is no longer in the sync log.':
    'Ese problema de sincronización ya no está en el registro de sincronización.',
  'Reload the card to see the newest sync status.':
    'Vuelve a cargar la tarjeta para ver el estado de sincronización más reciente.',
  // The settings page's Sync log tab.
  'Sync log': 'Registro de sincronización',
  'Loading the sync log': 'Cargando el registro de sincronización',
  'The sync log could not be loaded': 'No se pudo cargar el registro de sincronización',
  'No sync log yet': 'Aún no hay registro de sincronización',
  'Sync log of the QuickBooks company': 'Registro de sincronización de la empresa de QuickBooks',
  Records: 'Registros',
  'All records': 'Todos los registros',
  'Customers to contacts': 'Clientes a contactos',
  'Items to products': 'Productos o servicios a productos',
  Outcome: 'Resultado',
  'All outcomes': 'Todos los resultados',
  Created: 'Creado',
  Updated: 'Actualizado',
  Matched: 'Emparejado',
  Skipped: 'Omitido',
  Failed: 'Error',
  'Marked inactive': 'Marcado como inactivo',
  Archived: 'Archivado',
  'No sync log entries match these filters':
    'Ninguna entrada del registro de sincronización coincide con estos filtros',
  'Each contact and product sync decision appears here, newest first.':
    'Cada decisión de la sincronización de contactos y productos aparece aquí, de la más reciente a la más antigua.',
  '{count, plural, one {# entry} other {# entries}}':
    '{count, plural, one {# entrada} other {# entradas}}',
  '{count, plural, one {Retry the failure} other {Retry all # failures}}':
    '{count, plural, one {Reintentar el error} other {Reintentar los # errores}}',
  When: 'Cuándo',
  'QuickBooks record': 'Registro de QuickBooks',
  Why: 'Motivo',
  'HubSpot record': 'Registro de HubSpot',
  'Newer entries': 'Entradas más recientes',
  'Older entries': 'Entradas más antiguas',
  Retried: 'Reintentado',
  '{count, plural, one {# record run again} other {# records run again}}, {failed} failed.':
    '{count, plural, one {# registro procesado de nuevo} other {# registros procesados de nuevo}}, {failed} con error.',
  'The retry did not run': 'No se pudo reintentar',
  '(no name)': '(sin nombre)',
  '{object, select, contacts {Customer} other {Item}} {id} in QuickBooks':
    '{object, select, contacts {Cliente} other {Producto o servicio}} {id} en QuickBooks',
  // The card's sync line on a contact or company.
  'QuickBooks customer {customer} in {company}': 'Cliente de QuickBooks {customer} en {company}',
  'Open the customer in QuickBooks': 'Abrir el cliente en QuickBooks',
  'Synced {when}': 'Sincronizado: {when}',
  'The last sync of this customer failed': 'La última sincronización de este cliente falló',
  'The last sync left this customer out': 'La última sincronización omitió a este cliente',
} satisfies Record<string, string>;
