import { randomBytes } from 'node:crypto';
import type { ClaimStore } from '../hubspot/stores/claims';
import { AppError } from '../lib/errors';

/**
 * Uses an OAuth state's nonce up, before the code is exchanged: HubSpot creates the claim
 * `oauth-state:<nonce>` once, so of two completions with one state (a second consent from the
 * same link, or the same address pasted twice) only the first goes on. The claim is kept (one small
 * record per connection made); it expires with the state.
 */
export async function consumeState(
  claims: ClaimStore,
  state: { nonce: string; expiresAt: number },
): Promise<void> {
  const owner = randomBytes(12).toString('hex');
  const outcome = await claims.take(`oauth-state:${state.nonce}`, owner, state.expiresAt);
  if (outcome.held) return;
  throw new AppError(
    'INVALID_INPUT',
    'This sign-in link was already used, so nothing was connected or changed.',
    { field: 'state', fix: 'Start again with Connect on the settings page.' },
  );
}
