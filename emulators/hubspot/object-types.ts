import type { ObjectTypeDef } from './types.js';

/**
 * HubSpot's standard objects the product uses, with their fixed ids. `defaultReturned` is the
 * table of default properties in https://developers.hubspot.com/docs/api/crm/search (the same
 * set a read without `properties` returns).
 */
const STANDARD: Array<
  Pick<
    ObjectTypeDef,
    | 'objectTypeId'
    | 'name'
    | 'singular'
    | 'associationsKey'
    | 'primaryDisplayProperty'
    | 'searchableProperties'
    | 'defaultReturned'
  > & { plural: string; requiredProperties?: string[] }
> = [
  {
    objectTypeId: '0-1',
    name: 'contacts',
    singular: 'contact',
    plural: 'Contacts',
    associationsKey: 'contacts',
    primaryDisplayProperty: 'email',
    searchableProperties: ['firstname', 'lastname', 'email', 'phone', 'company'],
    defaultReturned: ['firstname', 'lastname', 'email', 'createdate', 'lastmodifieddate'],
  },
  {
    objectTypeId: '0-2',
    name: 'companies',
    singular: 'company',
    plural: 'Companies',
    associationsKey: 'companies',
    primaryDisplayProperty: 'name',
    searchableProperties: ['name', 'domain', 'phone', 'website'],
    defaultReturned: ['name', 'domain', 'createdate', 'hs_lastmodifieddate'],
  },
  {
    objectTypeId: '0-3',
    name: 'deals',
    singular: 'deal',
    plural: 'Deals',
    associationsKey: 'deals',
    primaryDisplayProperty: 'dealname',
    searchableProperties: ['dealname'],
    defaultReturned: [
      'dealname',
      'amount',
      'dealstage',
      'pipeline',
      'closedate',
      'createdate',
      'hs_lastmodifieddate',
    ],
  },
  {
    objectTypeId: '0-7',
    name: 'products',
    singular: 'product',
    plural: 'Products',
    associationsKey: 'products',
    primaryDisplayProperty: 'name',
    searchableProperties: ['name', 'hs_sku', 'description'],
    defaultReturned: ['name', 'price', 'description', 'createdate', 'hs_lastmodifieddate'],
  },
  {
    objectTypeId: '0-8',
    name: 'line_items',
    singular: 'line_item',
    plural: 'Line items',
    // HubSpot keys line items with a space in v3 association maps.
    associationsKey: 'line items',
    primaryDisplayProperty: 'name',
    searchableProperties: ['name', 'hs_sku'],
    defaultReturned: ['quantity', 'amount', 'price', 'createdate', 'hs_lastmodifieddate'],
  },
  {
    objectTypeId: '0-14',
    name: 'quotes',
    singular: 'quote',
    plural: 'Quotes',
    associationsKey: 'quotes',
    primaryDisplayProperty: 'hs_title',
    searchableProperties: ['hs_title'],
    defaultReturned: [
      'hs_expiration_date',
      'hs_public_url_key',
      'hs_status',
      'hs_title',
      'hs_createdate',
      'hs_lastmodifieddate',
    ],
  },
  {
    objectTypeId: '0-46',
    name: 'notes',
    singular: 'note',
    plural: 'Notes',
    associationsKey: 'notes',
    primaryDisplayProperty: 'hs_note_body',
    searchableProperties: ['hs_note_body'],
    defaultReturned: ['hs_createdate', 'hs_lastmodifieddate'],
    requiredProperties: ['hs_timestamp'],
  },
  {
    // Tasks: https://developers.hubspot.com/docs/api/crm/tasks (hs_timestamp, the due date, is
    // the one required property).
    objectTypeId: '0-27',
    name: 'tasks',
    singular: 'task',
    plural: 'Tasks',
    associationsKey: 'tasks',
    primaryDisplayProperty: 'hs_task_subject',
    searchableProperties: ['hs_task_subject', 'hs_task_body'],
    defaultReturned: ['hs_createdate', 'hs_lastmodifieddate'],
    requiredProperties: ['hs_timestamp'],
  },
];

export function standardObjectTypes(now: string): ObjectTypeDef[] {
  return STANDARD.map((s) => ({
    objectTypeId: s.objectTypeId,
    name: s.name,
    singular: s.singular,
    fullyQualifiedName: s.name.toUpperCase().replace(/S$/, ''),
    associationsKey: s.associationsKey,
    custom: false,
    labels: { singular: s.plural.replace(/s$/, ''), plural: s.plural },
    primaryDisplayProperty: s.primaryDisplayProperty,
    secondaryDisplayProperties: [],
    requiredProperties: s.requiredProperties ?? [],
    searchableProperties: s.searchableProperties,
    defaultReturned: [...s.defaultReturned, 'hs_object_id'],
    createdAt: now,
    updatedAt: now,
  }));
}

/** Every spelling HubSpot accepts for an object type in a path, lower-cased. */
export function typeAliases(t: ObjectTypeDef): string[] {
  const names = [t.objectTypeId, t.name, t.singular, t.fullyQualifiedName];
  if (t.name === 'companies') names.push('company');
  if (t.name === 'line_items') names.push('line_item', 'lineitem', 'lineitems');
  return names.map((n) => n.toLowerCase());
}
