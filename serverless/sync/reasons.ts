import type { MessageValues, ServerMessage } from '@qbo-invoicing/messages';
import { isAppError } from '../lib/errors';

/**
 * Why a record was skipped or failed, as a message id of `@qbo-invoicing/messages` with its
 * values: kept so in the sync log, which then reads in the language of whoever looks at it.
 */
export interface Reason {
  id: ServerMessage;
  values?: MessageValues;
}

export const because = (id: ServerMessage, values?: MessageValues): Reason =>
  values ? { id, values } : { id };

/** HubSpot's own words are kept short: the log lives in a size-capped property. */
const MAX_DETAIL = 160;
const short = (text: string) => (text.length > MAX_DETAIL ? `${text.slice(0, MAX_DETAIL)}…` : text);

/** A record HubSpot refused in a batch: its reason is HubSpot's own (English) text. */
export function refusedBy(message: string): Reason {
  // HubSpot names each refused property in the JSON its message embeds (`"name":"…"`): kept whole,
  // apart from the shortened text, so the Property mappings tab can say which mapping failed.
  const properties = [...message.matchAll(/"name":"([A-Za-z0-9_]+)"/g)].map((match) => match[1]);
  return because('HubSpot refused the record: {reason}', {
    reason: short(message),
    ...(properties.length > 0 ? { properties: [...new Set(properties)].join(',') } : {}),
  });
}

/** A whole batch that failed: an app error says itself; anything else is a generic refusal. */
export function failureOf(error: unknown): Reason {
  if (isAppError(error))
    return {
      id: error.template.message as ServerMessage,
      values: Object.fromEntries(
        Object.entries(error.template.values).map(([k, v]) => [
          k,
          typeof v === 'string' ? short(v) : v,
        ]),
      ),
    };
  return because('HubSpot did not accept the write.');
}
