/**
 * Spanish for words both extensions and the functions use: invoice statuses, shared buttons and
 * states. Each key is the English message (its id); each value its Spanish.
 */
export const common = {
  'Awaiting send': 'Pendiente de envío',
  'Sent to customer': 'Enviada al cliente',
  'Partial payment': 'Pago parcial',
  'Paid in full': 'Pagada en su totalidad',
  Overdue: 'Vencida',
  Voided: 'Anulada',
  'Deleted in QuickBooks': 'Eliminada en QuickBooks',
  'Try again': 'Reintentar',
  Retry: 'Reintentar',
  Cancel: 'Cancelar',
  Close: 'Cerrar',
  Save: 'Guardar',
  Back: 'Atrás',
  Next: 'Siguiente',
  Loading: 'Cargando',
  'QuickBooks company': 'Empresa de QuickBooks',
  'YYYY-MM-DD': 'AAAA-MM-DD',
  Country: 'País',
  'The app could not be reached. Check your connection and try again.':
    'No se pudo contactar con la aplicación. Revisa tu conexión e inténtalo de nuevo.',
  'The app answered in a way this page does not understand. Reload the page.':
    'La aplicación respondió de una forma que esta página no entiende. Vuelve a cargar la página.',
} satisfies Record<string, string>;
