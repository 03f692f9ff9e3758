import type { StoredConnection } from '../hubspot/stores/connections';
import { translatorFor, type Translator } from '../lib/text';

/**
 * The language of what the app writes to HubSpot on no one person's behalf (payment notes and
 * reminder tasks from webhooks, catch-up, Sync now, a card's refresh): the company's, set from
 * the admin who connected it or last saved its reminders. English until one is known.
 */
export function companyWords(
  connection: Pick<StoredConnection, 'language'> | null | undefined,
): Translator {
  return translatorFor(connection?.language ?? null);
}
