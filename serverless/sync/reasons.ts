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
export const refusedBy = (message: string): Reason =>
  because('HubSpot refused the record: {reason}', { reason: short(message) });

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
