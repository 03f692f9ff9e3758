import type { CreateAndUpdateRule, DeletingRule } from '@qbo-invoicing/contract/catalog';
import { because, type Reason } from './reasons';

/** One object's rules as the sync applies them (the settings tab saves them per company). */
export interface SyncRules {
  enabled: boolean;
  createAndUpdate: CreateAndUpdateRule;
  deleting: DeletingRule;
  archiveConfirmed: boolean;
}

/**
 * Where a QuickBooks record stands in HubSpot: linked (a record carries its "realm:id" key),
 * matched (an unlinked record with its email, SKU or name), ambiguous (several match), or none.
 */
export type Presence = 'linked' | 'matched' | 'ambiguous' | 'none';

export type SyncAction =
  | { kind: 'create' }
  | { kind: 'update' }
  /** Update the matched record and write the key on it, so it is linked from now on. */
  | { kind: 'link' }
  | { kind: 'mark_inactive' }
  | { kind: 'archive' }
  | { kind: 'skip'; reason: Reason };

const skip = (id: Reason['id']): SyncAction => ({ kind: 'skip', reason: because(id) });

/**
 * What the rules say to do with one QuickBooks record. QuickBooks "deletes" customers and items
 * by making them inactive (and can delete items outright); both go through the deleting rule,
 * which only ever touches a record this app linked: an unlinked record (one the app never wrote,
 * or one a person unlinked) is left as it is, whatever the rule, and the log says so.
 */
export function decide(
  rules: SyncRules,
  record: {
    active: boolean;
    presence: Presence;
    object: 'contacts' | 'products';
    /** QuickBooks deleted the item outright (not just made it inactive). */
    deleted?: boolean;
  },
): SyncAction {
  if (!rules.enabled) return skip('sync is off for this company');
  if (!record.active) {
    if (record.presence !== 'linked')
      return skip(
        record.deleted
          ? 'deleted in QuickBooks and not linked to a HubSpot record'
          : 'inactive in QuickBooks and not linked',
      );
    if (rules.deleting === 'nothing')
      return skip(
        record.deleted
          ? 'deleted in QuickBooks; the rule is do nothing'
          : 'inactive in QuickBooks; the rule is do nothing',
      );
    if (rules.deleting === 'mark_inactive') return { kind: 'mark_inactive' };
    // Archiving contacts hides them everywhere: only after the admin confirmed the warning.
    if (record.object === 'contacts' && !rules.archiveConfirmed) return { kind: 'mark_inactive' };
    return { kind: 'archive' };
  }
  if (rules.createAndUpdate === 'nothing') return skip('the create and update rule is do nothing');
  switch (record.presence) {
    case 'linked':
      return { kind: 'update' };
    case 'matched':
      return { kind: 'link' };
    case 'ambiguous':
      return skip('several HubSpot records match; link one by hand');
    case 'none':
      return rules.createAndUpdate === 'create_and_update'
        ? { kind: 'create' }
        : skip('no linked or matching record, and the rule is update only');
  }
}
