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
} satisfies Record<string, string>;
