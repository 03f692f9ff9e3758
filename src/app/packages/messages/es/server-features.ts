/** Spanish for the functions' messages from the features (invoices, the wizard, sync), including timeline notes and tasks. Each key is the English message (its id); each value its Spanish. */
export const serverFeatures = {
  // The wizard: the deal, the quote, the company.
  'This deal no longer exists in HubSpot.': 'Este negocio ya no existe en HubSpot.',
  'Reload the page; the deal may have been deleted or merged.':
    'Vuelve a cargar la página; es posible que el negocio se haya eliminado o combinado.',
  'Quote {quote} is not one of this deal’s quotes.':
    'La cotización {quote} no es una de las cotizaciones de este negocio.',
  'Pick one of the quotes listed, or start from scratch.':
    'Elige una de las cotizaciones de la lista o empieza desde cero.',
  'This quote cannot be used.': 'Esta cotización no se puede usar.',
  'This quote is a draft, not published. Publish it in HubSpot first, or start from scratch.':
    'Esta cotización es un borrador, no está publicada. Publícala primero en HubSpot o empieza desde cero.',
  'This quote is waiting for approval, not published. Publish it in HubSpot first, or start from scratch.':
    'Esta cotización está pendiente de aprobación, no está publicada. Publícala primero en HubSpot o empieza desde cero.',
  'This quote was rejected by an approver, not published. Publish it in HubSpot first, or start from scratch.':
    'Un aprobador rechazó esta cotización, no está publicada. Publícala primero en HubSpot o empieza desde cero.',
  'This quote has no status, so it is not published. Publish it in HubSpot first, or start from scratch.':
    'Esta cotización no tiene estado, así que no está publicada. Publícala primero en HubSpot o empieza desde cero.',
  'This quote is in status {status}, not published. Publish it in HubSpot first, or start from scratch.':
    'Esta cotización está en el estado {status}, no está publicada. Publícala primero en HubSpot o empieza desde cero.',
  'This quote expired on {date}. Extend its expiration date in HubSpot, or start from scratch.':
    'Esta cotización venció el {date}. Amplía su fecha de vencimiento en HubSpot o empieza desde cero.',
  '{company} must be reconnected before invoices can be created in it. Reconnect it on the Connections tab of the app’s settings.':
    'Hay que volver a conectar {company} antes de crear facturas en ella. Vuelve a conectarla en la pestaña Conexiones de la configuración de la aplicación.',
  '{company} reported an error. Test or reconnect it on the Connections tab of the app’s settings.':
    '{company} informó de un error. Pruébala o vuelve a conectarla en la pestaña Conexiones de la configuración de la aplicación.',
  '{company} reported an error: {error}. Test or reconnect it on the Connections tab of the app’s settings.':
    '{company} informó de un error: {error}. Pruébala o vuelve a conectarla en la pestaña Conexiones de la configuración de la aplicación.',

  // The wizard: the customer and the lines.
  'Email {email} matches this customer’s email.':
    'El correo {email} coincide con el correo de este cliente.',
  'Company “{company}” matches this customer’s company name.':
    'La empresa “{company}” coincide con el nombre de empresa de este cliente.',
  'Contact name “{name}” matches this customer’s name.':
    'El nombre del contacto “{name}” coincide con el nombre de este cliente.',
  'Line item {id}': 'Partida {id}',
  'Customer from HubSpot': 'Cliente de HubSpot',
  'The {field, select, displayName {customer name} companyName {company name} givenName {first name} familyName {last name} line1 {street address} city {city} region {state or region} postalCode {postal code} other {country}} from HubSpot is {length} characters; QuickBooks takes at most {limit}, so it was shortened to “{value}”.':
    '{field, select, displayName {El nombre del cliente} companyName {El nombre de la empresa} givenName {El nombre} familyName {El apellido} line1 {La dirección} city {La ciudad} region {El estado o la región} postalCode {El código postal} other {El país}} de HubSpot tiene {length} caracteres; QuickBooks admite como máximo {limit}, así que se acortó a “{value}”.',
  'QuickBooks does not allow a colon in a customer’s name, so “{name}” became “{fitted}”.':
    'QuickBooks no admite dos puntos en el nombre de un cliente, así que “{name}” pasó a ser “{fitted}”.',
  'The description of “{line}” is {length} characters; QuickBooks takes at most {limit}, so its end was cut off.':
    'La descripción de “{line}” tiene {length} caracteres; QuickBooks admite como máximo {limit}, así que se recortó el final.',
  '“{name}” is already the name of {owner, select, customer {a customer} vendor {a supplier (vendor)} other {an employee}} in QuickBooks, and QuickBooks names must be unique. “{suggestion}” is free.':
    '“{name}” ya es el nombre de {owner, select, customer {un cliente} vendor {un proveedor} other {un empleado}} en QuickBooks, y en QuickBooks los nombres deben ser únicos. “{suggestion}” está libre.',
  '{company} bills only in {currency}: multi-currency is off in QuickBooks.':
    '{company} solo factura en {currency}: la multidivisa está desactivada en QuickBooks.',
  'Leave the currency empty or choose {currency}.': 'Deja la divisa vacía o elige {currency}.',

  // The wizard: pre-flight checks.
  'The chosen customer no longer exists in QuickBooks.':
    'El cliente elegido ya no existe en QuickBooks.',
  'Go back to the customer step and pick or create another customer.':
    'Vuelve al paso del cliente y elige o crea otro cliente.',
  'Customer “{customer}” is inactive in QuickBooks.':
    'El cliente “{customer}” está inactivo en QuickBooks.',
  'Make the customer active again in QuickBooks, or pick another customer.':
    'Vuelve a activar el cliente en QuickBooks o elige otro cliente.',
  'Customer “{customer}” has no email address, so QuickBooks cannot email this invoice.':
    'El cliente “{customer}” no tiene dirección de correo, así que QuickBooks no puede enviarle esta factura por correo.',
  'Add an email address to the customer in QuickBooks before sending the invoice.':
    'Añade una dirección de correo al cliente en QuickBooks antes de enviar la factura.',
  'Customer “{customer}” is billed in {customerCurrency}, but the invoice is in {currency}.':
    'Al cliente “{customer}” se le factura en {customerCurrency}, pero la factura está en {currency}.',
  'Make the invoice in {customerCurrency}, or pick a customer billed in {currency}.':
    'Haz la factura en {customerCurrency} o elige un cliente al que se facture en {currency}.',
  'Line {line}: its product or service was deleted in QuickBooks.':
    'Partida {line}: su producto o servicio se eliminó en QuickBooks.',
  'Pick another product or service for the line, or remove the line.':
    'Elige otro producto o servicio para la partida o quita la partida.',
  'Line {line}: “{item}” is inactive in QuickBooks.':
    'Partida {line}: “{item}” está inactivo en QuickBooks.',
  'Make it active again in QuickBooks, or pick another product or service.':
    'Vuelve a activarlo en QuickBooks o elige otro producto o servicio.',
  'Line {line} has no tax code.': 'La partida {line} no tiene código de impuesto.',
  'Line {line} ({item}) has no tax code.':
    'La partida {line} ({item}) no tiene código de impuesto.',
  'Line {line} has a tax code QuickBooks does not offer (any more).':
    'La partida {line} tiene un código de impuesto que QuickBooks (ya) no ofrece.',
  'Line {line} ({item}) has a tax code QuickBooks does not offer (any more).':
    'La partida {line} ({item}) tiene un código de impuesto que QuickBooks (ya) no ofrece.',
  'Choose a tax code for the line (use a zero-rated or exempt code when no tax applies).':
    'Elige un código de impuesto para la partida (usa un código a tipo cero o exento cuando no se aplique impuesto).',
  'Some lines are taxable, but no sales tax rate is chosen, so no tax will be charged.':
    'Algunas partidas están sujetas a impuesto, pero no se eligió ninguna tasa de impuesto sobre las ventas, así que no se cobrará impuesto.',
  'Choose the sales tax rate for the invoice, or mark the lines not taxable.':
    'Elige la tasa de impuesto sobre las ventas de la factura o marca las partidas como no sujetas a impuesto.',
  'The invoice is in {currency} but the deal is in {dealCurrency}, so the deal’s invoice properties will not follow this invoice.':
    'La factura está en {currency}, pero el negocio está en {dealCurrency}, así que las propiedades de factura del negocio no seguirán esta factura.',
  'Create it anyway, or bill a customer in {dealCurrency} to keep the deal’s invoice properties up to date.':
    'Créala de todos modos o factura a un cliente en {dealCurrency} para mantener al día las propiedades de factura del negocio.',
  'The invoice date {date} is in a closed accounting period: the books are closed up to {closedUpTo}.':
    'La fecha de la factura, {date}, está en un período contable cerrado: los libros están cerrados hasta el {closedUpTo}.',
  'Choose an invoice date after {closedUpTo}, or ask your accountant to change the closing date.':
    'Elige una fecha de la factura posterior al {closedUpTo} o pide a tu contador que cambie la fecha de cierre.',
  'Invoice number {number} is already used by another invoice in QuickBooks.':
    'El número de factura {number} ya lo usa otra factura en QuickBooks.',
  'Use {number}, the next free number.': 'Usa {number}, el siguiente número libre.',
  'Choose another invoice number.': 'Elige otro número de factura.',
  'QuickBooks has no {currency} to {homeCurrency} exchange rate for {date}.':
    'QuickBooks no tiene tipo de cambio de {currency} a {homeCurrency} para el {date}.',
  'Enter the rate for {currency} in QuickBooks (Currencies), or choose another invoice date.':
    'Introduce el tipo de cambio de {currency} en QuickBooks (Divisas) o elige otra fecha de la factura.',

  // The wizard: creating the invoice.
  'This invoice had already been created by an earlier attempt; it was not created again.':
    'Un intento anterior ya había creado esta factura; no se volvió a crear.',
  'Invoice number {number} was taken by another invoice a moment ago.':
    'Otra factura acaba de tomar el número de factura {number}.',
  'Use {next}, the next free number, and create the invoice again.':
    'Usa {next}, el siguiente número libre, y vuelve a crear la factura.',
  'Choose another invoice number and create the invoice again.':
    'Elige otro número de factura y vuelve a crear la factura.',
  'The invoice date {date} is in a closed accounting period in QuickBooks.':
    'La fecha de la factura, {date}, está en un período contable cerrado en QuickBooks.',
  'Choose a later invoice date, or ask your accountant to change the closing date.':
    'Elige una fecha de la factura posterior o pide a tu contador que cambie la fecha de cierre.',
  'QuickBooks may have created this invoice; Retry will not create a second one.':
    'Es posible que QuickBooks haya creado esta factura; Reintentar no creará una segunda.',
  'The invoice is in {currency} and the deal in {dealCurrency}, so the deal’s invoice properties were left as they were.':
    'La factura está en {currency} y el negocio en {dealCurrency}, así que las propiedades de factura del negocio se dejaron como estaban.',

  // The card: the list, the preview, sending.
  'QuickBooks company (id {realmId})': 'Empresa de QuickBooks (id {realmId})',
  'This QuickBooks company is no longer connected, so these invoices cannot be refreshed.':
    'Esta empresa de QuickBooks ya no está conectada, así que estas facturas no se pueden actualizar.',
  '{company} needs to be reconnected in the app’s settings.':
    'Hay que volver a conectar {company} en la configuración de la aplicación.',
  'QuickBooks refused the refresh: {reason}': 'QuickBooks rechazó la actualización: {reason}',
  'QuickBooks ({company}) did not answer in time; these are the values last confirmed.':
    'QuickBooks ({company}) no respondió a tiempo; estos son los últimos valores confirmados.',
  'This invoice is not linked to this record.': 'Esta factura no está vinculada a este registro.',
  'Reload the card: the invoice may have been unlinked.':
    'Vuelve a cargar la tarjeta: es posible que la factura se haya desvinculado.',
  'QuickBooks company {realmId} is no longer connected, so this invoice cannot be opened.':
    'La empresa de QuickBooks {realmId} ya no está conectada, así que esta factura no se puede abrir.',
  'Ask an admin to connect it again from the app’s settings.':
    'Pide a un administrador que la vuelva a conectar desde la configuración de la aplicación.',
  'Invoice {number} was deleted in QuickBooks. It stays listed here, marked deleted.':
    'La factura {number} se eliminó en QuickBooks. Sigue en la lista, marcada como eliminada.',
  'Invoice {number} is {state, select, deleted {deleted} other {voided}} in QuickBooks and cannot be sent.':
    'La factura {number} está {state, select, deleted {eliminada} other {anulada}} en QuickBooks y no se puede enviar.',
  'Invoice {number} was already emailed by QuickBooks.':
    'QuickBooks ya envió la factura {number} por correo.',
  'Confirm to send it again.': 'Confirma para volver a enviarla.',
  'Invoice {number} has no billing email in QuickBooks.':
    'La factura {number} no tiene correo de facturación en QuickBooks.',
  'Type the address to send it to.': 'Escribe la dirección a la que enviarla.',

  // The card: linking existing invoices.
  'The QuickBooks company with id {realmId} is not connected.':
    'La empresa de QuickBooks con id {realmId} no está conectada.',
  'Choose another company, or ask an admin to connect it from the app’s settings.':
    'Elige otra empresa o pide a un administrador que la conecte desde la configuración de la aplicación.',
  'Deal {name}': 'Negocio {name}',
  'Contact {name}': 'Contacto {name}',
  'Company {name}': 'Empresa {name}',
  'Customer email {email} matches.': 'El correo del cliente, {email}, coincide.',
  'Customer company “{company}” matches.': 'La empresa del cliente, “{company}”, coincide.',
  'Customer name {given} {family} matches.': 'El nombre del cliente, {given} {family}, coincide.',
  'Customer email domain {domain} matches.':
    'El dominio del correo del cliente, {domain}, coincide.',
  'QuickBooks has no invoice with id {ids} in this company; nothing was linked.':
    'QuickBooks no tiene ninguna factura con id {ids} en esta empresa; no se vinculó nada.',
  'Search again: the invoice may have been deleted in QuickBooks.':
    'Vuelve a buscar: es posible que la factura se haya eliminado en QuickBooks.',

  // Settings: linking past invoices.
  'The start date is after the end date.': 'La fecha de inicio es posterior a la fecha de fin.',
  'This invoice is no longer waiting to be resolved.':
    'Esta factura ya no está pendiente de resolver.',
  'Reload the settings page.': 'Vuelve a cargar la página de configuración.',
  'Choose one of the records the invoice’s customer matches.':
    'Elige uno de los registros con los que coincide el cliente de la factura.',
  'Email {email} matches.': 'El correo {email} coincide.',
  'Company name “{company}” matches.': 'El nombre de empresa “{company}” coincide.',
  'Email domain {domain} matches.': 'El dominio de correo {domain} coincide.',

  // Timeline notes about payments and sending (HubSpot's notes on the deal, contact, company).
  'Payment of {amount} received {date} for invoice {number} — {state, select, voided {voided} paid {paid in full} other {balance {balance}}}.':
    'Pago de {amount} recibido el {date} para la factura {number}: {state, select, voided {anulada} paid {pagada en su totalidad} other {saldo {balance}}}.',
  'Payment of {amount} received for invoice {number} — {state, select, voided {voided} paid {paid in full} other {balance {balance}}}.':
    'Pago de {amount} recibido para la factura {number}: {state, select, voided {anulada} paid {pagada en su totalidad} other {saldo {balance}}}.',
  'Payment of {amount} received {date}: {parts}.': 'Pago de {amount} recibido el {date}: {parts}.',
  'Payment of {amount} received: {parts}.': 'Pago de {amount} recibido: {parts}.',
  '{amount} for invoice {number} ({state, select, voided {voided} paid {paid in full} other {balance {balance}}})':
    '{amount} para la factura {number} ({state, select, voided {anulada} paid {pagada en su totalidad} other {saldo {balance}}})',
  'Method: {method}, reference {reference}.': 'Método: {method}, referencia {reference}.',
  'Method: {method}.': 'Método: {method}.',
  'Reference {reference}.': 'Referencia {reference}.',
  'A payment was changed in QuickBooks: {changes}.':
    'Se modificó un pago en QuickBooks: {changes}.',
  'now {amount} (was {previous}) for invoice {number} — {state, select, voided {voided} paid {paid in full} other {balance {balance}}}':
    'ahora {amount} (antes {previous}) para la factura {number}: {state, select, voided {anulada} paid {pagada en su totalidad} other {saldo {balance}}}',
  'A payment was deleted or unapplied in QuickBooks: {changes}.':
    'Se eliminó o se desaplicó un pago en QuickBooks: {changes}.',
  '{amount} no longer on invoice {number} — {state, select, voided {voided} paid {paid in full} other {balance {balance}}}':
    '{amount} ya no está en la factura {number}: {state, select, voided {anulada} paid {pagada en su totalidad} other {saldo {balance}}}',
  'no longer on invoice {number} — {state, select, voided {voided} paid {paid in full} other {balance {balance}}}':
    'ya no está en la factura {number}: {state, select, voided {anulada} paid {pagada en su totalidad} other {saldo {balance}}}',
  'Invoice {number} ({total}) was emailed to {email} through QuickBooks.':
    'La factura {number} ({total}) se envió por correo a {email} a través de QuickBooks.',

  // Reminder tasks for the deal's owner.
  'Send invoice {number} to {customer}': 'Envía la factura {number} a {customer}',
  'QuickBooks invoice {number} ({total}) is dated {date} and has not been sent {days, plural, one {# day} other {# days}} later. Open it from the deal’s QuickBooks invoices card and choose Send invoice.':
    'La factura de QuickBooks {number} ({total}) tiene fecha del {date} y no se ha enviado {days, plural, one {# día} other {# días}} después. Ábrela desde la tarjeta de facturas de QuickBooks del negocio y elige Enviar factura.',
  'Follow up: invoice {number} is overdue': 'Seguimiento: la factura {number} está vencida',
  'QuickBooks invoice {number} for {customer} was due {dueDate}; {balance} of {total} is still open.':
    'La factura de QuickBooks {number} de {customer} vencía el {dueDate}; siguen pendientes {balance} de {total}.',
  'QuickBooks invoice {number} for {customer} is overdue; {balance} of {total} is still open.':
    'La factura de QuickBooks {number} de {customer} está vencida; siguen pendientes {balance} de {total}.',
  'Invoice {number} is paid in full': 'La factura {number} está pagada en su totalidad',
  '{customer} paid QuickBooks invoice {number} ({total}) in full: time to move the deal on.':
    '{customer} pagó en su totalidad la factura de QuickBooks {number} ({total}): es momento de avanzar el negocio.',
  // The draft rules (`@qbo-invoicing/invoicing`, draftProblems).
  '{date} is not a date on the calendar.': '{date} no es una fecha del calendario.',
  'An empty date is not a date on the calendar.': 'Una fecha vacía no es una fecha del calendario.',
  'Pick the date again.': 'Vuelve a elegir la fecha.',
  'Make the invoice in {currency}.': 'Haz la factura en {currency}.',
  'The due date {dueDate} is before the invoice date {txnDate}.':
    'La fecha de vencimiento {dueDate} es anterior a la fecha de la factura {txnDate}.',
  'Choose a due date on or after the invoice date.':
    'Elige una fecha de vencimiento igual o posterior a la fecha de la factura.',
  'Line {line} has a quantity of 0.': 'La partida {line} tiene una cantidad de 0.',
  'Enter a quantity, or remove the line.': 'Escribe una cantidad o quita la partida.',
  'Line {line} comes to more than an invoice can hold.':
    'La partida {line} suma más de lo que admite una factura.',
  'Check the quantity and the rate.': 'Revisa la cantidad y la tarifa.',
  'Line {line} has an amount that cannot be computed.':
    'La partida {line} tiene un importe que no se puede calcular.',
  'The lines come to more than an invoice can hold.':
    'Las partidas suman más de lo que admite una factura.',
  'Split the invoice in two.': 'Divide la factura en dos.',
  'A discount must be between 0 and 100 percent.':
    'Un descuento debe estar entre el 0 y el 100 por ciento.',
  'A discount cannot be negative.': 'Un descuento no puede ser negativo.',
  '{company} does not use discounts on invoices.': '{company} no usa descuentos en las facturas.',
  'Remove the discount, or turn discounts on in QuickBooks (Account and settings → Sales).':
    'Quita el descuento o activa los descuentos en QuickBooks (Cuenta y configuración → Ventas).',
  'A US company marks lines taxable or not; lines take no tax code of their own.':
    'Una empresa de EE. UU. marca las partidas como sujetas a impuesto o no; las partidas no llevan código de impuesto propio.',
  'Leave the line’s tax code empty and set “taxable”.':
    'Deja vacío el código de impuesto de la partida y marca «sujeta a impuesto».',
  '{company} lets QuickBooks number its invoices, so a number cannot be chosen.':
    '{company} deja que QuickBooks numere sus facturas, así que no se puede elegir un número.',
  'Leave the invoice number empty.': 'Deja vacío el número de factura.',
} satisfies Record<string, string>;
