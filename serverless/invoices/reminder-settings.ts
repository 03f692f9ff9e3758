import type * as z from 'zod';
import type { remindersOutput, ReminderSettings } from '@qbo-invoicing/contract';
import type { OperationContext } from '../runtime/dispatch';

/** reminders.get: the company's reminder settings (all off until an admin turns one on). */
export async function getReminders(
  input: { realmId: string },
  context: OperationContext,
): Promise<z.infer<typeof remindersOutput>> {
  const connection = await context.services.connections.require(input.realmId);
  return { realmId: input.realmId, settings: connection.reminders };
}

/** reminders.save: the reconcile creates tasks by these from its next run on. */
export async function saveReminders(
  input: { realmId: string; settings: ReminderSettings },
  context: OperationContext,
): Promise<z.infer<typeof remindersOutput>> {
  const connection = await context.services.connections.require(input.realmId);
  await context.services.connections.saveReminders(connection, input.settings);
  // The tasks these settings create speak the language of the admin who set them.
  await context.services.connections.saveLanguage(connection, context.words.locale);
  return { realmId: input.realmId, settings: input.settings };
}
