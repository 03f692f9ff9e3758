import * as z from 'zod';
import { syncObjects } from './catalog';
import { syncCountsSchema } from './sync';

const realmId = z.string().regex(/^\d{1,20}$/, 'must be a QuickBooks company id (digits only)');
const entryId = z.string().regex(/^[0-9a-z.-]{1,40}$/, 'must be a sync log entry id');

/** What the sync decided for one record. */
export const syncLogOutcomes = [
  'created',
  'updated',
  'matched',
  'skipped',
  'failed',
  'inactive',
  'archived',
] as const;
export type SyncLogOutcome = (typeof syncLogOutcomes)[number];

/** sync.log.list: a company's sync log, newest first, filtered and paged. */
export const syncLogListInput = z
  .object({
    realmId,
    object: z.enum(syncObjects).optional(),
    outcome: z.enum(syncLogOutcomes).optional(),
    offset: z.number().int().min(0).max(10_000).default(0),
    limit: z.number().int().min(1).max(50).default(20),
  })
  .strict();

export const syncLogEntrySchema = z.object({
  id: z.string(),
  /** When the decision was made (ISO instant). */
  at: z.string(),
  object: z.enum(syncObjects),
  outcome: z.enum(syncLogOutcomes),
  /** The QuickBooks customer or item id, and its name there. */
  qboId: z.string(),
  name: z.string(),
  /** The HubSpot record written, when there is one. */
  hubspotId: z.string().nullable(),
  /** Why it was skipped or failed, in the caller's language. */
  reason: z.string().nullable(),
  /** A failure Retry has not run again yet. */
  canRetry: z.boolean(),
});
export type SyncLogEntry = z.infer<typeof syncLogEntrySchema>;

export const syncLogListOutput = z.object({
  realmId: z.string(),
  entries: z.array(syncLogEntrySchema),
  /** Entries matching the filters. */
  total: z.number().int().nonnegative(),
  nextOffset: z.number().int().nonnegative().nullable(),
  /** Failures not yet retried, for the company and object filter (what Retry all takes). */
  openFailures: z.number().int().nonnegative(),
});

/** sync.log.retry: one failure (`entryId`), or all open failures of the company (or object). */
export const syncLogRetryInput = z
  .object({ realmId, entryId: entryId.optional(), object: z.enum(syncObjects).optional() })
  .strict();

export const syncLogRetryOutput = z.object({
  realmId: z.string(),
  /** Log entries run again by this call. */
  retried: z.number().int().nonnegative(),
  counts: syncCountsSchema,
  reasons: z.array(z.object({ reason: z.string(), count: z.number().int().nonnegative() })),
  /** Open failures left for another call (Retry all takes at most 100 a call). */
  remaining: z.number().int().nonnegative(),
});

const cardObjectType = z.enum(['contacts', 'companies']);

/** sync.recordStatus: the QuickBooks customers the card's contact or company is linked to. */
export const syncRecordStatusInput = z.object({ objectType: cardObjectType }).strict();

export const customerSyncLinkSchema = z.object({
  realmId: z.string(),
  companyName: z.string(),
  customerId: z.string(),
  customerName: z.string(),
  quickBooksUrl: z.string().url(),
  /** The newest decision about this customer when it was a failure or a skip; else null. */
  problem: z
    .object({
      entryId: z.string(),
      at: z.string(),
      outcome: z.enum(['failed', 'skipped']),
      reason: z.string(),
    })
    .nullable(),
  /** When the sync last wrote this customer to HubSpot (ISO instant), if the log still has it. */
  lastSyncedAt: z.string().nullable(),
});
export type CustomerSyncLink = z.infer<typeof customerSyncLinkSchema>;

export const syncRecordStatusOutput = z.object({ links: z.array(customerSyncLinkSchema) });

/** sync.recordRetry: runs the card's last sync problem again; answers the record's status. */
export const syncRecordRetryInput = z
  .object({ objectType: cardObjectType, realmId, entryId })
  .strict();
