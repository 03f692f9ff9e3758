import * as z from 'zod';
import {
  createAndUpdateRules,
  deletingRules,
  startPoints,
  SYNC_SETTINGS_VERSION,
  type SyncObject,
} from '@qbo-invoicing/contract/catalog';
import type { SyncSettings } from '@qbo-invoicing/contract';
import { log } from '../lib/log';

/** Until an admin turns it on, nothing syncs; the rules then start as the original's did. */
export const defaultSyncSettings: SyncSettings = {
  version: SYNC_SETTINGS_VERSION,
  contacts: {
    enabled: false,
    createAndUpdate: 'create_and_update',
    deleting: 'mark_inactive',
    archiveConfirmed: false,
    startPoint: 'from_now',
    mappings: [],
  },
  products: {
    enabled: false,
    createAndUpdate: 'create_and_update',
    deleting: 'mark_inactive',
    archiveConfirmed: false,
    startPoint: 'from_now',
    mappings: [],
  },
};

const storedRuleFields = (fallback: SyncSettings['contacts']) => ({
  enabled: z.boolean().catch(fallback.enabled),
  createAndUpdate: z.enum(createAndUpdateRules).catch(fallback.createAndUpdate),
  deleting: z.enum(deletingRules).catch(fallback.deleting),
  archiveConfirmed: z.boolean().catch(false),
  startPoint: z.enum(startPoints).catch(fallback.startPoint),
});

/** Version 1: the rules only. It migrates to version 2 with no custom mappings. */
const storedV1 = z
  .object({
    version: z.literal(1),
    contacts: z
      .object(storedRuleFields(defaultSyncSettings.contacts))
      .catch(defaultSyncSettings.contacts),
    products: z
      .object(storedRuleFields(defaultSyncSettings.products))
      .catch(defaultSyncSettings.products),
  })
  .transform((v1): SyncSettings => ({
    version: SYNC_SETTINGS_VERSION,
    contacts: { ...v1.contacts, mappings: [] },
    products: { ...v1.products, mappings: [] },
  }));

const storedMapping = z.object({
  field: z.string().min(1).max(100),
  property: z.string().regex(/^[a-z0-9_]{1,100}$/),
});

/** A stored mapping that no longer reads as one (edited by hand) is dropped, not an error. */
const storedMappings = z
  .array(z.unknown())
  .catch([])
  .transform((entries) =>
    entries.flatMap((entry) => {
      const parsed = storedMapping.safeParse(entry);
      return parsed.success ? [parsed.data] : [];
    }),
  );

const storedV2 = z.object({
  version: z.literal(2),
  contacts: z
    .object({ ...storedRuleFields(defaultSyncSettings.contacts), mappings: storedMappings })
    .catch(defaultSyncSettings.contacts),
  products: z
    .object({ ...storedRuleFields(defaultSyncSettings.products), mappings: storedMappings })
    .catch(defaultSyncSettings.products),
});

const stored = z.union([storedV2, storedV1]);

/**
 * The settings stored on a connection record. Settings of an unknown version, or edited into
 * nonsense, read as "off" (never as an error, never as something the admin did not choose);
 * version 1 (before custom mappings) migrates to version 2 with none. Archiving contacts without the confirmed warning reads
 * as marking them inactive.
 */
export function readSyncSettings(json: string | null): SyncSettings {
  if (!json) return defaultSyncSettings;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    log.warn('Unreadable contact and product sync settings: treating them as off');
    return defaultSyncSettings;
  }
  const parsed = stored.safeParse(raw);
  if (!parsed.success) {
    log.warn('Contact and product sync settings of an unknown version: treating them as off');
    return defaultSyncSettings;
  }
  const settings = parsed.data;
  if (settings.contacts.deleting === 'archive' && !settings.contacts.archiveConfirmed)
    settings.contacts.deleting = 'mark_inactive';
  return settings;
}

/** How far the sync has read QuickBooks: the change-feed cursor and a run over existing records. */
export interface RecordSyncState {
  /** Customer and item changes up to here have been applied (ISO instant); null: not started. */
  cursor: string | null;
  /** A run over existing records in progress: the object and the next QuickBooks start position. */
  existing: { object: SyncObject; startPosition: number } | null;
}

export const emptySyncState: RecordSyncState = { cursor: null, existing: null };

const storedState = z.object({
  cursor: z.string().nullable().catch(null),
  existing: z
    .object({
      object: z.enum(['contacts', 'products']),
      startPosition: z.number().int().min(1),
    })
    .nullable()
    .catch(null),
});

export function readSyncState(json: string | null): RecordSyncState {
  if (!json) return emptySyncState;
  try {
    return storedState.parse(JSON.parse(json));
  } catch {
    return emptySyncState;
  }
}
