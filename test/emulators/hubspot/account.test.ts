import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHubSpotEmulator, type HubSpotEmulator } from '../../../emulators/hubspot/index.js';
import { call } from './test-helpers.js';

// https://developers.hubspot.com/docs/api/settings/account-information-api: the account's id, time
// zone and currencies. The product binds a QuickBooks connection's OAuth state to `portalId`.
let emu: HubSpotEmulator;
beforeAll(async () => {
  emu = await startHubSpotEmulator({ seed: 'empty', portalId: 4242, timeZone: 'Europe/Berlin' });
});
afterAll(() => emu.close());

describe('account details', () => {
  it('answers the portal id, time zone, its UTC offset and the currencies', async () => {
    const res = await call(emu, 'GET', '/account-info/v3/details');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      portalId: 4242,
      timeZone: 'Europe/Berlin',
      companyCurrency: 'USD',
      additionalCurrencies: expect.any(Array),
    });
    expect(res.body.utcOffset).toMatch(/^\+0[12]:00$/);
    expect(res.body.utcOffsetMilliseconds).toBeGreaterThanOrEqual(3_600_000);
  });

  it('is refused without the token, like every API', async () => {
    expect((await call(emu, 'GET', '/account-info/v3/details', undefined, null)).status).toBe(401);
  });
});
