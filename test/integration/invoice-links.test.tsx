import { hubspot as hubspotBridge, StatusTag, EmptyState } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { Config } from '../../serverless/config';
import { Services } from '../../serverless/runtime/services';
import { systemClock } from '../../serverless/lib/clock';
import { WarmCache } from '../../serverless/lib/warm-cache';
import type { InvoiceLink } from '../../serverless/hubspot/stores/invoice-links';
import { InvoicesCardView } from '../../src/app/cards/components/InvoicesCardView';
import { cardOperationRoutes } from '@qbo-invoicing/contract/catalog';
import { callIn } from '@qbo-invoicing/ui';
import { startHubSpotEmulator, type HubSpotEmulator } from '../../emulators/hubspot';
import { functionsAgainst } from '../support/functions';

const call = callIn(cardOperationRoutes);

let hubspot: HubSpotEmulator;
beforeAll(async () => {
  hubspot = await startHubSpotEmulator({ seed: 'demo' });
});
afterAll(() => hubspot.close());
afterEach(() => vi.restoreAllMocks());

/** Store access as a function would have it on a cold start. */
function services() {
  const config = new Config({
    PRIVATE_APP_ACCESS_TOKEN: hubspot.token,
    EMULATOR_HUBSPOT_API_URL: hubspot.url,
  });
  return new Services(config, {
    deadline: Date.now() + 10_000,
    clock: systemClock,
    cache: new WarmCache(systemClock),
  });
}

const awaitingSend = () => 'AWAITING_SEND' as const;

const link = (overrides: Partial<InvoiceLink> = {}): InvoiceLink => ({
  recordId: null,
  realmId: '9130354',
  invoiceId: '145',
  number: '1037',
  customerId: '58',
  customerName: 'Sonnenschein Family Store',
  currency: 'USD',
  total: '362.07',
  balance: '362.07',
  txnDate: '2026-11-02',
  dueDate: '2026-12-02',
  emailStatus: 'NeedToSend',
  voided: false,
  deleted: false,
  lastUpdated: '2026-11-02T15:04:05.000Z',
  confirmedAt: null,
  storedStatus: null,
  paymentsNoted: [],
  remindersSent: [],
  ...overrides,
});

beforeEach(async () => {
  hubspot.reset('demo');
  const result = await functionsAgainst(hubspot).run('setup.run', {});
  expect(result.ok).toBe(true);
});

describe('invoice-link store', () => {
  it('links invoices to a deal and its contact, and reads them back from either', async () => {
    const store = services().invoiceLinks;
    const deal = hubspot.demo.deals.publishedQuote;
    const contact = hubspot.demo.contacts.amy;
    await store.save(
      [link(), link({ invoiceId: '146', number: '1038', balance: '0.00' })],
      [
        { type: 'deals', id: deal },
        { type: 'contacts', id: contact },
      ],
      awaitingSend,
    );
    const fromDeal = await store.listForRecord('deals', deal);
    expect(fromDeal.map((l) => l.number).sort()).toEqual(['1037', '1038']);
    expect(fromDeal.find((l) => l.invoiceId === '145')).toEqual({
      ...link(),
      recordId: expect.stringMatching(/^\d+$/),
      storedStatus: 'AWAITING_SEND',
    });
    expect((await store.listForRecord('contacts', contact)).length).toBe(2);
    expect(await store.listForRecord('companies', hubspot.demo.companies.coolCars)).toEqual([]);
  });

  it('never stores the same invoice twice: linking again updates it', async () => {
    const store = services().invoiceLinks;
    const deal = hubspot.demo.deals.publishedQuote;
    await store.save([link()], [{ type: 'deals', id: deal }], awaitingSend);
    await store.save([link({ balance: '100.00' })], [{ type: 'deals', id: deal }], awaitingSend);
    const schema = hubspot.store.schemas().find((s) => s.name === 'qbo_invoice')!;
    expect(hubspot.store.list(schema.objectTypeId)).toHaveLength(1);
    expect((await store.get('9130354', '145'))?.balance).toBe('100.00');
  });

  it('skips a record someone edited into nonsense instead of failing the list', async () => {
    const store = services().invoiceLinks;
    const deal = hubspot.demo.deals.publishedQuote;
    const [id] = await store.save([link()], [{ type: 'deals', id: deal }], awaitingSend);
    const schema = hubspot.store.schemas().find((s) => s.name === 'qbo_invoice')!;
    const { default: axios } = await import('axios');
    await axios.patch(
      `${hubspot.url}/crm/v3/objects/${schema.objectTypeId}/${id}`,
      { properties: { currency: '' } },
      { headers: { authorization: `Bearer ${hubspot.token}` } },
    );
    expect(await store.listForRecord('deals', deal)).toEqual([]);
  });
});

