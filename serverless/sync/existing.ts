import type * as z from 'zod';
import type { syncRunOutput } from '@qbo-invoicing/contract';
import type { SyncObject } from '@qbo-invoicing/contract/catalog';
import { AppError } from '../lib/errors';
import { select } from '../quickbooks';
import type { OperationContext } from '../runtime/dispatch';
import { syncCustomers } from './contacts';
import { loadPlan } from './mappings-plan';
import { syncItems } from './products';
import { readSyncSettings, readSyncState, type RecordSyncState } from './settings';
import { Tally } from './tally';

/** QuickBooks records read per step: one query, then at most a few HubSpot batches. */
export const EXISTING_PAGE = 200;
/** A run stops starting new steps this long before the call's deadline. */
export const STEP_RESERVE_MS = 4_000;

/**
 * sync.run: brings in the company's existing customers and items, a page at a time while the call
 * has time. A dry run counts what would be created, updated, matched and skipped and writes
 * nothing; a real run saves where it stopped on the connection record, so the next call (the
 * settings page calls again until `complete`) resumes there. Rules come from the saved settings.
 */
export async function runExisting(
  input: { realmId: string; dryRun: boolean; objects: SyncObject[] },
  context: OperationContext,
): Promise<z.infer<typeof syncRunOutput>> {
  const { services } = context;
  const connection = await context.services.connections.require(input.realmId);
  const settings = readSyncSettings(connection.recordSyncSettingsJson);
  const off = input.objects.filter((object) => !settings[object].enabled);
  if (off.length > 0)
    throw new AppError('INVALID_INPUT', `The ${off.join(' and ')} sync is off for this company.`, {
      fix: 'Turn it on and save the settings first.',
      field: 'input.objects',
    });
  const qbo = services.quickbooks.forRealm(input.realmId, {
    companyName: connection.companyName,
  });
  let state: RecordSyncState = readSyncState(connection.recordSyncStateJson);
  // A dry run always counts from the start; a real run resumes where the last call stopped.
  let position =
    !input.dryRun && state.existing && input.objects.includes(state.existing.object)
      ? state.existing
      : { object: input.objects[0] as SyncObject, startPosition: 1 };
  const tally = new Tally();
  let complete = false;
  const base = {
    crm: services.crm,
    qbo,
    realmId: input.realmId,
    dryRun: input.dryRun,
    deadline: context.deadline,
  };
  while (services.clock.now() < context.deadline - STEP_RESERVE_MS) {
    let next: number | undefined;
    if (position.object === 'contacts') {
      const page = await qbo.customers.page(
        select('Customer')
          .in('Active', [true, false])
          .orderBy('Id')
          .startPosition(position.startPosition)
          .maxResults(EXISTING_PAGE),
        { deadline: context.deadline },
      );
      tally.merge(
        await syncCustomers(page.rows, {
          ...base,
          rules: settings.contacts,
          mappings: await loadPlan(services, 'contacts', settings.contacts.mappings),
        }),
      );
      next = page.nextStartPosition;
    } else {
      const page = await qbo.items.page(
        select('Item')
          .in('Active', [true, false])
          .orderBy('Id')
          .startPosition(position.startPosition)
          .maxResults(EXISTING_PAGE),
        { deadline: context.deadline },
      );
      tally.merge(
        await syncItems(
          page.rows.map((item) => ({ item })),
          {
            ...base,
            rules: settings.products,
            mappings: await loadPlan(services, 'products', settings.products.mappings),
          },
        ),
      );
      next = page.nextStartPosition;
    }
    const following = input.objects[input.objects.indexOf(position.object) + 1];
    if (next !== undefined) position = { object: position.object, startPosition: next };
    else if (following) position = { object: following, startPosition: 1 };
    else {
      complete = true;
      break;
    }
    if (!input.dryRun) {
      state = { ...state, existing: position };
      await services.connections.saveRecordSync(connection, {
        recordSyncStateJson: JSON.stringify(state),
      });
    }
  }
  if (!input.dryRun && complete && state.existing) {
    state = { ...state, existing: null };
    await services.connections.saveRecordSync(connection, {
      recordSyncStateJson: JSON.stringify(state),
    });
  }
  return {
    realmId: input.realmId,
    dryRun: input.dryRun,
    counts: tally.counts,
    complete,
    reasons: tally.reasons(),
  };
}
