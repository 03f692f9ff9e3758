import { createHash } from 'node:crypto';

/** QuickBooks accepts request ids of up to 50 characters. */
export const maxRequestIdLength = 50;

/**
 * The `requestid` for a write. QuickBooks answers a repeated requestid with the original
 * response instead of writing again, so deriving it from the caller's stable key (a submission
 * id, say) and the operation makes every retry, by us or by the user, safe. The operation is
 * part of the hash so one key can drive several writes (create the customer, then the invoice).
 */
export function requestIdFor(idempotencyKey: string, operation: string): string {
  if (idempotencyKey.trim() === '') throw new RangeError('An idempotency key must not be empty');
  return createHash('sha256')
    .update(`${operation}\u0000${idempotencyKey}`)
    .digest('hex')
    .slice(0, maxRequestIdLength);
}
