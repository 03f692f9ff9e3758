/**
 * Spanish for the functions' messages from the platform layers (QuickBooks and HubSpot adapters,
 * connections, setup, the runtime). Each key is the English message (its id); each value its
 * Spanish.
 */
export const serverPlatform = {
  'Something went wrong on our side. Try again.':
    'Algo falló por nuestra parte. Inténtalo de nuevo.',
  'Unknown operation {operation} for this function.':
    'Operación desconocida {operation} para esta función.',
  'The call names no operation.': 'La llamada no indica ninguna operación.',
  'This operation must be called from a CRM record (hs_object_id was not sent).':
    'Esta operación debe llamarse desde un registro del CRM (no se envió hs_object_id).',
} satisfies Record<string, string>;
