import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startHubSpotEmulator, type HubSpotEmulator } from '../../emulators/hubspot';
import {
  startQuickBooksEmulator,
  webhookSignature,
  type QuickBooksEmulator,
} from '../../emulators/quickbooks';
import type { InvoiceSummary } from '@qbo-invoicing/contract';
import { Config } from '../../serverless/config';
import { systemClock } from '../../serverless/lib/clock';
import { WarmCache } from '../../serverless/lib/warm-cache';
import { Services } from '../../serverless/runtime/services';
import type { InvoiceLink } from '../../serverless/hubspot/stores/invoice-links';
import { functionsAgainst } from '../support/functions';
import { qboSecrets } from '../support/qbo-secrets';
import { bookkeeper, notesOn } from '../support/reconcile';
import { connectCompany, quickBooksApiCalls } from '../support/wizard';

let hubspot: HubSpotEmulator;
let qbo: QuickBooksEmulator;
let secrets: Record<string, string>;
let fns: ReturnType<typeof functionsAgainst>;

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
  qbo.limits.enabled = false;
  secrets = qboSecrets(qbo);
  fns = functionsAgainst(hubspot, secrets);
  expect((await fns.run('setup.run', {})).ok).toBe(true);
  await connectCompany(fns.run, qbo.realms.us);
  await connectCompany(fns.run, qbo.realms.global);
});
afterEach(() => {
  expect(qbo.conformanceViolations).toEqual([]);
});

function services() {
  return new Services(
    new Config({
      PRIVATE_APP_ACCESS_TOKEN: hubspot.token,
      EMULATOR_HUBSPOT_API_URL: hubspot.url,
      ...secrets,
    }),
    { deadline: Date.now() + 10_000, clock: systemClock, cache: new WarmCache(systemClock) },
  );
}

const deal = () => hubspot.demo.deals.publishedQuote;
const contact = () => hubspot.demo.contacts.amy;
const company = () => hubspot.demo.companies.amys;

/** Links a QuickBooks invoice to the deal, its contact and company, as the wizard does. */
async function link(
  invoice: { Id: string; DocNumber?: string; TotalAmt: number },
  realmId = qbo.realms.us,
  over: Partial<InvoiceLink> = {},
) {
  const fresh = qbo.realm(realmId).get('Invoice', invoice.Id)!;
  await services().invoiceLinks.save(
    [
      {
        recordId: null,
        realmId,
        invoiceId: invoice.Id,
        number: invoice.DocNumber ?? null,
        customerId: (fresh.CustomerRef as { value: string }).value,
        customerName: 'Customer',
        currency: (fresh.CurrencyRef as { value: string } | undefined)?.value ?? 'USD',
        total: invoice.TotalAmt.toFixed(2),
        balance: invoice.TotalAmt.toFixed(2),
        txnDate: String(fresh.TxnDate),
        dueDate: (fresh.DueDate as string | undefined) ?? null,
        emailStatus: 'NotSet',
        voided: false,
        deleted: false,
        lastUpdated: (fresh.MetaData as { LastUpdatedTime: string }).LastUpdatedTime,
        confirmedAt: new Date().toISOString(),
        storedStatus: null,
        paymentsNoted: [],
        remindersSent: [],
        ...over,
      },
    ],
    [
      { type: 'deals', id: deal() },
      { type: 'contacts', id: contact() },
      { type: 'companies', id: company() },
    ],
    () => 'AWAITING_SEND',
  );
}

interface Listed {
  invoices: InvoiceSummary[];
  totals: Array<{ currency: string; billed: string; outstanding: string; overdue: string }>;
  freshness: Array<{ state: string; reason: string | null; confirmedAt: string | null }>;
  companies: string;
}

async function open(
  type: 'deals' | 'contacts' | 'companies' = 'deals',
  id = deal(),
): Promise<Listed> {
  const typeIds = { deals: '0-3', contacts: '0-1', companies: '0-2' };
  const result = await fns.run(
    'invoices.listForRecord',
    { objectType: type, timeZone: 'America/New_York' },
    { objectTypeId: typeIds[type], objectId: id },
  );
  expect(result.error).toBeUndefined();
  return result.data as Listed;
}

function dealProperties() {
  return hubspot.store.get('0-3', deal())!.properties;
}

