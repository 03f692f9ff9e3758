import type * as z from 'zod';
import type { defaultItemOutput } from '@qbo-invoicing/contract';
import { AppError } from '../lib/errors';
import type { OperationContext } from '../runtime/dispatch';
import type { StoredConnection } from '../hubspot/stores/connections';
import { readItemChoices, usableDefault } from './item-choices';

type Output = z.infer<typeof defaultItemOutput>;

/** The company's API from the record already read (the company facts are not needed here). */
const qboOf = (context: OperationContext, connection: StoredConnection) =>
  context.services.quickbooks.forRealm(connection.realmId, {
    companyName: connection.companyName,
  });

/**
 * items.default.get: the company's default item as QuickBooks has it now. One chosen but made
 * inactive or deleted since is `unusable`, so the settings page asks for another.
 */
export async function getDefaultItem(
  input: { realmId: string },
  context: OperationContext,
): Promise<Output> {
  const connection = await context.services.connections.require(input.realmId);
  const itemId = connection.defaultItemId ?? null;
  if (!itemId) return { realmId: input.realmId, item: null, unusable: false };
  const { defaultItem } = await readItemChoices(
    qboOf(context, connection),
    itemId,
    context.deadline,
  );
  const usable = usableDefault(defaultItem);
  return { realmId: input.realmId, item: defaultItem, unusable: usable === null };
}

/**
 * items.default.save: an active item that can go on a line, checked in QuickBooks before it is
 * stored on the connection record; null clears it.
 */
export async function saveDefaultItem(
  input: { realmId: string; itemId: string | null },
  context: OperationContext,
): Promise<Output> {
  const connection = await context.services.connections.require(input.realmId);
  if (input.itemId === null) {
    await context.services.connections.saveDefaultItem(connection, null);
    return { realmId: input.realmId, item: null, unusable: false };
  }
  const { defaultItem } = await readItemChoices(
    qboOf(context, connection),
    input.itemId,
    context.deadline,
  );
  const usable = usableDefault(defaultItem);
  if (!usable) {
    throw new AppError(
      'INVALID_INPUT',
      'That QuickBooks item is inactive, deleted or cannot go on an invoice line.',
      { field: 'input.itemId', fix: 'Search again and choose an active product or service.' },
    );
  }
  await context.services.connections.saveDefaultItem(connection, usable.id);
  return { realmId: input.realmId, item: usable, unusable: false };
}
