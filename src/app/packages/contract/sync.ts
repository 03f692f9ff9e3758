import * as z from 'zod';
import {
  createAndUpdateRules,
  deletingRules,
  startPoints,
  SYNC_SETTINGS_VERSION,
  syncObjects,
} from './catalog';

const realmId = z.string().regex(/^\d{1,20}$/, 'must be a QuickBooks company id (digits only)');

/** The rules of one synced object (QuickBooks customers → contacts, items → products). */
export const objectSyncRulesSchema = z
  .object({
    enabled: z.boolean(),
    createAndUpdate: z.enum(createAndUpdateRules, {
      error: `must be one of ${createAndUpdateRules.join(', ')}`,
    }),
    deleting: z.enum(deletingRules, { error: `must be one of ${deletingRules.join(', ')}` }),
    /** The admin accepted the warning that archiving contacts hides them from every list. */
    archiveConfirmed: z.boolean(),
    startPoint: z.enum(startPoints, { error: `must be one of ${startPoints.join(', ')}` }),
  })
  .strict();
export type ObjectSyncRules = z.infer<typeof objectSyncRulesSchema>;

/**
 * A company's contact and product sync settings. `version` lets a later change migrate stored
 * settings; archiving contacts needs the confirmed warning.
 */
export const syncSettingsSchema = z
  .object({
    version: z.literal(SYNC_SETTINGS_VERSION, {
      error: `must be ${SYNC_SETTINGS_VERSION} (the settings format this app writes)`,
    }),
    contacts: objectSyncRulesSchema,
    products: objectSyncRulesSchema,
  })
  .strict()
  .superRefine((settings, context) => {
    if (settings.contacts.deleting === 'archive' && !settings.contacts.archiveConfirmed)
      context.addIssue({
        code: 'custom',
        path: ['contacts', 'archiveConfirmed'],
        message:
          'archiving contacts hides them from every list and workflow: confirm the warning first',
      });
  });
export type SyncSettings = z.infer<typeof syncSettingsSchema>;

export const syncSettingsGetInput = z.object({ realmId }).strict();
export const syncSettingsSaveInput = z.object({ realmId, settings: syncSettingsSchema }).strict();
export const syncSettingsOutput = z.object({ realmId: z.string(), settings: syncSettingsSchema });

export const syncCatchUpInput = z.object({ realmId }).strict();

export const syncRunInput = z
  .object({
    realmId,
    /** Count what would happen and write nothing. */
    dryRun: z.boolean(),
    objects: z.array(z.enum(syncObjects)).min(1).max(2),
  })
  .strict();

const count = z.number().int().nonnegative();
export const syncCountsSchema = z.object({
  created: count,
  updated: count,
  matched: count,
  skipped: count,
  failed: count,
  inactive: count,
  archived: count,
});
export type SyncCounts = z.infer<typeof syncCountsSchema>;

export const syncRunOutput = z.object({
  realmId: z.string(),
  dryRun: z.boolean(),
  counts: syncCountsSchema,
  /** Every record was read: nothing is left for another run. */
  complete: z.boolean(),
  /** Why records were skipped or failed, with how many each (at most 10 reasons). */
  reasons: z.array(z.object({ reason: z.string(), count })).max(10),
});