describe('opening a record brings its invoices up to date', () => {
  it('shows a partial payment, notes it once on the deal, contact and company, and the deal follows', async () => {
    const books = bookkeeper(qbo, qbo.realms.us);
    const invoice = await books.createInvoice('330.16');
    await link(invoice);
    const payment = await books.pay([invoice.Id], ['10.00'], { PaymentRefNum: '4411' });

    const listed = await open();
    expect(listed.invoices[0]).toMatchObject({
      balance: '320.16',
      total: '330.16',
      status: 'PARTIALLY_PAID',
    });
    expect(listed.freshness[0]).toMatchObject({ state: 'fresh', reason: null });
    expect(listed.totals).toEqual([
      { currency: 'USD', billed: '330.16', outstanding: '320.16', overdue: '0.00', count: 1 },
    ]);
    expect(dealProperties()).toMatchObject({
      qbo_invoice_status: 'PARTIALLY_PAID',
      qbo_invoice_amount_billed: '330.16',
    });
    for (const [type, id] of [
      ['0-3', deal()],
      ['0-1', contact()],
      ['0-2', company()],
    ] as const) {
      const notes = notesOn(hubspot, type, id);
      expect(notes).toHaveLength(1);
      expect(notes[0]).toContain('Payment of $10.00 received');
      expect(notes[0]).toContain(`invoice ${invoice.DocNumber}`);
      expect(notes[0]).toContain('balance $320.16');
      expect(notes[0]).toContain('Reference 4411.');
      expect(notes[0]).toContain(`payment ${payment.Id}`);
    }

    // Opening again (or from the contact) notes nothing more and changes nothing.
    await open();
    await open('contacts', contact());
    expect(notesOn(hubspot, '0-3', deal())).toHaveLength(1);
  });

  it('follows an invoice through sent, paid in full, a deleted payment, a new amount and a void', async () => {
    const books = bookkeeper(qbo, qbo.realms.us);
    const invoice = await books.createInvoice('100.00');
    await link(invoice);

    await books.send(invoice.Id);
    expect((await open()).invoices[0]?.status).toBe('SENT');
    expect(dealProperties().qbo_invoice_status).toBe('SENT');

    const payment = await books.pay([invoice.Id], ['100.00']);
    expect((await open()).invoices[0]).toMatchObject({ status: 'PAID', balance: '0.00' });
    expect(dealProperties().qbo_invoice_status).toBe('PAID');

    await books.deletePayment(payment.Id);
    expect((await open()).invoices[0]).toMatchObject({ status: 'SENT', balance: '100.00' });
    const notes = notesOn(hubspot, '0-3', deal());
    expect(notes).toHaveLength(2);
    expect(notes[1]).toContain('deleted or unapplied in QuickBooks');
    expect(notes[1]).toContain('$100.00 no longer on invoice');

    await books.setAmount(invoice.Id, '120.00');
    expect((await open()).invoices[0]).toMatchObject({ total: '120.00', balance: '120.00' });
    expect(dealProperties().qbo_invoice_amount_billed).toBe('120.00');

    await books.void(invoice.Id);
    expect((await open()).invoices[0]).toMatchObject({ status: 'VOIDED' });
    expect(dealProperties().qbo_invoice_status).toBe('VOIDED');
  });

  it('keeps an invoice deleted in QuickBooks, marked, and the deal says so', async () => {
    const books = bookkeeper(qbo, qbo.realms.us);
    const invoice = await books.createInvoice('50.00');
    await link(invoice);
    await books.delete(invoice.Id);
    const listed = await open();
    expect(listed.invoices).toHaveLength(1);
    expect(listed.invoices[0]).toMatchObject({ invoiceId: invoice.Id, status: 'DELETED' });
    expect(listed.totals).toEqual([]);
    expect(dealProperties().qbo_invoice_status).toBe('DELETED');
  });

  it('never writes the deal’s properties from an invoice in another currency', async () => {
    const books = bookkeeper(qbo, qbo.realms.global);
    const realm = qbo.realm(qbo.realms.global);
    const invoice = await books.createInvoice('80.00', { currency: realm.homeCurrency });
    await link(invoice, qbo.realms.global);
    await books.pay([invoice.Id], ['20.00']);
    const listed = await open();
    expect(listed.invoices[0]).toMatchObject({ status: 'PARTIALLY_PAID', currency: 'GBP' });
    expect(dealProperties().qbo_invoice_status ?? '').toBe('');
  });

  it('answers the stored values, marked stale with why, when QuickBooks is down', async () => {
    const books = bookkeeper(qbo, qbo.realms.us);
    const invoice = await books.createInvoice('75.00');
    await link(invoice);
    await books.pay([invoice.Id], ['5.00']);
    qbo.faults.failNext(50, 503);
    const listed = await open();
    qbo.faults.failNext(0);
    expect(listed.invoices[0]).toMatchObject({ balance: '75.00', status: 'AWAITING_SEND' });
    expect(listed.freshness[0]?.state).toBe('stale');
    expect(listed.freshness[0]?.reason).toMatch(/did not answer in time/);
    expect(listed.freshness[0]?.confirmedAt).toMatch(/^\d{4}-/);
    // Once QuickBooks is back, the next open is right.
    expect((await open()).invoices[0]).toMatchObject({ balance: '70.00' });
  });

  it('costs one QuickBooks call per company when nothing changed', async () => {
    const books = bookkeeper(qbo, qbo.realms.us);
    await link(await books.createInvoice('10.00'));
    await link(await books.createInvoice('20.00'));
    await open();
    const before = qbo.requests.length;
    const answer = await open();
    expect(quickBooksApiCalls(qbo, before)).toHaveLength(1);
    expect(answer.companies).toBe('usable');
  });
});

