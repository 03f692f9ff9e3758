/**
 * Spanish for contact and product property mappings (the settings page's tab and the functions).
 * Each key is the English message (its id); each value its Spanish.
 */
export const mappings = {
  // Why a mapping cannot be saved (the functions and the tab).
  'HubSpot calculates {property} itself: nothing can be written to it.':
    'HubSpot calcula {property} por sí mismo: no se puede escribir nada en esta propiedad.',
  '{property} holds unique values, which a QuickBooks field cannot promise.':
    '{property} guarda valores únicos, y un campo de QuickBooks no puede garantizarlos.',
  '{property} is a dropdown that accepts only its own options: choose a text property.':
    '{property} es un desplegable que solo acepta sus propias opciones: elige una propiedad de texto.',
  'The types do not match: {field} holds {fieldKind, select, text {text} number {a number} bool {yes or no} date {a date} other {a date and time}}, and {property} takes {propertyType, select, string {text} number {a number} bool {yes or no} date {a date} datetime {a date and time} other {something else}}.':
    'Los tipos no coinciden: {field} contiene {fieldKind, select, text {texto} number {un número} bool {sí o no} date {una fecha} other {una fecha y hora}}, y {property} admite {propertyType, select, string {texto} number {un número} bool {sí o no} date {una fecha} datetime {una fecha y hora} other {otra cosa}}.',
  'The sync already fills {property}: choose another property.':
    'La sincronización ya rellena {property}: elige otra propiedad.',
  'HubSpot has no {object, select, contacts {contact} other {product}} property named {property}.':
    'HubSpot no tiene ninguna propiedad de {object, select, contacts {contacto} other {producto}} llamada {property}.',
  '{field} is not a QuickBooks field the sync can read.':
    '{field} no es un campo de QuickBooks que la sincronización pueda leer.',
  '{property} is mapped twice: keep one mapping for it.':
    '{property} está asignada dos veces: deja una sola asignación.',
  'Create the property in HubSpot first, or choose one it has.':
    'Crea primero la propiedad en HubSpot o elige una que ya exista.',
  'Choose another HubSpot property for this QuickBooks field.':
    'Elige otra propiedad de HubSpot para este campo de QuickBooks.',
  'The sync would skip this record.': 'La sincronización omitiría este registro.',

  // The Property mappings tab.
  'Property mappings': 'Asignaciones de propiedades',
  'Loading the property mappings': 'Cargando las asignaciones de propiedades',
  'The property mappings could not be loaded':
    'No se pudieron cargar las asignaciones de propiedades',
  'Property mappings belong to a connected QuickBooks company: connect one on the Connections tab.':
    'Las asignaciones de propiedades pertenecen a una empresa de QuickBooks conectada: conecta una en la pestaña Conexiones.',
  'QuickBooks company to map': 'Empresa de QuickBooks que asignar',
  'What to map': 'Qué asignar',
  'QuickBooks customers to HubSpot contacts': 'Clientes de QuickBooks a contactos de HubSpot',
  'QuickBooks items to HubSpot products':
    'Productos o servicios de QuickBooks a productos de HubSpot',
  'The sync is one way, QuickBooks to HubSpot. QuickBooks keeps its own custom fields on sales forms only, so customers and items offer their standard fields here.':
    'La sincronización va en un solo sentido, de QuickBooks a HubSpot. QuickBooks guarda sus campos personalizados solo en los formularios de venta, así que aquí los clientes y los productos o servicios ofrecen sus campos estándar.',
  'QuickBooks field': 'Campo de QuickBooks',
  'Sync direction': 'Sentido de la sincronización',
  'HubSpot property': 'Propiedad de HubSpot',
  'Mapping state': 'Estado de la asignación',
  'In sync': 'Sincronizada',
  'Property missing': 'Falta la propiedad',
  'Type mismatch': 'Los tipos no coinciden',
  'Last error': 'Último error',
  'Not saved yet': 'Sin guardar',
  'QuickBooks to HubSpot': 'De QuickBooks a HubSpot',
  'Built in': 'Integrada',
  'Remove mapping': 'Quitar la asignación',
  'Add mapping': 'Añadir la asignación',
  'This mapping cannot be added': 'No se puede añadir esta asignación',
  'Something went wrong with the mappings': 'Algo salió mal con las asignaciones',
  'Mappings saved': 'Asignaciones guardadas',
  'The next sync writes them.': 'La próxima sincronización las escribirá.',
  'Save mappings': 'Guardar las asignaciones',
  'Preview on one record': 'Vista previa en un registro',
  'This company has no {object, select, contacts {customer} other {item}} to preview yet.':
    'Esta empresa aún no tiene ningún {object, select, contacts {cliente} other {producto o servicio}} para la vista previa.',
  'What the sync would write for {name}': 'Lo que la sincronización escribiría para {name}',
  'Value to write': 'Valor que se escribiría',
  'Your mapping': 'Tu asignación',
  'The last sync of {name} failed on this property: {reason}':
    'La última sincronización de {name} falló en esta propiedad: {reason}',
} satisfies Record<string, string>;
