/** Spanish for the invoices card (the list, the preview, linking and sending invoices). Each key is the English message (its id); each value its Spanish. */
export const card = {
  // The list
  'Loading QuickBooks invoices': 'Cargando las facturas de QuickBooks',
  'QuickBooks invoicing is not set up yet': 'La facturación con QuickBooks aún no está instalada',
  'An admin runs setup once, on the app’s settings page (Setup tab), and connects a QuickBooks company there.':
    'Un administrador ejecuta la instalación una vez, en la página de configuración de la aplicación (pestaña Instalación), y conecta allí una empresa de QuickBooks.',
  'Open the app’s settings': 'Abrir la configuración de la aplicación',
  'The QuickBooks invoices could not be loaded': 'No se pudieron cargar las facturas de QuickBooks',
  'No QuickBooks invoices yet': 'Aún no hay facturas de QuickBooks',
  'Invoices linked to this record appear here with their status and balance. Link existing invoice brings in those already in QuickBooks.':
    'Las facturas vinculadas a este registro aparecen aquí con su estado y su saldo. Vincular factura existente trae las que ya están en QuickBooks.',
  'Create invoice': 'Crear factura',
  'Create a QuickBooks invoice from this deal, its quote or its line items.':
    'Crea una factura de QuickBooks a partir de este negocio, su cotización o sus partidas.',
  'Link existing invoice': 'Vincular factura existente',
  '{company}: showing saved values': '{company}: se muestran los valores guardados',
  'QuickBooks could not be asked.': 'No se pudo consultar QuickBooks.',
  'Last confirmed {when}.': 'Última confirmación: {when}.',
  'They have not been confirmed from QuickBooks since they were linked.':
    'No se han confirmado con QuickBooks desde que se vincularon.',
  Invoice: 'Factura',
  'Balance / total': 'Saldo / total',
  Due: 'Vencimiento',
  Status: 'Estado',
  'of {total}': 'de {total}',
  'Overdue · {days, plural, one {# day} other {# days}}':
    'Vencida · {days, plural, one {# día} other {# días}}',
  Billed: 'Facturado',
  Outstanding: 'Pendiente',
  'Overdue amount': 'Vencido',
  'Billed ({currency})': 'Facturado ({currency})',
  'Outstanding ({currency})': 'Pendiente ({currency})',
  'Overdue ({currency})': 'Vencido ({currency})',

  // The preview
  'QuickBooks invoice': 'Factura de QuickBooks',
  'Reading the invoice from QuickBooks': 'Leyendo la factura en QuickBooks',
  'The invoice could not be read from QuickBooks': 'No se pudo leer la factura en QuickBooks',
  'Invoice {number}': 'Factura {number}',
  Customer: 'Cliente',
  'Invoice date': 'Fecha de la factura',
  Terms: 'Condiciones de pago',
  'Product or service': 'Producto o servicio',
  Qty: 'Cant.',
  Rate: 'Tarifa',
  Amount: 'Importe',
  'Tax: {code}': 'Impuesto: {code}',
  Subtotal: 'Subtotal',
  Discount: 'Descuento',
  Tax: 'Impuesto',
  Total: 'Total',
  'Balance due': 'Saldo pendiente',
  Payments: 'Pagos',
  'No payment recorded in QuickBooks yet.': 'Aún no hay ningún pago registrado en QuickBooks.',
  Date: 'Fecha',
  Method: 'Método',
  'ref. {reference}': 'ref. {reference}',
  'Message on the invoice': 'Mensaje en la factura',
  'Open in QuickBooks': 'Abrir en QuickBooks',
  'Copy payment link': 'Copiar el enlace de pago',
  'Payment link copied': 'Enlace de pago copiado',
  'No payment link': 'Sin enlace de pago',
  'QuickBooks gives a customer payment link only when the company takes online payments and the invoice has a billing email.':
    'QuickBooks solo da un enlace de pago al cliente cuando la empresa acepta pagos en línea y la factura tiene un correo electrónico de facturación.',
  Refresh: 'Actualizar',
  Unlink: 'Desvincular',
  Unlinked: 'Desvinculada',
  'Invoice {number} is no longer linked to this {record, select, deals {deal} contacts {contact} other {company}}. It is unchanged in QuickBooks.':
    'La factura {number} ya no está vinculada a {record, select, deals {este negocio} contacts {este contacto} other {esta empresa}}. No ha cambiado en QuickBooks.',
  'Unlink invoice {number} from this {record, select, deals {deal} contacts {contact} other {company}}?':
    '¿Desvincular la factura {number} de {record, select, deals {este negocio} contacts {este contacto} other {esta empresa}}?',
  'The invoice stays in QuickBooks, unchanged, and on any other record it is linked to.':
    'La factura sigue en QuickBooks, sin cambios, y en cualquier otro registro al que esté vinculada.',
  'The deal’s invoice properties are recomputed from its other invoices.':
    'Las propiedades de facturación del negocio se vuelven a calcular a partir de sus otras facturas.',
  'The invoice could not be unlinked': 'No se pudo desvincular la factura',
  'Unlink from this {record, select, deals {deal} contacts {contact} other {company}}':
    'Desvincular de {record, select, deals {este negocio} contacts {este contacto} other {esta empresa}}',

  // Linking
  'Looking for this record’s invoices in QuickBooks':
    'Buscando las facturas de este registro en QuickBooks',
  '{count, plural, =0 {Link invoice} one {Link invoice} other {Link # invoices}}':
    '{count, plural, =0 {Vincular factura} one {Vincular factura} other {Vincular # facturas}}',
  'QuickBooks invoices could not be linked': 'No se pudieron vincular las facturas de QuickBooks',
  Linked: 'Vinculación completada',
  'Those invoices were already linked here; nothing changed.':
    'Esas facturas ya estaban vinculadas aquí; no ha cambiado nada.',
  '{count, plural, one {# invoice linked} other {# invoices linked}} to {record, select, deals {this deal, its primary contact and its company} contacts {this contact} other {this company}}.':
    '{count, plural, one {# factura vinculada} other {# facturas vinculadas}} a {record, select, deals {este negocio, su contacto principal y su empresa} contacts {este contacto} other {esta empresa}}.',
  'No QuickBooks company is connected': 'No hay ninguna empresa de QuickBooks conectada',
  'An admin connects QuickBooks companies on the app’s settings page.':
    'Un administrador conecta las empresas de QuickBooks en la página de configuración de la aplicación.',
  Suggested: 'Sugeridas',
  'No QuickBooks customer matches this record’s email, name, company or domain. Search below.':
    'Ningún cliente de QuickBooks coincide con el correo electrónico, el nombre, la empresa o el dominio de este registro. Busca más abajo.',
  Search: 'Buscar',
  'Invoice number': 'Número de factura',
  'Customer name': 'Nombre del cliente',
  'From date': 'Fecha desde',
  'To date': 'Fecha hasta',
  'Any status': 'Cualquier estado',
  Open: 'Abierta',
  Paid: 'Pagada',
  'Total from': 'Total desde',
  'Total up to': 'Total hasta',
  'No invoice of this company matches the search.':
    'Ninguna factura de esta empresa coincide con la búsqueda.',
  'More results': 'Más resultados',
  'Already linked to this record': 'Ya vinculada a este registro',
  'Linked to {names}': 'Vinculada a {names}',

  // Sending
  'Send invoice': 'Enviar factura',
  'Send again': 'Enviar de nuevo',
  'QuickBooks emails invoice {number} with its link to view and pay, from the company’s QuickBooks email settings.':
    'QuickBooks envía por correo electrónico la factura {number} con su enlace para verla y pagarla, según la configuración de correo electrónico de la empresa en QuickBooks.',
  'Already sent': 'Ya enviada',
  'QuickBooks has already emailed this invoice. Send it again only if the customer asked.':
    'QuickBooks ya envió esta factura por correo electrónico. Vuelve a enviarla solo si el cliente lo pidió.',
  'Send to': 'Enviar a',
  'Enter an email address such as ana@example.com':
    'Escribe una dirección de correo electrónico, como ana@example.com',
  'The invoice’s billing email is {email}.':
    'El correo electrónico de facturación de la factura es {email}.',
  'The invoice was not sent': 'La factura no se envió',
  'The invoice could not be prepared for sending': 'No se pudo preparar la factura para enviarla',
  'You can send it later from the invoice in the card’s list.':
    'Puedes enviarla más tarde desde la factura en la lista de la tarjeta.',
  'Sent to {email}. The note on the deal’s timeline says so.':
    'Enviada a {email}. La nota en la cronología del negocio lo indica.',
  'The QuickBooks company needs an admin': 'La empresa de QuickBooks necesita a un administrador',
  'An admin connects one on the app’s settings page (Connections tab).':
    'Un administrador conecta una en la página de configuración de la app (pestaña Conexiones).',
  'An admin reconnects it on the app’s settings page (Connections tab).':
    'Un administrador la vuelve a conectar en la página de configuración de la app (pestaña Conexiones).',
} satisfies Record<string, string>;
