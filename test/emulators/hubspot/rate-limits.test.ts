import { afterEach, describe, expect, it } from 'vitest';
import {
  startHubSpotEmulator,
  type HubSpotEmulator,
  type HubSpotEmulatorOptions,
} from '../../../emulators/hubspot/index.js';
import { call } from './test-helpers.js';

// HubSpot's limits for an app installed in one account
// (https://developers.hubspot.com/docs/apps/legacy-apps/private-apps/overview, "Rate limits";
// https://developers.hubspot.com/docs/developer-tooling/platform/usage-guidelines) and search's own
// (https://developers.hubspot.com/docs/api/crm/search#limitations). The windows run on a clock the
// test holds, so nothing depends on how fast this machine sends requests.

let emu: HubSpotEmulator | undefined;
afterEach(async () => {
  await emu?.close();
  emu = undefined;
});

async function start(
  options: Partial<HubSpotEmulatorOptions> = {},
): Promise<{ emu: HubSpotEmulator; clock: { t: number } }> {
  const clock = { t: Date.UTC(2026, 10, 30, 12, 0, 0) };
  emu = await startHubSpotEmulator({
    seed: 'empty',
    enforceRateLimits: true,
    now: () => clock.t,
    ...options,
  });
  return { emu, clock };
}

const list = (e: HubSpotEmulator) => call(e, 'GET', '/crm/v3/objects/deals?limit=1');
const search = (e: HubSpotEmulator) =>
  call(e, 'POST', '/crm/v3/objects/deals/search', { filterGroups: [], limit: 1 });
const rateHeaders = (h: Headers) =>
  [...h.keys()].filter((k) => k.toLowerCase().startsWith('x-hubspot-ratelimit'));

describe('HubSpot rate limits', () => {
  it('allows 190 calls in a rolling 10 seconds (Professional), then 429 TEN_SECONDLY_ROLLING', async () => {
    const { emu, clock } = await start();
    for (let i = 0; i < 190; i++) expect((await list(emu)).status).toBe(200);
    const limited = await list(emu);
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({
      status: 'error',
      category: 'RATE_LIMITS',
      errorType: 'RATE_LIMIT',
      policyName: 'TEN_SECONDLY_ROLLING',
      message: 'You have reached your ten_secondly_rolling limit.',
    });
    expect(limited.headers.get('x-hubspot-ratelimit-max')).toBe('190');
    expect(limited.headers.get('x-hubspot-ratelimit-remaining')).toBe('0');
    expect(limited.headers.get('x-hubspot-ratelimit-interval-milliseconds')).toBe('10000');
    expect(limited.headers.get('retry-after')).toBeNull();

    clock.t += 9_999;
    expect((await list(emu)).status).toBe(429);
    clock.t += 1;
    const freed = await list(emu);
    expect(freed.status).toBe(200);
    expect(freed.headers.get('x-hubspot-ratelimit-remaining')).toBe('189');
  });

  it('enforces no per-second limit: 25 calls in one instant all pass', async () => {
    const { emu } = await start();
    const replies = await Promise.all(Array.from({ length: 25 }, () => list(emu)));
    expect(replies.map((r) => r.status)).toEqual(Array(25).fill(200));
    // The deprecated per-second headers are still sent, with data.
    expect(replies[0]?.headers.get('x-hubspot-ratelimit-secondly')).toBe('19');
  });

  it('counts the daily limit per account day and starts again at midnight in its time zone', async () => {
    const { emu, clock } = await start({ rateLimits: { daily: 3 }, timeZone: 'Europe/Berlin' });
    clock.t = Date.parse('2026-11-30T22:00:00Z'); // 23:00 in Berlin
    for (let i = 0; i < 3; i++) expect((await list(emu)).status).toBe(200);
    clock.t += 20_000; // out of the 10-second window, still the same Berlin day
    const limited = await list(emu);
    expect(limited.status).toBe(429);
    expect(limited.body.policyName).toBe('DAILY');
    expect(limited.headers.get('x-hubspot-ratelimit-daily')).toBe('3');
    expect(limited.headers.get('x-hubspot-ratelimit-daily-remaining')).toBe('0');
    clock.t = Date.parse('2026-11-30T23:00:00Z'); // midnight in Berlin
    const nextDay = await list(emu);
    expect(nextDay.status).toBe(200);
    expect(nextDay.headers.get('x-hubspot-ratelimit-daily-remaining')).toBe('2');
  });

  it('limits search to five a second with its own 429, and search answers carry no rate headers', async () => {
    const { emu, clock } = await start();
    for (let i = 0; i < 5; i++) {
      const ok = await search(emu);
      expect(ok.status).toBe(200);
      expect(rateHeaders(ok.headers)).toEqual([]);
    }
    const limited = await search(emu);
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ category: 'RATE_LIMITS', errorType: 'RATE_LIMIT' });
    expect(limited.body.policyName).not.toBe('TEN_SECONDLY_ROLLING');
    expect(rateHeaders(limited.headers)).toEqual([]);
    // Other endpoints are not held back by search's limit, and do send the headers.
    const other = await list(emu);
    expect(other.status).toBe(200);
    expect(other.headers.get('x-hubspot-ratelimit-remaining')).toBe('184');
    clock.t += 1_000;
    expect((await search(emu)).status).toBe(200);
  });

  it('takes its numbers from the account tier', async () => {
    const { emu } = await start({ rateLimitTier: 'starter' });
    const res = await list(emu);
    expect(res.headers.get('x-hubspot-ratelimit-max')).toBe('100');
    expect(res.headers.get('x-hubspot-ratelimit-daily')).toBe('250000');
  });

  it('is switched on and off over HTTP by the control endpoint', async () => {
    const { emu } = await start({ enforceRateLimits: false });
    const control = (on: boolean) =>
      call(emu, 'POST', '/__emulator/faults', { enforceRateLimits: on }, null);
    expect((await control(true)).status).toBe(200);
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await search(emu)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    await control(false);
    expect((await search(emu)).status).toBe(200);
  });

  it('does not limit at all while enforcement is off (the default for suites)', async () => {
    const { emu } = await start({ enforceRateLimits: false, rateLimits: { tenSecondly: 2 } });
    for (let i = 0; i < 5; i++) expect((await list(emu)).status).toBe(200);
    for (let i = 0; i < 8; i++) expect((await search(emu)).status).toBe(200);
  });
});
