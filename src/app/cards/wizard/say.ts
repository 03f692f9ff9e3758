import type { Messages } from '@qbo-invoicing/ui';
import type { Said } from './state';

/** What the state says (a message id with values), in the user's language and date format. */
export function say({ t, date }: Pick<Messages, 't' | 'date'>, said: Said): string {
  const dates: Record<string, string> = {};
  for (const [name, iso] of Object.entries(said.dates ?? {})) dates[name] = date(iso);
  return t(said.id, { ...said.values, ...dates });
}

/** Several, as one paragraph. */
export const sayAll = (messages: Pick<Messages, 't' | 'date'>, said: Said[]) =>
  said.map((one) => say(messages, one)).join(' ');
