import { randomBytes } from 'node:crypto';
import type { ClaimStore } from '../hubspot/stores/claims';
import type { Clock } from '../lib/clock';
import { AppError } from '../lib/errors';
import type { QboTokens, RefreshPlan } from '../quickbooks/token-store';

/**
 * How long a refresh claim holds. Longer than HubSpot lets a function call run (about 15 s,
 * runtime/runtime.ts), so a claim only expires once its holder has stopped: nothing it started can
 * still be on its way by then. Taking over an expired claim is for holders that died.
 */
export const REFRESH_LEASE_MS = 60_000;

/** How often a call waiting for another's refresh reads the connection record again. */
export const REFRESH_POLL_MS = 250;

/** A waiting call stops this long before its deadline, so it can still answer. */
export const REFRESH_WAIT_MARGIN_MS = 1_000;

/** The stored tokens and a version that changes with every write (a digest of the ciphertext). */
export interface StoredVersion {
  recordId: string | null;
  tokens: QboTokens;
  version: string;
  companyName: string;
}

export interface RefreshLeaseDeps {
  claims: ClaimStore;
  clock: Clock;
  /** The connection as stored now (a fresh HubSpot read). */
  readStored: () => Promise<StoredVersion>;
  /** Stores the tokens the refresh got on the record `current` was read from. */
  write: (tokens: QboTokens, current: StoredVersion) => Promise<void>;
}

/**
 * One refresh at a time per company across every function instance. The right to refresh the
 * tokens of one stored version is a claim keyed by that version; HubSpot lets only one call
 * create it. The holder reads the record again under the claim (a refresh that ended between its
 * first read and its claim has stored a newer version, which is then used as it is), refreshes
 * from that refresh token and stores the result before it lets go. Everyone else waits and reads
 * the record until the version changes. So Intuit is asked once per version, and the refresh
 * token stored is always the one Intuit issued last, whatever order answers arrive in.
 * docs/security.md ("Refresh across instances") has the argument in full.
 */
export async function refreshUnderLease(
  realmId: string,
  plan: RefreshPlan,
  deps: RefreshLeaseDeps,
): Promise<QboTokens> {
  const { claims, clock } = deps;
  const owner = randomBytes(12).toString('hex');
  let version: string | undefined;
  let attempt = 1;
  for (;;) {
    const stored = await deps.readStored();
    if (plan.isCurrent(stored.tokens)) return stored.tokens;
    if (stored.version !== version) {
      version = stored.version;
      attempt = 1;
    }
    // The attempt number moves on only when a holder died (its claim expired) or gave up.
    const key = `refresh:${realmId}:${stored.version}:${attempt}`;
    const outcome = await claims.take(key, owner, clock.now() + REFRESH_LEASE_MS);
    if (outcome.held) {
      try {
        const current = await deps.readStored();
        if (current.version === stored.version) {
          if (plan.isCurrent(current.tokens)) return current.tokens;
          const next = await plan.refresh(current.tokens);
          await deps.write(next, current);
          return next;
        }
      } finally {
        await claims.release(outcome.claim);
      }
      continue; // a newer version was stored meanwhile: look at it
    }
    if (clock.now() + REFRESH_POLL_MS >= plan.deadline - REFRESH_WAIT_MARGIN_MS) {
      throw new AppError(
        'UNAVAILABLE',
        'Another call is renewing the QuickBooks sign-in of company {company}; try again in a moment.',
        {
          retryable: true,
          detail: `refresh claim ${key} taken`,
          values: { company: stored.companyName || realmId },
        },
      );
    }
    const holder = outcome.holder;
    if (!holder || holder.expiresAt <= clock.now()) attempt += 1;
    else await clock.sleep(REFRESH_POLL_MS);
  }
}
