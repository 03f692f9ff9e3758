import axios from 'axios';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startHubSpotEmulator, type HubSpotEmulator } from '../../emulators/hubspot';
import { startQuickBooksEmulator, type QuickBooksEmulator } from '../../emulators/quickbooks';
import type { Clock } from '../../serverless/lib/clock';
import { functionsAgainst } from '../support/functions';
import { qboSecrets } from '../support/qbo-secrets';
import { virtualClock } from '../support/virtual-clock';

/**
 * The refresh storm of issue 10: many calls on many function instances find the access tokens
 * expired at once, the token endpoint answers out of order, and a day later (when the emulator,
 * stricter than Intuit, has killed every refresh token but the newest) every company must still
 * work.
 */
let hubspot: HubSpotEmulator;
let qbo: QuickBooksEmulator;
let secrets: Record<string, string>;

beforeAll(async () => {
  [hubspot, qbo] = await Promise.all([
    startHubSpotEmulator({ seed: 'demo' }),
    startQuickBooksEmulator({ seed: 'demo' }),
  ]);
});
afterAll(async () => {
  await Promise.all([hubspot.close(), qbo.close()]);
});

beforeEach(async () => {
  hubspot.reset('demo');
  qbo.reset('demo');
  secrets = qboSecrets(qbo);
  expect((await functionsAgainst(hubspot, secrets).run('setup.run', {})).ok).toBe(true);
});

/**
 * The functions' clock, moved by the test together with the emulator's (a day passes in no time).
 * Waits run in real time: instances polling for another's refresh must not race ahead of it.
 */
function movableClock(): Clock & { advance(ms: number): void } {
  let offset = 0;
  return {
    now: () => Date.now() + offset,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
    advance: (ms) => {
      offset += ms;
    },
  };
}

type Instance = ReturnType<typeof functionsAgainst>;

async function connect(instance: Instance, realmId: string): Promise<void> {
  const started = await instance.run('connections.startConnect', {});
  const url = new URL((started.data as { authorizeUrl: string }).authorizeUrl);
  url.searchParams.set('realmId', realmId);
  const consent = await axios.get(url.toString(), { maxRedirects: 0, validateStatus: () => true });
  const completed = await instance.run('connections.complete', {
    redirectUrl: consent.headers.location as string,
  });
  expect(completed.ok, JSON.stringify(completed.error)).toBe(true);
}

const refreshCalls = () =>
  qbo.requests.filter((request) => request.path === '/oauth2/v1/tokens/bearer').length;