describe('a payment split over two linked invoices', () => {
  it('is one note naming each invoice', async () => {
    const books = bookkeeper(qbo, qbo.realms.us);
    const first = await books.createInvoice('100.00');
    const second = await books.createInvoice('50.00');
    await link(first);
    await link(second);
    await books.pay([first.Id, second.Id], ['40.00', '50.00']);
    await open();
    const notes = notesOn(hubspot, '0-3', deal());
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain('Payment of $90.00');
    expect(notes[0]).toContain(`$40.00 for invoice ${first.DocNumber} (balance $60.00)`);
    expect(notes[0]).toContain(`$50.00 for invoice ${second.DocNumber} (paid in full)`);
  });
});

describe('Sync now (QuickBooks change feed)', () => {
  it('starts with a full re-read, then follows the change feed from its cursor', async () => {
    const books = bookkeeper(qbo, qbo.realms.us);
    const invoice = await books.createInvoice('60.00');
    await link(invoice);
    const first = await fns.run('invoices.syncNow', { realmId: qbo.realms.us });
    expect(first.data).toMatchObject({ mode: 'full', complete: true, invoicesChecked: 1 });

    await books.pay([invoice.Id], ['60.00']);
    const second = await fns.run('invoices.syncNow', { realmId: qbo.realms.us });
    expect(second.data).toMatchObject({
      mode: 'changes',
      complete: true,
      invoicesUpdated: 1,
      paymentsNoted: 1,
    });
    expect(dealProperties().qbo_invoice_status).toBe('PAID');

    const third = await fns.run('invoices.syncNow', { realmId: qbo.realms.us });
    expect(third.data).toMatchObject({ mode: 'changes', invoicesUpdated: 0, paymentsNoted: 0 });
    expect(notesOn(hubspot, '0-3', deal())).toHaveLength(1);
  });

  it('refuses a company that is not connected', async () => {
    const result = await fns.run('invoices.syncNow', { realmId: '999999' });
    expect(result.error).toMatchObject({ code: 'NOT_FOUND', field: 'input.realmId' });
  });
});

