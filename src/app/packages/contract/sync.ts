import * as z from 'zod';
import {
  createAndUpdateRules,
  deletingRules,
  startPoints,
  SYNC_SETTINGS_VERSION,
  syncObjects,
} from './catalog';
import { quickBooksField } from './property-mappings';

const realmId = z.string().regex(/^\d{1,20}$/, 'must be a QuickBooks company id (digits only)');

/**
 * A mapping the admin added: a QuickBooks field fills a HubSpot property (QuickBooks → HubSpot,
 * as the whole sync). Whether the property exists and takes the field's type is checked against
 * the portal when the mappings are saved (`sync.mappings.save`).
 */
export const customMappingSchema = z
  .object({
    field: z.string().min(1).max(100),
    property: z
      .string()
      .regex(/^[a-z0-9_]{1,100}$/, 'must be a HubSpot property name (lower case, digits, _)'),
  })
  .strict();
export type CustomMapping = z.infer<typeof customMappingSchema>;

/** At most this many custom mappings per object: each adds a column to every write. */
export const MAX_CUSTOM_MAPPINGS = 20;

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
    /** Beyond the built-in mappings (version 2). */
    mappings: z.array(customMappingSchema).max(MAX_CUSTOM_MAPPINGS),
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
    for (const object of syncObjects) {
      const targets = new Set<string>();
      settings[object].mappings.forEach((mapping, index) => {
        if (!quickBooksField(object, mapping.field))
          context.addIssue({
            code: 'custom',
            path: [object, 'mappings', index, 'field'],
            message: `${mapping.field} is not a QuickBooks field the sync can read`,
          });
        if (targets.has(mapping.property))
          context.addIssue({
            code: 'custom',
            path: [object, 'mappings', index, 'property'],
            message: `${mapping.property} is mapped twice`,
          });
        targets.add(mapping.property);
      });
    }
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
