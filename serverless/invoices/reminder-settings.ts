import type * as z from 'zod';
import type { remindersOutput, ReminderSettings } from '@qbo-invoicing/contract';
import { AppError } from '../lib/errors';
import type { OperationContext } from '../runtime/dispatch';

async function connectionOf(realmId: string, context: OperationContext) {
  const connection = await context.services.connections.get(realmId, { fresh: true });
  if (!connection) {
    throw new AppError('NOT_FOUND', `QuickBooks company ${realmId} is not connected.`, {
      fix: 'Connect it from the Connections tab first.',
      field: 'input.realmId',
    });
  }
  return connection;
}

/** reminders.get: the company's reminder settings (all off until an admin turns one on). */
export async function getReminders(
  input: { realmId: string },
  context: OperationContext,
): Promise<z.infer<typeof remindersOutput>> {
  const connection = await connectionOf(input.realmId, context);
  return { realmId: input.realmId, settings: connection.reminders };
}

/** reminders.save: the reconcile creates tasks by these from its next run on. */
export async function saveReminders(
  input: { realmId: string; settings: ReminderSettings },
  context: OperationContext,
): Promise<z.infer<typeof remindersOutput>> {
  const connection = await connectionOf(input.realmId, context);
  await context.services.connections.saveReminders(connection, input.settings);
  return { realmId: input.realmId, settings: input.settings };
}
