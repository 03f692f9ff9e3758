import type * as z from 'zod';
import type { SyncSettings, syncSettingsOutput } from '@qbo-invoicing/contract';
import type { OperationContext } from '../runtime/dispatch';
import { readSyncSettings, readSyncState } from './settings';

/** sync.settings.get: the company's contact and product sync settings (off until turned on). */
export async function getSyncSettings(
  input: { realmId: string },
  context: OperationContext,
): Promise<z.infer<typeof syncSettingsOutput>> {
  const connection = await context.services.connections.require(input.realmId);
  return { realmId: input.realmId, settings: readSyncSettings(connection.recordSyncSettingsJson) };
}

/**
 * sync.settings.save: the contract already checked the settings (version, rules, the confirmed
 * warning). Turning sync on (from all off) starts its change-feed cursor now, so "from now on"
 * means from the moment the admin saved, not from when it was last on.
 */
export async function saveSyncSettings(
  input: { realmId: string; settings: SyncSettings },
  context: OperationContext,
): Promise<z.infer<typeof syncSettingsOutput>> {
  const connection = await context.services.connections.require(input.realmId);
  const state = readSyncState(connection.recordSyncStateJson);
  const before = readSyncSettings(connection.recordSyncSettingsJson);
  const wasOn = before.contacts.enabled || before.products.enabled;
  const anyOn = input.settings.contacts.enabled || input.settings.products.enabled;
  const startCursor = anyOn && (!wasOn || !state.cursor);
  // Custom mappings are saved by sync.mappings.save only (checked against the portal there): a
  // rules tab loaded before they changed must not put the old ones back.
  const settings: SyncSettings = {
    ...input.settings,
    contacts: { ...input.settings.contacts, mappings: before.contacts.mappings },
    products: { ...input.settings.products, mappings: before.products.mappings },
  };
  await context.services.connections.saveRecordSync(connection, {
    recordSyncSettingsJson: JSON.stringify(settings),
    ...(startCursor
      ? {
          recordSyncStateJson: JSON.stringify({
            ...state,
            cursor: new Date(context.services.clock.now()).toISOString(),
          }),
        }
      : {}),
  });
  return { realmId: input.realmId, settings };
}
