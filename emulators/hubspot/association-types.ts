import type { AssociationTypeDef } from './types.js';

/** [fromTypeId, toTypeId, typeId, name, inverseTypeId, inverseName, label] */
type Pair = [string, string, number, string, number, string, string | null];

/** HubSpot-defined association types between the standard objects the product uses. */
const PAIRS: Pair[] = [
  ['0-3', '0-1', 3, 'deal_to_contact', 4, 'contact_to_deal', null],
  ['0-3', '0-2', 341, 'deal_to_company_unlabeled', 342, 'company_to_deal_unlabeled', null],
  ['0-3', '0-2', 5, 'deal_to_company', 6, 'company_to_deal', 'Primary'],
  ['0-1', '0-2', 279, 'contact_to_company_unlabeled', 280, 'company_to_contact_unlabeled', null],
  ['0-1', '0-2', 1, 'contact_to_company', 2, 'company_to_contact', 'Primary'],
  ['0-3', '0-8', 19, 'deal_to_line_item', 20, 'line_item_to_deal', null],
  ['0-3', '0-14', 63, 'deal_to_quote', 64, 'quote_to_deal', null],
  ['0-14', '0-8', 67, 'quote_to_line_item', 68, 'line_item_to_quote', null],
  ['0-14', '0-1', 69, 'quote_to_contact', 70, 'contact_to_quote', null],
  ['0-14', '0-2', 71, 'quote_to_company', 72, 'company_to_quote', null],
  ['0-46', '0-1', 202, 'note_to_contact', 201, 'contact_to_note', null],
  ['0-46', '0-2', 190, 'note_to_company', 189, 'company_to_note', null],
  ['0-46', '0-3', 214, 'note_to_deal', 213, 'deal_to_note', null],
  ['0-46', '0-14', 452, 'note_to_quote', 451, 'quote_to_note', null],
  // Task → contact, company, deal, from HubSpot's table of default association type ids
  // (https://developers.hubspot.com/docs/api/crm/associations#task-to-object).
  ['0-27', '0-1', 204, 'task_to_contact', 203, 'contact_to_task', null],
  ['0-27', '0-2', 192, 'task_to_company', 191, 'company_to_task', null],
  ['0-27', '0-3', 216, 'task_to_deal', 215, 'deal_to_task', null],
];

export function hubspotDefinedAssociationTypes(now: string): AssociationTypeDef[] {
  return PAIRS.flatMap(([from, to, id, name, invId, invName, label]) => [
    {
      typeId: id,
      category: 'HUBSPOT_DEFINED' as const,
      fromObjectTypeId: from,
      toObjectTypeId: to,
      name,
      label,
      inverseTypeId: invId,
      createdAt: now,
    },
    {
      typeId: invId,
      category: 'HUBSPOT_DEFINED' as const,
      fromObjectTypeId: to,
      toObjectTypeId: from,
      name: invName,
      label,
      inverseTypeId: id,
      createdAt: now,
    },
  ]);
}

/** First user-defined type id handed out (custom object associations and labels). */
export const FIRST_USER_TYPE_ID = 500;
