/**
 * Spanish for the settings page (setup, connections, reminders, past invoices, contact and
 * product sync). Each key is the English message (its id); each value its Spanish.
 */
export const settings = {
  // The page and its tabs
  'Loading the settings': 'Cargando la configuración',
  Connections: 'Conexiones',
  Contacts: 'Contactos',
  Products: 'Productos',
  Setup: 'Instalación',
  'Go to Setup': 'Ir a Instalación',
  'Go to Connections': 'Ir a Conexiones',
  'Run setup first': 'Primero ejecuta la instalación',
  'The app is not set up in this portal yet. Run setup on the Setup tab, then connect a QuickBooks company.':
    'La aplicación aún no está instalada en este portal. Ejecuta la instalación en la pestaña Instalación y después conecta una empresa de QuickBooks.',

  // Setup
  'Checking setup': 'Comprobando la instalación',
  'Setup status could not be read': 'No se pudo leer el estado de la instalación',
  'Setup is complete': 'La instalación está completa',
  'The custom objects and deal properties are installed.':
    'Los objetos personalizados y las propiedades de negocio están instalados.',
  'Setup is needed': 'Falta la instalación',
  'Run setup to install what the app needs in this portal. It is safe to run more than once.':
    'Ejecuta la instalación para instalar lo que la aplicación necesita en este portal. Puedes ejecutarla más de una vez sin riesgo.',
  'Setup did not finish': 'La instalación no terminó',
  'Run setup again to finish it.': 'Vuelve a ejecutar la instalación para terminarla.',
  'Setup ran': 'Instalación ejecutada',
  'Everything was already in place.': 'Todo estaba ya instalado.',
  'Created: {items}.': 'Creado: {items}.',
  Installed: 'Instalado',
  Missing: 'Falta',
  'Next, on the Connections tab: connect your QuickBooks companies, or check those already connected.':
    'Siguiente paso, en la pestaña Conexiones: conecta tus empresas de QuickBooks o revisa las que ya están conectadas.',
  'Run setup': 'Ejecutar la instalación',
  'Run setup again': 'Volver a ejecutar la instalación',

  // Connections
  'Loading connections': 'Cargando las conexiones',
  'The connections could not be loaded': 'No se pudieron cargar las conexiones',
  'No QuickBooks company connected': 'No hay ninguna empresa de QuickBooks conectada',
  'Connect a QuickBooks Online company to create and link its invoices. You can connect several.':
    'Conecta una empresa de QuickBooks Online para crear y vincular sus facturas. Puedes conectar varias.',
  'Connect a QuickBooks company': 'Conectar una empresa de QuickBooks',
  'Connect another QuickBooks company': 'Conectar otra empresa de QuickBooks',
  Connected: 'Conectada',
  'Needs reconnect': 'Hay que volver a conectar',
  Error: 'Error',
  Reconnected: 'Conectada de nuevo',
  '{company} is connected.': '{company} está conectada.',
  '{company} is connected again.': '{company} vuelve a estar conectada.',
  'Company id': 'ID de la empresa',
  'Home currency': 'Moneda principal',
  Environment: 'Entorno',
  Sandbox: 'Sandbox',
  Production: 'Producción',
  'Authorization lasts until {until} unless used.':
    'La autorización dura hasta el {until} si no se usa.',
  'Authorization lasts until {until} unless used; it ends for good on {end}.':
    'La autorización dura hasta el {until} si no se usa; termina definitivamente el {end}.',
  'Last used successfully {date}.': 'Último uso correcto: {date}.',
  'Not used yet.': 'Aún no se ha usado.',
  Reconnect: 'Volver a conectar',
  'QuickBooks no longer accepts this company’s authorization. Reconnect it.':
    'QuickBooks ya no acepta la autorización de esta empresa. Vuelve a conectarla.',
  'The last call to QuickBooks failed. Test the connection to see why.':
    'La última llamada a QuickBooks falló. Prueba la conexión para ver por qué.',
  'Test connection': 'Probar la conexión',
  'Connection works': 'La conexión funciona',
  '{company} answered.': '{company} respondió.',
  'The connection test failed': 'La prueba de la conexión falló',
  'Sync now': 'Sincronizar ahora',
  'Sync failed': 'La sincronización falló',
  'Invoices synced': 'Facturas sincronizadas',
  'Synced in part': 'Sincronizado en parte',
  '{company}: {checked, plural, one {# linked invoice} other {# linked invoices}} checked, {updated} updated, {payments, plural, one {# payment} other {# payments}} noted on the timeline.':
    '{company}: {checked, plural, one {# factura vinculada revisada} other {# facturas vinculadas revisadas}}, {updated} actualizadas, {payments, plural, one {# pago anotado} other {# pagos anotados}} en la cronología.',
  'There is more to catch up: choose Sync now again.':
    'Queda más por ponerse al día: vuelve a elegir Sincronizar ahora.',
  Disconnect: 'Desconectar',
  'Disconnect {company}?': '¿Desconectar {company}?',
  'QuickBooks is told to end this app’s access and the stored authorization is deleted. Invoices already linked to deals, contacts and companies stay linked. You can connect the company again at any time.':
    'Se pide a QuickBooks que retire el acceso de esta aplicación y se elimina la autorización guardada. Las facturas ya vinculadas a negocios, contactos y empresas siguen vinculadas. Puedes volver a conectar la empresa cuando quieras.',
  'Type “{company}” to confirm': 'Escribe “{company}” para confirmar',
  'Keep connected': 'Mantener conectada',
  Disconnected: 'Desconectada',
  'Disconnecting failed': 'No se pudo desconectar',

  // Connecting
  'Connecting could not start': 'No se pudo empezar a conectar',
  '1. Open QuickBooks in a new tab with the link below, sign in and approve access for the company to connect.':
    '1. Abre QuickBooks en una pestaña nueva con el enlace de abajo, inicia sesión y aprueba el acceso para la empresa que quieres conectar.',
  'Open QuickBooks': 'Abrir QuickBooks',
  '2. If that tab says the company is connected, choose Show it here. Otherwise copy the whole address the browser landed on and paste it here.':
    '2. Si esa pestaña dice que la empresa está conectada, elige Mostrarla aquí. Si no, copia la dirección completa en la que terminó el navegador y pégala aquí.',
  'Address after approving': 'Dirección después de aprobar',
  'Finish connecting': 'Terminar de conectar',
  'Show it here': 'Mostrarla aquí',

  // Reminders
  Reminders: 'Recordatorios',
  'Reminders for {company}': 'Recordatorios de {company}',
  'Loading the reminders': 'Cargando los recordatorios',
  'The reminders could not be loaded': 'No se pudieron cargar los recordatorios',
  'Tasks go to the owner of the deal an invoice is linked to, once per invoice and reason, when the app next brings the invoice up to date (a card opened, Sync now, or a QuickBooks notification). Turning one off creates no more.':
    'Las tareas se asignan al propietario del negocio al que está vinculada una factura, una vez por factura y motivo, la próxima vez que la aplicación actualice la factura (al abrir una tarjeta, con Sincronizar ahora o con un aviso de QuickBooks). Al desactivar uno, no se crean más.',
  'A draft is still unsent': 'Un borrador sigue sin enviar',
  'Days after the invoice date': 'Días después de la fecha de la factura',
  'An invoice becomes overdue': 'Una factura vence',
  'An invoice is paid in full (to move the deal on)':
    'Una factura se paga en su totalidad (para avanzar el negocio)',
  'The reminders were not saved': 'Los recordatorios no se guardaron',
  'Reminders saved': 'Recordatorios guardados',
  'drafts unsent after {days, plural, one {# day} other {# days}}':
    'borradores sin enviar después de {days, plural, one {# día} other {# días}}',
  'overdue invoices': 'facturas vencidas',
  'invoices paid in full': 'facturas pagadas en su totalidad',
  '{company}: tasks for {kinds}.': '{company}: tareas para {kinds}.',
  '{company}: no reminder tasks.': '{company}: sin tareas de recordatorio.',

  // Link past invoices
  'Link past invoices': 'Vincular facturas anteriores',
  'Link past invoices: {company}': 'Vincular facturas anteriores: {company}',
  'Links this company’s invoices to HubSpot contacts (same email) and companies (same name, else the email’s domain). Deals are never guessed; invoices already linked stay as they are.':
    'Vincula las facturas de esta empresa con contactos de HubSpot (mismo correo) y empresas (mismo nombre o, si no, el dominio del correo). Nunca se suponen negocios; las facturas ya vinculadas se quedan como están.',
  'Linking past invoices stopped': 'La vinculación de facturas anteriores se detuvo',
  'Invoices dated from': 'Facturas con fecha desde',
  'Invoices dated up to': 'Facturas con fecha hasta',
  'Dry run': 'Simulación',
  'Dry run: nothing was written': 'Simulación: no se escribió nada',
  Pause: 'Pausar',
  Resume: 'Reanudar',
  Done: 'Hecho',
  'Linking…': 'Vinculando…',
  Paused: 'En pausa',
  '{done} of {total, plural, one {# invoice} other {# invoices}}':
    '{done} de {total, plural, one {# factura} other {# facturas}}',
  '{perMinute, plural, one {# invoice} other {# invoices}} a minute':
    '{perMinute, plural, one {# factura} other {# facturas}} por minuto',
  '{perMinute, plural, one {# invoice} other {# invoices}} a minute, about {minutesLeft} min left':
    '{perMinute, plural, one {# factura} other {# facturas}} por minuto, quedan unos {minutesLeft} min',
  Invoices: 'Facturas',
  'Would link to contacts': 'Se vincularían a contactos',
  'Would link to companies': 'Se vincularían a empresas',
  'Linked to contacts': 'Vinculadas a contactos',
  'Linked to companies': 'Vinculadas a empresas',
  Ambiguous: 'Ambiguas',
  Unmatched: 'Sin coincidencia',
  'Already linked': 'Ya vinculadas',
  'To resolve: several HubSpot records match the customer':
    'Por resolver: varios registros de HubSpot coinciden con el cliente',
  '{count, plural, one {# more is listed} other {# more are listed}} once these are resolved and the run is started again.':
    '{count, plural, one {Se mostrará # más} other {Se mostrarán # más}} cuando se resuelvan estas y se vuelva a iniciar la vinculación.',
  'Invoice {number} · {customer} · {date} · {total} ({reason})':
    'Factura {number} · {customer} · {date} · {total} ({reason})',
  'Choose the record': 'Elige el registro',
  '{name} ({type, select, contacts {contact} other {company}} {id})':
    '{name} ({type, select, contacts {contacto} other {empresa}} {id})',
  Link: 'Vincular',

  // Contact and product sync
  '{company} needs reconnecting': 'Hay que volver a conectar {company}',
  'Nothing syncs from this company until it is connected again. Reconnect it on the Connections tab.':
    'No se sincroniza nada de esta empresa hasta que vuelva a estar conectada. Vuelve a conectarla en la pestaña Conexiones.',
  'Connect a QuickBooks company on the Connections tab to sync its {object, select, contacts {customers into HubSpot contacts} other {products and services into HubSpot products}}.':
    'Conecta una empresa de QuickBooks en la pestaña Conexiones para sincronizar sus {object, select, contacts {clientes con los contactos de HubSpot} other {productos y servicios con los productos de HubSpot}}.',
  'Loading the sync settings': 'Cargando la configuración de sincronización',
  'The sync settings could not be loaded': 'No se pudo cargar la configuración de sincronización',
  'Sync QuickBooks {object, select, contacts {customers into HubSpot contacts} other {products and services into HubSpot products}}':
    'Sincronizar {object, select, contacts {los clientes de QuickBooks con los contactos de HubSpot} other {los productos y servicios de QuickBooks con los productos de HubSpot}}',
  'When {object, select, contacts {customers} other {products and services}} are created or updated in QuickBooks':
    'Cuando se crean o actualizan {object, select, contacts {clientes} other {productos y servicios}} en QuickBooks',
  'When {object, select, contacts {customers} other {products and services}} are made inactive or deleted in QuickBooks':
    'Cuando se desactivan o eliminan {object, select, contacts {clientes} other {productos y servicios}} en QuickBooks',
  'Create new records and update linked ones': 'Crear registros nuevos y actualizar los vinculados',
  'Update linked and matched records only (never create)':
    'Actualizar solo los registros vinculados y coincidentes (nunca crear)',
  'Do nothing': 'No hacer nada',
  'Mark the HubSpot record as inactive in QuickBooks':
    'Marcar el registro de HubSpot como inactivo en QuickBooks',
  'Archive the HubSpot record': 'Archivar el registro de HubSpot',
  'Archiving contacts': 'Archivar contactos',
  'An archived contact disappears from every list, view and workflow, with its timeline. HubSpot keeps it restorable for 90 days only.':
    'Un contacto archivado desaparece de todas las listas, vistas y flujos de trabajo, con su cronología. HubSpot permite restaurarlo solo durante 90 días.',
  'I understand: archive the contact of a customer made inactive in QuickBooks':
    'Lo entiendo: archivar el contacto de un cliente desactivado en QuickBooks',
  'Start point': 'Punto de partida',
  'Only records created or changed from now on':
    'Solo los registros creados o modificados a partir de ahora',
  'Also bring in existing records': 'Traer también los registros existentes',
  'That did not work': 'No funcionó',
  'Some records failed': 'Algunos registros fallaron',
  'Saved the {object, select, contacts {contact} other {product}} sync settings for {company}.':
    'Se guardó la configuración de sincronización de {object, select, contacts {contactos} other {productos}} de {company}.',
  'Created {created}, updated {updated}, matched {matched}, skipped {skipped}, failed {failed}.':
    'Creados: {created}, actualizados: {updated}, emparejados: {matched}, omitidos: {skipped}, con error: {failed}.',
  'Existing {object, select, contacts {customers} other {products and services}}':
    '{object, select, contacts {Clientes} other {Productos y servicios}} existentes',
  'A dry run counts what bringing in the existing {object, select, contacts {customers} other {products and services}} would do, and writes nothing.':
    'Una simulación cuenta lo que haría traer {object, select, contacts {los clientes existentes} other {los productos y servicios existentes}}, sin escribir nada.',
  'Would create': 'Se crearían',
  'Would update': 'Se actualizarían',
  'Would match': 'Coincidirían',
  'Would skip': 'Se omitirían',
  'Brought in {done} of {total}': 'Traídos {done} de {total}',
  'Existing records brought in': 'Registros existentes traídos',
  'The run stopped': 'La ejecución se detuvo',
  'Run it again to resume where it stopped.':
    'Vuelve a ejecutarla para reanudarla donde se detuvo.',
  'Bringing them in…': 'Trayéndolos…',
  'Bring in existing {object, select, contacts {customers} other {products and services}}':
    'Traer {object, select, contacts {los clientes existentes} other {los productos y servicios existentes}}',
} satisfies Record<string, string>;
