/** Spanish for the invoice wizard. Each key is the English message (its id); each value its Spanish. */
export const wizard = {
  // The panel, its steps and its footer
  'Create a QuickBooks invoice': 'Crear una factura de QuickBooks',
  'Create a QuickBooks invoice in {company}': 'Crear una factura de QuickBooks en {company}',
  'Loading the deal': 'Cargando el negocio',
  'The wizard could not start': 'No se pudo iniciar el asistente',
  'The invoice was not created': 'No se creó la factura',
  'Something needs attention': 'Hay algo que revisar',
  'Check again': 'Volver a comprobar',
  Account: 'Cuenta',
  Source: 'Origen',
  'Products and tax': 'Productos e impuestos',
  'Terms and dates': 'Condiciones y fechas',
  Message: 'Mensaje',
  Review: 'Revisión',
  'Create draft invoice': 'Crear borrador de factura',
  'Back to edit': 'Volver a editar',

  // Which QuickBooks company
  'Open the app settings': 'Abrir la configuración de la aplicación',
  'An admin connects QuickBooks companies in the app settings. Open this again once one is connected.':
    'Un administrador conecta las empresas de QuickBooks en la configuración de la aplicación. Vuelve a abrir esto cuando haya una conectada.',
  'No QuickBooks company can be used now': 'Ahora no se puede usar ninguna empresa de QuickBooks',
  'Every connected company needs attention (see below). An admin can fix it in the app settings.':
    'Todas las empresas conectadas necesitan atención (consulta abajo). Un administrador puede solucionarlo en la configuración de la aplicación.',
  'No connected QuickBooks company can invoice in {currency}':
    'Ninguna empresa de QuickBooks conectada puede facturar en {currency}',
  'Ask an admin to turn on multicurrency in QuickBooks (Settings → Account and settings → Advanced → Currency) or to connect a company that bills in {currency}.':
    'Pide a un administrador que active la multidivisa en QuickBooks (Configuración → Cuenta y configuración → Avanzado → Moneda) o que conecte una empresa que facture en {currency}.',
  '{company} ({country}, {currency})': '{company} ({country}, {currency})',
  '{company} is not offered: {why}': '{company} no está disponible: {why}',
  'it needs attention in the app settings.':
    'necesita atención en la configuración de la aplicación.',
  'it bills only in {home} and this deal is in {currency}.':
    'solo factura en {home} y este negocio está en {currency}.',
  'Choose a connected QuickBooks company.': 'Elige una empresa de QuickBooks conectada.',

  // Source
  'Start the invoice from': 'Crear la factura a partir de',
  'From quote: {title}': 'De la cotización: {title}',
  'From quote: {title} ({amount})': 'De la cotización: {title} ({amount})',
  'From scratch': 'Desde cero',
  'Start from the deal “{deal}”.': 'A partir del negocio «{deal}».',
  'Choose a quote or start from scratch.': 'Elige una cotización o empieza desde cero.',

  // Customer
  'No email address': 'Sin correo electrónico',
  'No QuickBooks customer matches this deal’s contact or company. Search for one or create it.':
    'Ningún cliente de QuickBooks coincide con el contacto o la empresa de este negocio. Búscalo o créalo.',
  Note: 'Nota',
  'Find another QuickBooks customer': 'Buscar otro cliente de QuickBooks',
  'Matching customers': 'Clientes encontrados',
  'Show more customers': 'Mostrar más clientes',
  'Create a new QuickBooks customer': 'Crear un cliente nuevo en QuickBooks',
  'Choose or create the QuickBooks customer.': 'Elige o crea el cliente de QuickBooks.',
  '{name} is invoiced in {currency} and the deal is in {dealCurrency}: the deal’s invoice properties will not follow this invoice.':
    'A {name} se le factura en {currency} y el negocio está en {dealCurrency}: las propiedades de facturación del negocio no seguirán esta factura.',
  '{name} has no email address in QuickBooks: the invoice can be created but not emailed until one is added.':
    '{name} no tiene correo electrónico en QuickBooks: la factura se puede crear, pero no enviar por correo hasta que se añada uno.',
  '{name} is inactive in QuickBooks: make the customer active or choose another.':
    '{name} está inactivo en QuickBooks: activa el cliente o elige otro.',

  // A new customer
  'Display name': 'Nombre para mostrar',
  Company: 'Empresa',
  'First name': 'Nombre',
  'Last name': 'Apellidos',
  Email: 'Correo electrónico',
  'Billing address': 'Dirección de facturación',
  City: 'Ciudad',
  'State or region': 'Estado o región',
  'Postal code': 'Código postal',
  Currency: 'Moneda',
  'Currency (fixed once created)': 'Moneda (no se puede cambiar una vez creado)',
  'The three-letter code, for example EUR. Invoices to this customer will be in it.':
    'El código de tres letras, por ejemplo EUR. Las facturas a este cliente estarán en esa moneda.',
  'The customer was not created': 'No se creó el cliente',
  'Create customer in QuickBooks': 'Crear el cliente en QuickBooks',
  'The free name “{name}” is filled in: create the customer with it, or change it.':
    'Se ha rellenado el nombre libre «{name}»: crea el cliente con él o cámbialo.',
  '{field}: at most {limit} characters.': '{field}: {limit} caracteres como máximo.',
  'Enter a valid email address.': 'Escribe una dirección de correo electrónico válida.',
  'Enter the currency as a three-letter code, for example EUR.':
    'Escribe la moneda con su código de tres letras, por ejemplo EUR.',
  'The display name cannot contain a colon (:), which QuickBooks keeps for sub-customers.':
    'El nombre para mostrar no puede contener dos puntos (:), que QuickBooks reserva para los subclientes.',
  'Enter a display name.': 'Escribe un nombre para mostrar.',

  // Products and tax
  'Unmatched: {name}': 'Sin coincidencia: {name}',
  'Choose a product': 'Elige un producto',
  'No QuickBooks product has this line’s SKU or name. Find one with the product search, create it in QuickBooks, use the default item or remove the line.':
    'Ningún producto o servicio de QuickBooks tiene el SKU o el nombre de esta partida. Búscalo con la búsqueda de productos, créalo en QuickBooks, usa el producto predeterminado o quita la partida.',
  'Find a QuickBooks product to add as a line':
    'Buscar un producto o servicio de QuickBooks para añadirlo como partida',
  'Find a QuickBooks product for line {number}':
    'Buscar un producto o servicio de QuickBooks para la partida {number}',
  'The product search above is for this line.':
    'La búsqueda de productos de arriba es para esta partida.',
  'Change product': 'Cambiar de producto',
  'Pick a product': 'Elegir un producto',
  'Products found': 'Productos encontrados',
  'Show more products': 'Mostrar más productos',
  Description: 'Descripción',
  Quantity: 'Cantidad',
  'Rate ({currency})': 'Tarifa ({currency})',
  'Service date': 'Fecha del servicio',
  'Tax code': 'Código de impuesto',
  Taxable: 'Sujeto a impuestos',
  'Remove line': 'Quitar la partida',
  'Add a line': 'Añadir una partida',
  'Amounts are': 'Los importes son',
  'Exclusive of tax': 'Sin impuestos',
  'Inclusive of tax': 'Con impuestos incluidos',
  'Sales tax rate': 'Tipo del impuesto sobre las ventas',
  'No sales tax': 'Sin impuesto sobre las ventas',
  '{name} ({rate}%)': '{name} ({rate} %)',
  'No discount': 'Sin descuento',
  Percent: 'Porcentaje',
  'Amount ({currency})': 'Importe ({currency})',
  'Discount value': 'Valor del descuento',
  'Add at least one line.': 'Añade al menos una partida.',
  'Line {number} ({name}) matches no QuickBooks product: pick one or remove the line.':
    'La partida {number} ({name}) no coincide con ningún producto o servicio de QuickBooks: elige uno o quita la partida.',
  'Line {number}: pick a QuickBooks product.':
    'Partida {number}: elige un producto o servicio de QuickBooks.',
  'Line {number}: the quantity must be a number.':
    'Partida {number}: la cantidad debe ser un número.',
  'Line {number}: the rate must be a number.': 'Partida {number}: la tarifa debe ser un número.',
  'Line {number}: choose a tax code.': 'Partida {number}: elige un código de impuesto.',
  'Line {number}: choose the service date again.':
    'Partida {number}: vuelve a elegir la fecha del servicio.',
  'Line {number}: the quantity cannot be 0.': 'Partida {number}: la cantidad no puede ser 0.',
  'Line {number}: the amount is more than an invoice can hold.':
    'Partida {number}: el importe supera lo que admite una factura.',
  'The lines add up to more than an invoice can hold.':
    'Las partidas suman más de lo que admite una factura.',
  'The discount must be a number.': 'El descuento debe ser un número.',
  'The discount must be from 0 to 100 percent.': 'El descuento debe estar entre el 0 y el 100 %.',
  'The discount must be 0 or more.': 'El descuento debe ser 0 o más.',

  // Terms and dates
  'Payment term': 'Condiciones de pago',
  'The customer’s own term in QuickBooks.': 'Las condiciones de pago del cliente en QuickBooks.',
  'No term (due on the invoice date)': 'Sin condiciones (vence en la fecha de la factura)',
  'Due date': 'Fecha de vencimiento',
  'Set by hand.': 'Fijada a mano.',
  'From the payment term; change it if needed.':
    'Según las condiciones de pago; cámbiala si hace falta.',
  'The due date cannot be before the invoice date.':
    'La fecha de vencimiento no puede ser anterior a la fecha de la factura.',
  'Choose the invoice date.': 'Elige la fecha de la factura.',
  'Choose the due date.': 'Elige la fecha de vencimiento.',
  'The due date ({due}) is before the invoice date ({date}).':
    'La fecha de vencimiento ({due}) es anterior a la fecha de la factura ({date}).',

  // Message
  'Message to the customer': 'Mensaje para el cliente',
  'Proposed from this company’s latest invoices; checked before the invoice is created.':
    'Propuesto a partir de las últimas facturas de esta empresa; se comprueba antes de crear la factura.',
  'Enter the invoice number: this company numbers its invoices itself.':
    'Escribe el número de factura: esta empresa numera sus facturas ella misma.',

  // Review
  Number: 'Número',
  Product: 'Producto',
  'Qty × rate': 'Cant. × tarifa',
  'Estimated tax': 'Impuesto estimado',
  'Computed by QuickBooks': 'Lo calcula QuickBooks',
  'Estimated total ({currency})': 'Total estimado ({currency})',
  'Tax and total are estimates: QuickBooks computes the tax when it creates the invoice.':
    'El impuesto y el total son estimaciones: QuickBooks calcula el impuesto al crear la factura.',
  'Compared with {quote}': 'Comparada con {quote}',
  'The quote’s lines come to {quoteLines} (quote amount {quoteAmount}); the invoice’s to {invoiceLines} before discount and tax.':
    'Las partidas de la cotización suman {quoteLines} (importe de la cotización: {quoteAmount}); las de la factura, {invoiceLines} antes de descuento e impuestos.',
  'The quote’s lines come to {quoteLines}; the invoice’s to {invoiceLines} before discount and tax.':
    'Las partidas de la cotización suman {quoteLines}; las de la factura, {invoiceLines} antes de descuento e impuestos.',
  'The invoice has the quote’s lines as they are.':
    'La factura tiene las partidas de la cotización tal como están.',
  'Exchange rate sent to QuickBooks: 1 {from} = {rate} {to} ({date})':
    'Tipo de cambio enviado a QuickBooks: 1 {from} = {rate} {to} ({date})',
  'Message: {memo}': 'Mensaje: {memo}',
  'Checking the invoice…': 'Comprobando la factura…',
  'Fix before creating': 'Corrígelo antes de crear',
  'All checks passed.': 'Se han superado todas las comprobaciones.',

  // Created
  'Draft invoice created': 'Borrador de factura creado',
  'Invoice {number} for {customer}, {total}, is in {company} in QuickBooks and linked to this deal. It has not been sent.':
    'La factura {number} para {customer}, de {total}, está en {company} en QuickBooks y vinculada a este negocio. No se ha enviado.',
  'Invoice {number} for {customer}, {total}, is in QuickBooks and linked to this deal. It has not been sent.':
    'La factura {number} para {customer}, de {total}, está en QuickBooks y vinculada a este negocio. No se ha enviado.',
  'The deal’s invoice properties were left alone: this invoice is in another currency.':
    'Las propiedades de facturación del negocio no se han cambiado: esta factura está en otra moneda.',
} satisfies Record<string, string>;