describe('a refresh storm across function instances', () => {
  it('40 calls on 6 instances with answers out of order: one refresh per company, none lost a day later', async () => {
    const clock = movableClock();
    const instances = Array.from({ length: 6 }, () =>
      functionsAgainst(hubspot, secrets, { clock }),
    );
    const realms = [
      qbo.realms.us,
      qbo.realms.global,
      qbo.createRealm({ country: 'US', companyName: 'Storm Three' }),
      qbo.createRealm({ country: 'CA', companyName: 'Storm Four' }),
    ];
    for (const realmId of realms) await connect(instances[0]!, realmId);

    // Two hours on, every access token has expired; 40 calls arrive over 6 instances at once.
    qbo.clock.advance(2 * 3_600_000);
    clock.advance(2 * 3_600_000);
    // The first token answers are held longest: the refresh token issued first arrives last.
    qbo.faults.holdTokenAnswers(Array.from({ length: 40 }, (_, i) => 3 * (40 - i)));
    const before = refreshCalls();
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        instances[i % 6]!.run('connections.test', { realmId: realms[i % realms.length] }),
      ),
    );
    const refreshes = refreshCalls() - before;
    const failed = results.filter((result) => !result.ok).map((result) => result.error?.message);

    // A day later only the newest refresh token of each company is alive.
    qbo.faults.holdTokenAnswers([]);
    qbo.clock.advance(25 * 3_600_000);
    clock.advance(25 * 3_600_000);
    const later = functionsAgainst(hubspot, secrets, { clock });
    const lost: string[] = [];
    for (const realmId of realms) {
      const result = await later.run('connections.test', { realmId });
      if (!result.ok) lost.push(`${realmId}: ${result.error?.message}`);
    }
    // One instance refreshes each company while the others wait and read the tokens it stored;
    // no call failed, and no company needs reconnecting.
    expect({ failed, refreshes, lost }).toEqual({ failed: [], refreshes: realms.length, lost: [] });
  });

  it('takes over the claim of a call that died, and waits for one that is alive', async () => {
    const clock = virtualClock();
    const instance = functionsAgainst(hubspot, secrets, { clock });
    await connect(instance, qbo.realms.us);
    qbo.expireAccessTokens(qbo.realms.us);
    const claimType = typeOf('qbo_claim');
    const claimKey = (attempt: number) => {
      const ciphertext = connectionRecord(qbo.realms.us)!.token_ciphertext!;
      const version = createHash('sha256').update(ciphertext).digest('hex').slice(0, 32);
      return `refresh:${qbo.realms.us}:${version}:${attempt}`;
    };
    const claim = (key: string, expiresAt: number) =>
      axios.post(
        `${hubspot.url}/crm/v3/objects/${claimType}`,
        {
          properties: {
            claim_key: key,
            owner: 'another call',
            expires_at: new Date(expiresAt).toISOString(),
          },
        },
        { headers: { authorization: `Bearer ${hubspot.token}` } },
      );

    // A live claim: this call waits for it until its own budget ends, then says so; no refresh.
    const deadClaim = claimKey(1);
    await claim(deadClaim, clock.now() + 60_000);
    const before = refreshCalls();
    const waited = await instance.run('connections.test', { realmId: qbo.realms.us });
    expect(waited.error).toMatchObject({ code: 'UNAVAILABLE', retryable: true });
    expect(waited.error?.message).toMatch(/^Another call is renewing the QuickBooks sign-in of /);
    expect(refreshCalls()).toBe(before);

    // The holder died: once its claim has expired, the next call takes over and refreshes once.
    clock.advance(60_000);
    const taken = await instance.run('connections.test', { realmId: qbo.realms.us });
    expect(taken).toMatchObject({ ok: true });
    expect(refreshCalls()).toBe(before + 1);
    // Its own claim is gone; only the dead one is left.
    expect(
      hubspot.store
        .list(claimType)
        .map((record) => record.properties.claim_key)
        .filter((key) => key?.startsWith('refresh:')),
    ).toEqual([deadClaim]);
  });

  it('a refresh that ends after a disconnect does not bring the company back', async () => {
    const instance = functionsAgainst(hubspot, secrets);
    await connect(instance, qbo.realms.us);
    qbo.expireAccessTokens(qbo.realms.us);
    const admin = functionsAgainst(hubspot, secrets);
    const listed = (await admin.run('connections.list', {})).data as {
      connections: Array<{ companyName: string }>;
    };
    const name = listed.connections[0]!.companyName;
    let disconnected: Awaited<ReturnType<Instance['run']>> | undefined;
    // While the refreshed tokens are on their way back, the admin disconnects the company.
    qbo.faults.holdTokenAnswers([
      async () => {
        disconnected = await admin.run('connections.disconnect', {
          realmId: qbo.realms.us,
          confirmCompanyName: name,
        });
      },
    ]);
    const late = await instance.run('connections.test', { realmId: qbo.realms.us });
    expect(disconnected).toMatchObject({ ok: true });
    expect(late.ok).toBe(false);
    expect(late.error?.code).toMatch(/^(RECONNECT_REQUIRED|NOT_FOUND)$/);
    // No record came back, with or without tokens.
    expect(connectionRecord(qbo.realms.us)).toBeUndefined();
    expect((await admin.run('connections.list', {})).data).toEqual({ connections: [] });
  });

  it('still refreshes in a portal whose setup predates claims', async () => {
    const instance = functionsAgainst(hubspot, secrets);
    await connect(instance, qbo.realms.us);
    // An older portal: no claim object (its records go first, as HubSpot requires).
    for (const record of hubspot.store.list(typeOf('qbo_claim')))
      await axios.delete(`${hubspot.url}/crm/v3/objects/${typeOf('qbo_claim')}/${record.id}`, {
        headers: { authorization: `Bearer ${hubspot.token}` },
      });
    await axios.delete(`${hubspot.url}/crm/v3/schemas/qbo_claim`, {
      headers: { authorization: `Bearer ${hubspot.token}` },
    });
    qbo.expireAccessTokens(qbo.realms.us);
    const later = functionsAgainst(hubspot, secrets);
    expect(await later.run('connections.test', { realmId: qbo.realms.us })).toMatchObject({
      ok: true,
    });
    const status = (await later.run('setup.status', {})).data as { done: boolean };
    expect(status.done).toBe(false);
  });
});

function typeOf(name: string): string {
  return hubspot.store.schemas().find((schema) => schema.name === name)!.objectTypeId;
}

function connectionRecord(realmId: string): Record<string, string | null> | undefined {
  return hubspot.store
    .list(typeOf('qbo_connection'))
    .find((record) => record.properties.realm_id === realmId)?.properties;
}
