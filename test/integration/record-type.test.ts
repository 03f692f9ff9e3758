import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startHubSpotEmulator, type HubSpotEmulator } from '../../emulators/hubspot';
import { functionsAgainst } from '../support/functions';

let hubspot: HubSpotEmulator;
beforeAll(async () => {
  hubspot = await startHubSpotEmulator({ seed: 'demo' });
});
afterAll(() => hubspot.close());
beforeEach(async () => {
  hubspot.reset('demo');
  expect((await functionsAgainst(hubspot).run('setup.run', {})).ok).toBe(true);
});

const onContact = () => ({ objectTypeId: '0-1', objectId: hubspot.demo.contacts.amy });
const onCompany = () => ({ objectTypeId: '0-2', objectId: hubspot.demo.companies.amys });
const onDeal = () => ({ objectTypeId: '0-3', objectId: hubspot.demo.deals.publishedQuote });

describe('the record type a card names is checked against the record HubSpot sent', () => {
  it('answers each record type named truthfully', async () => {
    const { run } = functionsAgainst(hubspot);
    for (const [objectType, record] of [
      ['contacts', onContact()],
      ['companies', onCompany()],
      ['deals', onDeal()],
    ] as const) {
      const result = await run('invoices.listForRecord', { objectType }, record);
      expect(result.ok, objectType).toBe(true);
    }
  });

  it('refuses a record id given with another type, for every record-scoped operation', async () => {
    const { run } = functionsAgainst(hubspot);
    const refusals = [
      await run('invoices.listForRecord', { objectType: 'deals' }, onContact()),
      await run('invoices.listForRecord', { objectType: 'companies' }, onContact()),
      await run('invoices.listForRecord', { objectType: 'contacts' }, onDeal()),
      await run('invoices.listForRecord', { objectType: 'deals' }, onCompany()),
      await run(
        'invoices.preview',
        { objectType: 'contacts', realmId: '9130354', invoiceId: '145' },
        onCompany(),
      ),
      // The wizard works on deals only: from a contact it is refused before it reads anything.
      await run('wizard.start', {}, onContact()),
    ];
    for (const result of refusals) {
      expect(result.ok).toBe(false);
      expect(result.error).toMatchObject({ code: 'INVALID_INPUT', field: 'input.objectType' });
      expect(result.error?.message).toMatch(
        /^The record this card is on is not a (deal|contact|company)\.$/,
      );
    }
  });

  it('refuses a call without the create date HubSpot sends for the record', async () => {
    const { host } = functionsAgainst(hubspot);
    const result = (await host(onDeal())('invoices-function', {
      parameters: { op: 'invoices.listForRecord', input: { objectType: 'deals' } },
      propertiesToSend: ['hs_object_id'],
    })) as { ok: boolean; error?: { field?: string } };
    expect(result).toMatchObject({ ok: false, error: { field: 'propertiesToSend.createdate' } });
  });
});
