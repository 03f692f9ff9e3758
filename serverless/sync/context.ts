import type { Crm } from '../hubspot/crm';
import type { QboCompany } from '../quickbooks';
import type { RecordLookup } from './lookup';
import type { MappingPlan } from './mappings';
import type { SyncRules } from './rules';

/** What one sync of a batch of QuickBooks records works with. */
export interface SyncContext {
  crm: Crm;
  qbo: QboCompany;
  realmId: string;
  rules: SyncRules;
  /** Count what would happen and write nothing. */
  dryRun: boolean;
  deadline: number;
  /** Taxable and the admin's custom mappings, resolved for this portal (none when absent). */
  mappings?: MappingPlan;
  /** How HubSpot records are found (asked each time when absent; a run reads small types whole). */
  lookup?: RecordLookup;
}