describe('QuickBooks webhooks', () => {
  async function deliver(
    body: string,
    signature = webhookSignature(qbo.app.webhookVerifierToken, body),
  ) {
    return fns.quickbooksWebhooks({
      method: 'POST',
      headers: { 'intuit-signature': signature, 'content-type': 'application/cloudevents+json' },
      rawBody: body,
    });
  }

  const paymentEvent = (id: string, eventId: string) =>
    JSON.stringify([
      {
        specversion: '1.0',
        id: eventId,
        source: 'intuit.quickbooks.accounting',
        type: 'qbo.payment.created.v1',
        time: new Date().toISOString(),
        intuitentityid: id,
        intuitaccountid: qbo.realms.us,
        data: {},
      },
    ]);

  it('applies a signed delivery once; a replay changes nothing', async () => {
    const books = bookkeeper(qbo, qbo.realms.us);
    const invoice = await books.createInvoice('40.00');
    await link(invoice);
    const payment = await books.pay([invoice.Id], ['15.00']);
    const body = paymentEvent(payment.Id, 'evt-1');
    const first = await deliver(body);
    expect(first.statusCode).toBe(200);
    expect(JSON.parse(first.body)).toEqual({ received: 1, duplicates: 0, applied: 1 });
    const stored = await services().invoiceLinks.get(qbo.realms.us, invoice.Id);
    expect(stored).toMatchObject({ balance: '25.00', storedStatus: 'PARTIALLY_PAID' });
    expect(notesOn(hubspot, '0-3', deal())).toHaveLength(1);

    const before = hubspot.requests.length;
    const replay = await deliver(body);
    expect(JSON.parse(replay.body)).toEqual({ received: 1, duplicates: 1, applied: 0 });
    expect(hubspot.requests.length).toBe(before);
  });

  it('accepts Intuit’s legacy shape too', async () => {
    const books = bookkeeper(qbo, qbo.realms.us);
    const invoice = await books.createInvoice('40.00');
    await link(invoice);
    await books.send(invoice.Id);
    const body = JSON.stringify({
      eventNotifications: [
        {
          realmId: qbo.realms.us,
          dataChangeEvent: {
            entities: [
              {
                name: 'Invoice',
                id: invoice.Id,
                operation: 'Update',
                lastUpdated: new Date().toISOString(),
              },
            ],
          },
        },
      ],
    });
    expect((await deliver(body)).statusCode).toBe(200);
    expect((await services().invoiceLinks.get(qbo.realms.us, invoice.Id))?.emailStatus).toBe(
      'EmailSent',
    );
  });

  it('ignores companies that are not connected', async () => {
    const body = JSON.stringify([
      {
        specversion: '1.0',
        id: 'evt-x',
        source: 'intuit.quickbooks.accounting',
        type: 'qbo.invoice.updated.v1',
        time: new Date().toISOString(),
        intuitentityid: '1',
        intuitaccountid: '424242',
        data: {},
      },
    ]);
    const before = qbo.requests.length;
    expect((await deliver(body)).statusCode).toBe(200);
    expect(quickBooksApiCalls(qbo, before)).toEqual([]);
  });

  it('refuses 100 forged, truncated or re-signed bodies with 401 and touches nothing', async () => {
    const books = bookkeeper(qbo, qbo.realms.us);
    const invoice = await books.createInvoice('40.00');
    await link(invoice);
    const payment = await books.pay([invoice.Id], ['15.00']);
    const body = paymentEvent(payment.Id, 'evt-2');
    const good = webhookSignature(qbo.app.webhookVerifierToken, body);
    const hubspotBefore = hubspot.requests.length;
    const qboBefore = qbo.requests.length;
    const attempts: Array<[string, string]> = [];
    for (let n = 0; n < 25; n += 1) {
      attempts.push([body.slice(0, body.length - 1 - n), good]); // truncated
      attempts.push([body.replace('evt-2', `evt-${n}x`), good]); // altered
      attempts.push([body, webhookSignature(`wrong-token-${n}`, body)]); // signed with another key
      attempts.push([body, n % 2 ? '' : `${good.slice(0, -4)}AAA=`]); // missing or forged
    }
    for (const [raw, signature] of attempts) {
      const answer = await deliver(raw, signature);
      expect(answer.statusCode).toBe(401);
    }
    expect(hubspot.requests.length).toBe(hubspotBefore);
    expect(qbo.requests.length).toBe(qboBefore);
  });
});