describe('invoices.listForRecord', () => {
  it('answers the record HubSpot names in propertiesToSend, with a status for today in the portal', async () => {
    const deal = hubspot.demo.deals.publishedQuote;
    await services().invoiceLinks.save(
      [link({ dueDate: '2020-01-31', balance: '10.00' }), link({ invoiceId: '2', voided: true })],
      [{ type: 'deals', id: deal }],
      awaitingSend,
    );
    const result = await functionsAgainst(hubspot).run(
      'invoices.listForRecord',
      { objectType: 'deals', timeZone: 'America/New_York' },
      { objectTypeId: '0-3', objectId: deal },
    );
    expect(result.ok).toBe(true);
    const invoices = (
      result.data as { invoices: Array<{ status: string; daysOverdue: number | null }> }
    ).invoices;
    expect(invoices.map((i) => i.status).sort()).toEqual(['OVERDUE', 'VOIDED']);
    expect(invoices.find((i) => i.status === 'OVERDUE')?.daysOverdue).toBeGreaterThan(1000);
  });

  it('refuses to run without a record id from HubSpot', async () => {
    const result = await functionsAgainst(hubspot).run('invoices.listForRecord', {
      objectType: 'deals',
    });
    expect(result.error).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'propertiesToSend.hs_object_id',
    });
  });

  it('names the bad field of a malformed input', async () => {
    const deal = hubspot.demo.deals.publishedQuote;
    const record = { objectTypeId: '0-3', objectId: deal };
    const run = functionsAgainst(hubspot).run;
    const badType = await run('invoices.listForRecord', { objectType: 'tickets' }, record);
    expect(badType.error?.message).toMatch(/input\.objectType/);
    const badZone = await run(
      'invoices.listForRecord',
      { objectType: 'deals', timeZone: 'Mars/Olympus' },
      record,
    );
    expect(badZone.error).toMatchObject({ code: 'INVALID_INPUT', field: 'input.timeZone' });
  });

  it('tells the card to run setup when the portal is not set up', async () => {
    hubspot.reset('demo');
    const deal = hubspot.demo.deals.publishedQuote;
    const result = await functionsAgainst(hubspot).run(
      'invoices.listForRecord',
      { objectType: 'deals' },
      { objectTypeId: '0-3', objectId: deal },
    );
    expect(result.error).toMatchObject({ code: 'NOT_SET_UP', retryable: false });
  });
});

describe('the card, end to end', () => {
  it('shows the deal’s invoices through hubspot.serverless, the function and the emulator', async () => {
    const deal = hubspot.demo.deals.publishedQuote;
    await services().invoiceLinks.save(
      [link({ emailStatus: 'EmailSent' })],
      [{ type: 'deals', id: deal }],
      awaitingSend,
    );
    const { host } = functionsAgainst(hubspot);
    vi.spyOn(hubspotBridge, 'serverless').mockImplementation(
      host({ objectTypeId: '0-3', objectId: deal }) as never,
    );
    const { render, waitFor, find } = createRenderer('crm.record.sidebar');
    render(<InvoicesCardView objectType="deals" timeZone="UTC" call={call} />);
    await waitFor(() => expect(find(StatusTag).text).toBe('Sent to customer'), {
      timeoutInMs: 5_000,
    });
  });

  it('shows the empty state for a contact with no invoices', async () => {
    const { host } = functionsAgainst(hubspot);
    vi.spyOn(hubspotBridge, 'serverless').mockImplementation(
      host({ objectTypeId: '0-1', objectId: hubspot.demo.contacts.grace }) as never,
    );
    const { render, waitFor, find } = createRenderer('crm.record.sidebar');
    render(<InvoicesCardView objectType="contacts" timeZone="UTC" call={call} />);
    await waitFor(() => expect(find(EmptyState)).toBeDefined(), { timeoutInMs: 5_000 });
  });
});
