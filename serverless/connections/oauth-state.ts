import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import * as z from 'zod';
import { languageOf, type Language } from '@qbo-invoicing/messages/format';
import { AppError } from '../lib/errors';

/**
 * The OAuth `state` parameter: which portal started the connection, a nonce, and when it
 * expires, signed with HMAC-SHA256. No server of ours remembers it, so the signature is the proof
 * that this app made it; that it is used once is recorded in HubSpot (state-claim.ts).
 */
export const STATE_TTL_MS = 10 * 60_000;

/**
 * `l`: the language of the admin who pressed Connect, so the page Intuit sends their browser back
 * to speaks it (that page has no extension to tell it). Optional: states made before it existed.
 */
const payloadSchema = z.object({
  p: z.string().min(1),
  n: z.string().min(8),
  e: z.number().int(),
  l: z.string().max(5).optional(),
});

function sign(payload: string, secret: Buffer): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

export function createState(
  portalId: string,
  secret: Buffer,
  now = Date.now(),
  language: Language = 'en',
): string {
  const payload = Buffer.from(
    JSON.stringify({
      p: portalId,
      n: randomBytes(12).toString('base64url'),
      e: now + STATE_TTL_MS,
      l: language,
    }),
  ).toString('base64url');
  return `${payload}.${sign(payload, secret)}`;
}

/**
 * The language a state asks its page to speak, read before (and whatever) the signature says: it
 * only ever chooses between the product's catalogs, and a state that fails its checks is still
 * refused in the admin's language. Anything unreadable reads as English.
 */
export function languageOfState(state: string | null | undefined): Language {
  try {
    const payload = (state ?? '').split('.')[0] ?? '';
    const parsed: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    const language = (parsed as { l?: unknown } | null)?.l;
    return languageOf(typeof language === 'string' ? language : null);
  } catch {
    return 'en';
  }
}

type InvalidState =
  | 'The sign-in link is not one this app made (its state is malformed).'
  | 'The sign-in link is not one this app made (its state signature does not match).'
  | 'The sign-in link has expired: connecting must be finished within 10 minutes.'
  | 'The sign-in link was started from another HubSpot account, so it cannot connect this one.';

const invalid = (message: InvalidState) =>
  new AppError('INVALID_INPUT', message, {
    field: 'state',
    fix: 'Start again with Connect on the settings page.',
  });

/** Checks signature, expiry and portal; each failure says which, so the admin knows what to do. */
export function verifyState(
  state: string,
  secret: Buffer,
  portalId: string,
  now = Date.now(),
): { nonce: string; expiresAt: number } {
  const [payload, signature, ...rest] = state.split('.');
  if (!payload || !signature || rest.length > 0) {
    throw invalid('The sign-in link is not one this app made (its state is malformed).');
  }
  const expected = Buffer.from(sign(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    throw invalid(
      'The sign-in link is not one this app made (its state signature does not match).',
    );
  }
  const parsed = payloadSchema.safeParse(
    JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')),
  );
  if (!parsed.success)
    throw invalid('The sign-in link is not one this app made (its state is malformed).');
  if (parsed.data.e < now)
    throw invalid('The sign-in link has expired: connecting must be finished within 10 minutes.');
  if (parsed.data.p !== portalId) {
    throw invalid(
      'The sign-in link was started from another HubSpot account, so it cannot connect this one.',
    );
  }
  return { nonce: parsed.data.n, expiresAt: parsed.data.e };
}