describe('preview and send from the record', () => {
  const onDeal = (op: string, input: unknown) =>
    fns.run(op, input, { objectTypeId: '0-3', objectId: deal() });

  it('previews a linked invoice as QuickBooks has it, with its payments', async () => {
    const books = bookkeeper(qbo, qbo.realms.us);
    const invoice = await books.createInvoice('200.00');
    await link(invoice);
    await books.pay([invoice.Id], ['50.00'], { PaymentRefNum: 'CHK-12' });
    const result = await onDeal('invoices.preview', {
      objectType: 'deals',
      realmId: qbo.realms.us,
      invoiceId: invoice.Id,
      timeZone: 'America/New_York',
    });
    expect(result.error).toBeUndefined();
    const detail = result.data as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(detail.invoice).toMatchObject({ balance: '150.00', status: 'PARTIALLY_PAID' });
    expect(detail.billEmail).toBe('billing@example.com');
    expect(detail.lines).toHaveLength(1);
    expect(detail.payments).toEqual([
      expect.objectContaining({ amount: '50.00', reference: 'CHK-12' }),
    ]);
    expect(detail.quickBooksUrl).toContain(`txnId=${invoice.Id}`);
    expect(detail.paymentLink).toMatch(/^https:\/\/connect\.intuit\.com\//);
    // The preview brought the stored link up to date too.
    expect((await services().invoiceLinks.get(qbo.realms.us, invoice.Id))?.balance).toBe('150.00');
  });

  it('refuses an invoice that is not linked to the record the card is on', async () => {
    const books = bookkeeper(qbo, qbo.realms.us);
    const invoice = await books.createInvoice('200.00');
    await link(invoice);
    const other = await fns.run(
      'invoices.preview',
      { objectType: 'deals', realmId: qbo.realms.us, invoiceId: invoice.Id },
      { objectTypeId: '0-3', objectId: hubspot.demo.deals.expiredQuote },
    );
    expect(other.error).toMatchObject({ code: 'NOT_FOUND', field: 'input.invoiceId' });
    const unlinked = await onDeal('invoices.send', {
      objectType: 'deals',
      realmId: qbo.realms.us,
      invoiceId: (await books.createInvoice('5.00')).Id,
      sendTo: null,
      requestId: '6f1c3a52-8d0e-4e57-9a55-0c1b8f7e2d11',
    });
    expect(unlinked.error).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('sends once per click, asks before sending again, and notes to whom', async () => {
    const books = bookkeeper(qbo, qbo.realms.us);
    const invoice = await books.createInvoice('200.00');
    await link(invoice);
    const input = {
      objectType: 'deals',
      realmId: qbo.realms.us,
      invoiceId: invoice.Id,
      sendTo: 'ana@example.com',
      requestId: '0b6b8d4e-1a2f-4c3d-8e9f-112233445566',
    };
    const sent = await onDeal('invoices.send', input);
    expect(sent.data).toMatchObject({ sentTo: 'ana@example.com', noted: true });
    expect((sent.data as { invoice: InvoiceSummary }).invoice.status).toBe('SENT');
    expect(dealProperties().qbo_invoice_status).toBe('SENT');
    const notes = notesOn(hubspot, '0-1', contact());
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain('was emailed to ana@example.com through QuickBooks');

    // The same click again (a retry after a lost answer) is refused before QuickBooks emails twice.
    const again = await onDeal('invoices.send', input);
    expect(again.error).toMatchObject({ code: 'CONFLICT', field: 'input.confirmResend' });
    const confirmed = await onDeal('invoices.send', {
      ...input,
      confirmResend: true,
      requestId: 'c9a1f0de-7b6a-4f1e-9c2d-aabbccddeeff',
    });
    expect(confirmed.ok).toBe(true);
    expect(notesOn(hubspot, '0-1', contact())).toHaveLength(2);
    const bad = await onDeal('invoices.send', { ...input, sendTo: 'nobody' });
    expect(bad.error).toMatchObject({ code: 'INVALID_INPUT', field: 'input.sendTo' });
  });
});

describe('the change feed on card opens', () => {
  it('catches the company up once the cursor is a few minutes old, and re-reads everything past 30 days', async () => {
    const clock = (await import('../support/virtual-clock')).virtualClock();
    const timed = functionsAgainst(hubspot, secrets, { clock });
    const books = bookkeeper(qbo, qbo.realms.us);
    const mine = await books.createInvoice('30.00');
    const elsewhere = await books.createInvoice('40.00');
    await link(mine);
    await link(elsewhere, qbo.realms.us);
    const open = () =>
      timed.run(
        'invoices.listForRecord',
        { objectType: 'deals', timeZone: 'UTC' },
        { objectTypeId: '0-3', objectId: deal() },
      );
    await open(); // by id; starts the cursor
    const cursorOf = () =>
      hubspot.store
        .list(hubspot.store.schemas().find((s) => s.name === 'qbo_connection')!.objectTypeId)
        .find((record) => record.properties.realm_id === qbo.realms.us)!.properties;
    expect(cursorOf().sync_cursor).toBeTruthy();

    await books.pay([elsewhere.Id], ['40.00']);
    clock.advance(10 * 60_000);
    const before = qbo.requests.length;
    await open();
    const calls = quickBooksApiCalls(qbo, before).map((r) => r.path);
    expect(calls.some((path) => path.endsWith('/cdc'))).toBe(true);
    expect(calls).toHaveLength(1);
    expect((await services().invoiceLinks.get(qbo.realms.us, elsewhere.Id))?.balance).toBe('0.00');

    clock.advance(31 * 24 * 60 * 60_000);
    const sync = await timed.run('invoices.syncNow', { realmId: qbo.realms.us });
    expect(sync.data).toMatchObject({ mode: 'full', complete: true, invoicesChecked: 2 });
  });
});

describe('reminders', () => {
  const tasksOnDeal = () =>
    hubspot.store
      .list('0-27')
      .filter((task) =>
        hubspot.store.associations('0-27', task.id, '0-3').some((link) => link.id === deal()),
      )
      .map((task) => task.properties);

  it('creates a task for the deal’s owner once per invoice and reason, and none once turned off', async () => {
    const saved = await fns.run('reminders.save', {
      realmId: qbo.realms.us,
      settings: { unsentAfterDays: null, overdue: true, paidInFull: true },
    });
    expect(saved.ok).toBe(true);
    expect((await fns.run('reminders.get', { realmId: qbo.realms.us })).data).toEqual({
      realmId: qbo.realms.us,
      settings: { unsentAfterDays: null, overdue: true, paidInFull: true },
    });
    const books = bookkeeper(qbo, qbo.realms.us);
    const late = await books.createInvoice('90.00', {
      txnDate: '2020-01-01',
      dueDate: '2020-01-31',
    });
    await link(late);
    await open();
    await open();
    let tasks = tasksOnDeal();
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({ hs_task_status: 'NOT_STARTED' });
    expect(tasks[0]?.hs_task_subject).toBe(`Follow up: invoice ${late.DocNumber} is overdue`);
    expect(tasks[0]?.hubspot_owner_id ?? null).toBe(
      hubspot.store.get('0-3', deal())?.properties.hubspot_owner_id ?? null,
    );

    await books.pay([late.Id], ['90.00']);
    await open();
    tasks = tasksOnDeal();
    expect(tasks.map((task) => task.hs_task_subject)).toContain(
      `Invoice ${late.DocNumber} is paid in full`,
    );
    expect(tasks).toHaveLength(2);

    await fns.run('reminders.save', {
      realmId: qbo.realms.us,
      settings: { unsentAfterDays: null, overdue: false, paidInFull: false },
    });
    const another = await books.createInvoice('10.00', {
      txnDate: '2020-01-01',
      dueDate: '2020-01-31',
    });
    await link(another);
    await open();
    expect(tasksOnDeal()).toHaveLength(2);
  });

  it('reminds of a draft still unsent N days after its date', async () => {
    await fns.run('reminders.save', {
      realmId: qbo.realms.us,
      settings: { unsentAfterDays: 3, overdue: false, paidInFull: false },
    });
    const books = bookkeeper(qbo, qbo.realms.us);
    const fresh = await books.createInvoice('10.00');
    await link(fresh);
    await open();
    expect(tasksOnDeal()).toHaveLength(0);
    const old = await books.createInvoice('12.00', {
      txnDate: '2026-01-01',
      dueDate: '2099-01-01',
    });
    await link(old);
    await open();
    const tasks = tasksOnDeal();
    expect(tasks).toHaveLength(1);
    expect(tasks[0]?.hs_task_subject).toMatch(new RegExp(`^Send invoice ${old.DocNumber} to `));
  });
});

describe('a full re-read of many linked invoices', () => {
  it('goes in chunks a call can finish and resumes where the last call stopped', async () => {
    const realm = qbo.realm(qbo.realms.us);
    const customer = realm.customers()[0]!;
    const item = realm.items().find((i) => i.Type === 'Service')!;
    const created = Array.from({ length: 250 }, (_, n) =>
      realm.create('Invoice', {
        CustomerRef: { value: customer.Id },
        Line: [
          {
            DetailType: 'SalesItemLineDetail',
            Amount: 10 + n,
            SalesItemLineDetail: { ItemRef: { value: item.Id }, Qty: 1, UnitPrice: 10 + n },
          },
        ],
      }),
    ) as unknown as Array<{ Id: string; DocNumber?: string; TotalAmt: number }>;
    for (const invoice of created) await link(invoice);
    // A call budget that leaves room for one step only (on a clock that does not move by itself).
    const { virtualClock } = await import('../support/virtual-clock');
    const short = functionsAgainst(hubspot, secrets, { budgetMs: 3_000, clock: virtualClock() });
    const first = await short.run('invoices.syncNow', { realmId: qbo.realms.us });
    expect(first.data).toMatchObject({ mode: 'full', complete: false, invoicesChecked: 200 });
    const second = await short.run('invoices.syncNow', { realmId: qbo.realms.us });
    expect(second.data).toMatchObject({ mode: 'full', complete: true, invoicesChecked: 50 });
    const third = await short.run('invoices.syncNow', { realmId: qbo.realms.us });
    expect(third.data).toMatchObject({ mode: 'changes', complete: true });
  });
});

describe('time passing without any change in QuickBooks', () => {
  it('writes Overdue to the link and the deal once the due date passes, though the change feed saw nothing', async () => {
    const { virtualClock } = await import('../support/virtual-clock');
    const clock = virtualClock();
    const timed = functionsAgainst(hubspot, secrets, { clock });
    const books = bookkeeper(qbo, qbo.realms.us);
    const tomorrow = new Date(clock.now() + 24 * 60 * 60_000).toISOString().slice(0, 10);
    const invoice = await books.createInvoice('45.00', { dueDate: tomorrow });
    await link(invoice);
    const open = () =>
      timed.run(
        'invoices.listForRecord',
        { objectType: 'deals', timeZone: 'UTC' },
        { objectTypeId: '0-3', objectId: deal() },
      );
    await open();
    expect(dealProperties().qbo_invoice_status).toBe('AWAITING_SEND');
    // Ten minutes on (both clocks): the change feed catches up past the invoice's creation.
    clock.advance(10 * 60_000);
    qbo.clock.advance(10 * 60_000);
    await open();
    // Three days on, nothing changed in QuickBooks: the feed lists nothing, yet the invoice fell due.
    clock.advance(3 * 24 * 60 * 60_000);
    qbo.clock.advance(3 * 24 * 60 * 60_000);
    const before = qbo.requests.length;
    const listed = (await open()).data as Listed;
    expect(quickBooksApiCalls(qbo, before).map((r) => r.path.split('/').at(-1))).toEqual([
      'cdc',
      'query',
    ]);
    expect(listed.invoices[0]?.status).toBe('OVERDUE');
    expect(dealProperties().qbo_invoice_status).toBe('OVERDUE');
    expect((await services().invoiceLinks.get(qbo.realms.us, invoice.Id))?.storedStatus).toBe(
      'OVERDUE',
    );
  });
});

describe('two triggers at the same instant', () => {
  it('note a payment once between them', async () => {
    const books = bookkeeper(qbo, qbo.realms.us);
    const invoice = await books.createInvoice('70.00');
    await link(invoice);
    await books.pay([invoice.Id], ['20.00']);
    const other = functionsAgainst(hubspot, secrets);
    const record = { objectTypeId: '0-3', objectId: deal() };
    const input = { objectType: 'deals', timeZone: 'UTC' };
    await Promise.all([
      fns.run('invoices.listForRecord', input, record),
      other.run('invoices.listForRecord', input, record),
      fns.run('invoices.listForRecord', input, { objectTypeId: '0-1', objectId: contact() }),
    ]);
    // Whichever lost the race notes nothing now; the next open finds the note and marks it.
    await open();
    expect(notesOn(hubspot, '0-3', deal())).toHaveLength(1);
    expect((await services().invoiceLinks.get(qbo.realms.us, invoice.Id))?.paymentsNoted).toEqual([
      { paymentId: expect.any(String), amount: '20.00' },
    ]);
  });
});
