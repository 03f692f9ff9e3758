/**
 * Spanish for the functions' messages from the platform layers (QuickBooks and HubSpot adapters,
 * connections, setup, the OAuth callback page, configuration, the runtime). Each key is the
 * English message (its id); each value its Spanish. QuickBooks' and HubSpot's own words arrive as
 * `{reason}` values and stay as they wrote them.
 */
export const serverPlatform = {
  // The runtime.
  'Something went wrong on our side. Try again.':
    'Algo falló por nuestra parte. Inténtalo de nuevo.',
  'Unknown operation {operation} for this function.':
    'Operación desconocida {operation} para esta función.',
  'The call names no operation.': 'La llamada no indica ninguna operación.',
  'This operation must be called from a CRM record (hs_object_id was not sent).':
    'Esta operación debe llamarse desde un registro del CRM (no se envió hs_object_id).',

  // QuickBooks: signing in and reconnecting.
  'Reconnect the QuickBooks company in the app settings.':
    'Vuelve a conectar la empresa de QuickBooks en la configuración de la app.',
  'Open the app settings and reconnect this QuickBooks company.':
    'Abre la configuración de la app y vuelve a conectar esta empresa de QuickBooks.',
  'Reconnect QuickBooks company {company}: this company is not connected.':
    'Vuelve a conectar la empresa de QuickBooks {company}: esta empresa no está conectada.',
  'Reconnect QuickBooks company {company}: its authorization ended.':
    'Vuelve a conectar la empresa de QuickBooks {company}: su autorización terminó.',
  'Reconnect QuickBooks company {company}: it has no stored authorization.':
    'Vuelve a conectar la empresa de QuickBooks {company}: no tiene ninguna autorización guardada.',
  'Reconnect QuickBooks company {company}: it was disconnected.':
    'Vuelve a conectar la empresa de QuickBooks {company}: se desconectó.',
  'Reconnect QuickBooks company {company}: its authorization has expired; sign in to QuickBooks again.':
    'Vuelve a conectar la empresa de QuickBooks {company}: su autorización caducó; vuelve a iniciar sesión en QuickBooks.',
  'Reconnect QuickBooks company {company}: QuickBooks no longer accepts its authorization (it expired or was revoked).':
    'Vuelve a conectar la empresa de QuickBooks {company}: QuickBooks ya no acepta su autorización (caducó o se revocó).',
  'QuickBooks answered the token request without tokens.':
    'QuickBooks respondió a la solicitud de tokens sin enviar ningún token.',
  'Could not reach QuickBooks to {operation, select, connect {connect the company} refresh {refresh the access token} other {disconnect the company}}.':
    'No se pudo contactar con QuickBooks para {operation, select, connect {conectar la empresa} refresh {renovar el token de acceso} other {desconectar la empresa}}.',
  'QuickBooks is limiting token requests; try again shortly.':
    'QuickBooks está limitando las solicitudes de tokens; inténtalo de nuevo en breve.',
  'QuickBooks could not {operation, select, connect {connect the company} refresh {refresh the access token} other {disconnect the company}} (HTTP {status}).':
    'QuickBooks no pudo {operation, select, connect {conectar la empresa} refresh {renovar el token de acceso} other {desconectar la empresa}} (HTTP {status}).',
  'QuickBooks refused to {operation, select, connect {connect the company} refresh {refresh the access token} other {disconnect the company}}: the app credentials (client id and secret) were refused.':
    'QuickBooks se negó a {operation, select, connect {conectar la empresa} refresh {renovar el token de acceso} other {desconectar la empresa}}: rechazó las credenciales de la app (id de cliente y secreto).',
  'QuickBooks refused to {operation, select, connect {connect the company} refresh {refresh the access token} other {disconnect the company}}: {reason}.':
    'QuickBooks se negó a {operation, select, connect {conectar la empresa} refresh {renovar el token de acceso} other {desconectar la empresa}}: {reason}.',
  'The QuickBooks connection was not approved ({reason}).':
    'La conexión con QuickBooks no se aprobó ({reason}).',
  'Start connecting again and approve access on the QuickBooks page.':
    'Vuelve a empezar la conexión y aprueba el acceso en la página de QuickBooks.',
  'The address pasted is not a QuickBooks redirect: it lacks a code or a realmId.':
    'La dirección pegada no es una redirección de QuickBooks: le falta el código o el realmId.',
  'Copy the whole address of the page QuickBooks sent you to, then paste it.':
    'Copia la dirección completa de la página a la que te envió QuickBooks y pégala.',
  'The QuickBooks authorization code has expired or was already used.':
    'El código de autorización de QuickBooks caducó o ya se usó.',
  'Start connecting again.': 'Vuelve a empezar la conexión.',

  // QuickBooks: answers and faults.
  'QuickBooks refused the access token. {reason}':
    'QuickBooks rechazó el token de acceso. {reason}',
  'QuickBooks refused the access token.': 'QuickBooks rechazó el token de acceso.',
  'QuickBooks refused access to this company. {reason}':
    'QuickBooks denegó el acceso a esta empresa. {reason}',
  'QuickBooks refused access to this company.': 'QuickBooks denegó el acceso a esta empresa.',
  'QuickBooks is limiting requests for this company; try again in a minute.':
    'QuickBooks está limitando las solicitudes de esta empresa; inténtalo de nuevo en un minuto.',
  'QuickBooks is unavailable (HTTP {status}); try again shortly.':
    'QuickBooks no está disponible (HTTP {status}); inténtalo de nuevo en breve.',
  'QuickBooks rejected the request: {reason}': 'QuickBooks rechazó la solicitud: {reason}',
  'QuickBooks rejected the request (HTTP {status}).':
    'QuickBooks rechazó la solicitud (HTTP {status}).',
  'QuickBooks rejected the request.': 'QuickBooks rechazó la solicitud.',
  'QuickBooks did not answer within {seconds, plural, one {# second} other {# seconds}}.':
    'QuickBooks no respondió en {seconds, plural, one {# segundo} other {# segundos}}.',
  'The connection to QuickBooks failed.': 'Falló la conexión con QuickBooks.',
  'The QuickBooks call ran out of time.': 'La llamada a QuickBooks se quedó sin tiempo.',
  'Too many QuickBooks requests for this company right now; try again in a moment.':
    'Ahora mismo hay demasiadas solicitudes a QuickBooks para esta empresa; inténtalo de nuevo en un momento.',
  'QuickBooks sent an answer we could not read.':
    'QuickBooks envió una respuesta que no pudimos leer.',
  'QuickBooks sent a change list we could not read.':
    'QuickBooks envió una lista de cambios que no pudimos leer.',
  'QuickBooks sent a batch answer we could not read.':
    'QuickBooks envió una respuesta por lotes que no pudimos leer.',
  'QuickBooks did not send a PDF for the invoice.': 'QuickBooks no envió el PDF de la factura.',
  'QuickBooks did not answer every question. Try again.':
    'QuickBooks no respondió a todas las consultas. Inténtalo de nuevo.',

  // HubSpot.
  'HubSpot did not answer in time. Try again.':
    'HubSpot no respondió a tiempo. Inténtalo de nuevo.',
  'HubSpot could not be reached. Try again.':
    'No se pudo contactar con HubSpot. Inténtalo de nuevo.',
  'HubSpot refused the app’s access token. Check that the app is installed with the scopes it needs.':
    'HubSpot rechazó el token de acceso de la app. Comprueba que la app esté instalada con los permisos que necesita.',
  'The HubSpot account has used up its daily API calls. They start again at midnight in the account’s time zone.':
    'La cuenta de HubSpot agotó sus llamadas diarias a la API. Se renuevan a medianoche en la zona horaria de la cuenta.',
  'HubSpot is rate limiting the app. Try again in a moment.':
    'HubSpot está limitando las solicitudes de la app. Inténtalo de nuevo en un momento.',
  'HubSpot is having trouble right now. Try again.':
    'HubSpot tiene problemas en este momento. Inténtalo de nuevo.',
  'HubSpot refused this record.': 'HubSpot rechazó este registro.',
  'HubSpot rejected the request: {reason}': 'HubSpot rechazó la solicitud: {reason}',
  'HubSpot rejected the request ({status}).': 'HubSpot rechazó la solicitud ({status}).',
  'HubSpot refused {failed} of {total} records: {reason}':
    'HubSpot rechazó {failed} de {total} registros: {reason}',
  'HubSpot saved {saved} of {total} records without saying why. Try again.':
    'HubSpot guardó {saved} de {total} registros sin indicar el motivo. Inténtalo de nuevo.',
  'The record this card is on is not a {type, select, contacts {contact} companies {company} other {deal}}.':
    'El registro en el que está esta tarjeta no es {type, select, contacts {un contacto} companies {una empresa} other {un negocio}}.',
  'Reload the page: the card sent a record type that does not match its record.':
    'Vuelve a cargar la página: la tarjeta envió un tipo de registro que no coincide con su registro.',
  'HubSpot did not send the record’s create date.':
    'HubSpot no envió la fecha de creación del registro.',
  'Reload the page so the card runs its current version.':
    'Vuelve a cargar la página para que la tarjeta use su versión actual.',
  'The app is not set up yet: the custom object "{object}" is missing.':
    'La app aún no está instalada: falta el objeto personalizado "{object}".',
  'Open the app’s settings page and run setup.':
    'Abre la página de configuración de la app y ejecuta la instalación.',

  // Connections.
  'QuickBooks company {realmId}': 'Empresa de QuickBooks {realmId}',
  'QuickBooks company {realmId} is not connected.':
    'La empresa de QuickBooks {realmId} no está conectada.',
  'Connect it from the Connections tab of the app’s settings.':
    'Conéctala desde la pestaña Conexiones de la configuración de la app.',
  'Start again with Connect on the settings page.':
    'Vuelve a empezar con Conectar en la página de configuración.',
  'The sign-in link is not one this app made (its state is malformed).':
    'Este enlace de inicio de sesión no lo creó esta app (su estado está mal formado).',
  'The sign-in link is not one this app made (its state signature does not match).':
    'Este enlace de inicio de sesión no lo creó esta app (la firma de su estado no coincide).',
  'The sign-in link has expired: connecting must be finished within 10 minutes.':
    'El enlace de inicio de sesión caducó: la conexión debe completarse en 10 minutos.',
  'The sign-in link was started from another HubSpot account, so it cannot connect this one.':
    'El enlace de inicio de sesión se creó desde otra cuenta de HubSpot, así que no puede conectar esta.',
  'This sign-in link was already used, so nothing was connected or changed.':
    'Este enlace de inicio de sesión ya se usó, así que no se conectó ni cambió nada.',
  'That is not the address QuickBooks sent you back to: it is not a web address.':
    'Esa no es la dirección a la que te devolvió QuickBooks: no es una dirección web.',
  'That is not the address QuickBooks sent you back to: it should start with {expected}.':
    'Esa no es la dirección a la que te devolvió QuickBooks: debería empezar por {expected}.',
  'That is not the address QuickBooks sent you back to: it has no authorization code or state.':
    'Esa no es la dirección a la que te devolvió QuickBooks: no tiene código de autorización ni estado.',
  'That is not the address QuickBooks sent you back to: it names no QuickBooks company (realmId).':
    'Esa no es la dirección a la que te devolvió QuickBooks: no indica ninguna empresa de QuickBooks (realmId).',
  'After approving in QuickBooks, copy the whole address from the browser’s address bar and paste it here.':
    'Después de aprobar en QuickBooks, copia la dirección completa de la barra de direcciones del navegador y pégala aquí.',
  'QuickBooks access was declined, so nothing was connected.':
    'Se rechazó el acceso a QuickBooks, así que no se conectó nada.',
  'Start again with Connect and choose Connect (not Cancel) on the QuickBooks page.':
    'Vuelve a empezar con Conectar y elige Conectar (no Cancelar) en la página de QuickBooks.',
  'QuickBooks did not grant access ({reason}).': 'QuickBooks no concedió el acceso ({reason}).',
  'Start again with Connect.': 'Vuelve a empezar con Conectar.',
  'Another call is renewing the QuickBooks sign-in of company {company}; try again in a moment.':
    'Otra llamada está renovando el inicio de sesión en QuickBooks de la empresa {company}; inténtalo de nuevo en un momento.',
  'This QuickBooks sign-in was not for company {realmId}, so nothing was connected or changed.':
    'Este inicio de sesión en QuickBooks no era de la empresa {realmId}, así que no se conectó ni cambió nada.',
  'Start again with Connect, and paste the address exactly as the browser shows it.':
    'Vuelve a empezar con Conectar y pega la dirección tal como la muestra el navegador.',
  'Nothing was disconnected: the name typed is not “{name}”.':
    'No se desconectó nada: el nombre escrito no es “{name}”.',
  'Type the company’s name exactly as the settings page shows it.':
    'Escribe el nombre de la empresa tal como aparece en la página de configuración.',
  'Disconnected {name}. Invoices already linked to HubSpot records stay linked.':
    'Se desconectó {name}. Las facturas ya vinculadas a registros de HubSpot siguen vinculadas.',
  'Disconnected {name} here and deleted its tokens, but QuickBooks could not be told: remove the app under Apps in QuickBooks to finish. Invoices already linked to HubSpot records stay linked.':
    'Se desconectó {name} aquí y se eliminaron sus tokens, pero no se pudo avisar a QuickBooks: quita la app en Apps de QuickBooks para terminar. Las facturas ya vinculadas a registros de HubSpot siguen vinculadas.',
  'No encryption key is configured.': 'No hay ninguna clave de cifrado configurada.',
  'The tokens of QuickBooks company {realmId} were encrypted with key "{keyId}", which is no longer configured.':
    'Los tokens de la empresa de QuickBooks {realmId} se cifraron con la clave "{keyId}", que ya no está configurada.',
  'Add the old key back to TOKEN_ENCRYPTION_KEYS (after the current one), or reconnect the company.':
    'Vuelve a añadir la clave antigua a TOKEN_ENCRYPTION_KEYS (después de la actual) o vuelve a conectar la empresa.',
  'The stored tokens of QuickBooks company {realmId} cannot be read.':
    'No se pueden leer los tokens guardados de la empresa de QuickBooks {realmId}.',
  'Reconnect the company from the app’s settings page.':
    'Vuelve a conectar la empresa desde la página de configuración de la app.',

  // The page the admin's browser comes back to after approving in QuickBooks.
  '{company} is connected': '{company} está conectada',
  '{company} is reconnected': '{company} se volvió a conectar',
  'QuickBooks and HubSpot are connected. You can close this tab, go back to HubSpot and choose Show it here.':
    'QuickBooks y HubSpot están conectados. Puedes cerrar esta pestaña, volver a HubSpot y elegir Mostrarla aquí.',
  'The QuickBooks company was not connected': 'La empresa de QuickBooks no se conectó',
  'Something went wrong on our side. Try Connect again from the settings page.':
    'Algo falló por nuestra parte. Vuelve a probar Conectar desde la página de configuración.',

  // Setup's check list.
  'Custom object “{name}”': 'Objeto personalizado “{name}”',
  'Deal property group “{name}”': 'Grupo de propiedades de negocio “{name}”',
  'Deal property “{name}”': 'Propiedad de negocio “{name}”',
  '{object, select, contacts {Contact properties for QuickBooks sync} companies {Company properties for QuickBooks sync} other {Product properties for QuickBooks sync}}':
    '{object, select, contacts {Propiedades de contacto para sincronizar con QuickBooks} companies {Propiedades de empresa para sincronizar con QuickBooks} other {Propiedades de producto para sincronizar con QuickBooks}}',

  // Configuration (the secrets whoever deploys the app sets).
  'The secret {name} is missing: HubSpot provides it to every app function of an installed app.':
    'Falta el secreto {name}: HubSpot lo proporciona a todas las funciones de una app instalada.',
  'The secret {name} is missing: "sandbox" for Intuit sandbox companies or "production" for real ones.':
    'Falta el secreto {name}: "sandbox" para empresas sandbox de Intuit o "production" para empresas reales.',
  'The secret {name} is missing: the redirect URI registered with your Intuit app.':
    'Falta el secreto {name}: la URI de redirección registrada en tu app de Intuit.',
  'The secret {name} is missing: your Intuit app’s client id.':
    'Falta el secreto {name}: el id de cliente de tu app de Intuit.',
  'The secret {name} is missing: your Intuit app’s client secret.':
    'Falta el secreto {name}: el secreto de cliente de tu app de Intuit.',
  'The secret {name} is missing: your Intuit app’s webhook verifier token (Webhooks, under the app’s settings).':
    'Falta el secreto {name}: el token verificador de webhooks de tu app de Intuit (Webhooks, en la configuración de la app).',
  'The secret {name} is missing: the key that encrypts QuickBooks tokens at rest.':
    'Falta el secreto {name}: la clave que cifra los tokens de QuickBooks guardados.',
  'The secret {name} is missing: the key that signs the OAuth state.':
    'Falta el secreto {name}: la clave que firma el estado de OAuth.',
  'Set it with `hs secret add {name} --account=<the account the app is deployed to>` (`hs secret update` if it exists), then run `npm run deploy` so running functions pick it up.':
    'Defínelo con `hs secret add {name} --account=<la cuenta donde está desplegada la app>` (`hs secret update` si ya existe) y luego ejecuta `npm run deploy` para que las funciones en ejecución lo lean.',
  'Install the app in the account (`hs project install-app`); locally, `npm start` writes it to src/app/functions/.env.':
    'Instala la app en la cuenta (`hs project install-app`); en local, `npm start` lo escribe en src/app/functions/.env.',
  'Set a correct value with `hs secret update {name} --account=<the account the app is deployed to>`, then run `npm run deploy` so running functions pick it up.':
    'Define un valor correcto con `hs secret update {name} --account=<la cuenta donde está desplegada la app>` y luego ejecuta `npm run deploy` para que las funciones en ejecución lo lean.',
  'The secret {name} is malformed: it must be "sandbox" or "production".':
    'El secreto {name} no es válido: debe ser "sandbox" o "production".',
  'The secret {name} is malformed: it must be a URL.':
    'El secreto {name} no es válido: debe ser una URL.',
  'The secret {name} is malformed: expected entries like "k1:<base64 of 32 random bytes>", separated by commas.':
    'El secreto {name} no es válido: se esperaban entradas como "k1:<base64 de 32 bytes aleatorios>", separadas por comas.',
  'The secret {name} is malformed: key "{key}" must be 32 bytes encoded as base64 (it is {length}).':
    'El secreto {name} no es válido: la clave "{key}" debe tener 32 bytes codificados en base64 (tiene {length}).',
  'The secret {name} is malformed: key ids must be unique.':
    'El secreto {name} no es válido: los ids de las claves deben ser únicos.',
  'The secret {name} is malformed: use at least 32 random characters.':
    'El secreto {name} no es válido: usa al menos 32 caracteres aleatorios.',
  '{name} is not a URL: "{value}".': '{name} no es una URL: "{value}".',
  '{name} may only point at a local emulator (127.0.0.1 or localhost), not {host}.':
    '{name} solo puede apuntar a un emulador local (127.0.0.1 o localhost), no a {host}.',
} satisfies Record<string, string>;
