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
  },
  products: {
    enabled: false,
    createAndUpdate: 'create_and_update',
    deleting: 'mark_inactive',
    archiveConfirmed: false,
    startPoint: 'from_now',
  },
};

const storedRules = (fallback: SyncSettings['contacts']) =>
  z
    .object({
      enabled: z.boolean().catch(fallback.enabled),
      createAndUpdate: z.enum(createAndUpdateRules).catch(fallback.createAndUpdate),
      deleting: z.enum(deletingRules).catch(fallback.deleting),
      archiveConfirmed: z.boolean().catch(false),
      startPoint: z.enum(startPoints).catch(fallback.startPoint),
    })
    .catch(fallback);

const storedV1 = z.object({
  version: z.literal(1),
  contacts: storedRules(defaultSyncSettings.contacts),
  products: storedRules(defaultSyncSettings.products),
});

/**
 * The settings stored on a connection record. Settings of an unknown version, or edited into
 * nonsense, read as "off" (never as an error, never as something the admin did not choose); a
 * later version migrates version 1 here. Archiving contacts without the confirmed warning reads
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
  const parsed = storedV1.safeParse(raw);
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
