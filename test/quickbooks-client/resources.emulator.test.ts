import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { isQboFault, QboValidationError } from '../../serverless/quickbooks/errors';
import { select } from '../../serverless/quickbooks/query';
import { question } from '../../serverless/quickbooks/resources/batch';
import { customerSchema } from '../../serverless/quickbooks/resources/customers';
import { termSchema } from '../../serverless/quickbooks/resources/terms';
import { paymentApplications } from '../../serverless/quickbooks/resources/payments';
import type { InvoiceCreate } from '../../serverless/quickbooks/resources/invoices';
import { useEmulator } from './harness';

const h = useEmulator();
const write = (key: string) => ({ idempotencyKey: key, timeoutMs: 5_000 });

function activeItem(realmId: string, name: string) {
  const item = h.emulator
    .realm(realmId)
    .items()
    .find((i) => i.Name === name && i.Active !== false);
  if (!item) throw new Error(`demo item ${name} missing`);
  return item;
}

function activeCustomer(realmId: string, currency?: string) {
  const customer = h.emulator
    .realm(realmId)
    .customers()
    .find((c) => c.Active && (!currency || c.CurrencyRef?.value === currency));
  if (!customer) throw new Error('demo customer missing');
  return customer;
}

function usInvoice(): InvoiceCreate {
  const item = activeItem(h.us, 'Gardening');
  const customer = activeCustomer(h.us);
  return {
    CustomerRef: { value: customer.Id },
    TxnDate: '2026-11-20',
    Line: [
      {
        DetailType: 'SalesItemLineDetail',
        Amount: new Decimal('70.50'),
        Description: 'Autumn tidy-up',
        SalesItemLineDetail: { ItemRef: { value: item.Id }, Qty: '2', UnitPrice: '35.25' },
      },
    ],
  };
}

describe('company', () => {
  it('describes the US demo company', async () => {
    const profile = await h.client.forRealm(h.us).company.profile();
    expect(profile).toMatchObject({
      realmId: h.us,
      country: 'US',
      taxModel: 'us',
      homeCurrency: 'USD',
      multiCurrency: false,
      customTxnNumbers: false,
    });
    expect(profile.companyName).toContain('Demo US');
    expect(profile.defaultTermsId).toBeDefined();
    expect(profile.defaultCustomerMessage).toBeTruthy();
  });

  it('describes the global demo company: multi-currency and custom numbers on', async () => {
    const company = h.client.forRealm(h.global).company;
    const [info, preferences, profile] = await Promise.all([
      company.info(),
      company.preferences(),
      company.profile(),
    ]);
    expect(info.Country).toBe('GB');
    expect(preferences.CurrencyPrefs?.HomeCurrency?.value).toBe('GBP');
    expect(profile).toMatchObject({
      taxModel: 'global',
      homeCurrency: 'GBP',
      multiCurrency: true,
      customTxnNumbers: true,
    });
  });
});

describe('customers', () => {
  it('finds a customer whose name has an apostrophe, exactly', async () => {
    const found = await h.client.forRealm(h.us).customers.findByDisplayName("Amy's Bird Sanctuary");
    expect(found?.DisplayName).toBe("Amy's Bird Sanctuary");
    const missing = await h.client.forRealm(h.us).customers.findByDisplayName("Amy's Bird");
    expect(missing).toBeUndefined();
  });

  it('queries, counts and gets customers', async () => {
    const customers = h.client.forRealm(h.us).customers;
    const active = h.emulator
      .realm(h.us)
      .customers()
      .filter((c) => c.Active);
    expect(await customers.count()).toBe(active.length);
    const page = await customers.page(select('Customer').orderBy('DisplayName').maxResults(5));
    expect(page.rows).toHaveLength(5);
    expect(page.nextStartPosition).toBe(6);
    const sorted = active
      .map((c) => c.DisplayName)
      .sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
    expect(page.rows.map((c) => c.DisplayName)).toEqual(sorted.slice(0, 5));
    const first = page.rows[0];
    if (!first) throw new Error('no customer');
    expect((await customers.get(first.Id)).DisplayName).toBe(first.DisplayName);
  });

  it('creates a customer and changes only what a sparse update sends', async () => {
    const customers = h.client.forRealm(h.us).customers;
    const created = await customers.create(
      {
        DisplayName: 'Zoë Müller & Söhne',
        CompanyName: 'Müller GmbH',
        PrimaryEmailAddr: { Address: 'zoe@mueller.example' },
        BillAddr: { Line1: '1 Hauptstraße', City: 'Berlin', Country: 'DE' },
      },
      write('customer-create-1'),
    );
    expect(created.Id).toBeTruthy();
    expect(created.SyncToken).toBe('0');
    const updated = await customers.update(
      {
        Id: created.Id,
        SyncToken: created.SyncToken,
        PrimaryEmailAddr: { Address: 'z@m.example' },
      },
      write('customer-update-1'),
    );
    expect(updated.SyncToken).toBe('1');
    expect(updated.PrimaryEmailAddr?.Address).toBe('z@m.example');
    expect(updated.CompanyName).toBe('Müller GmbH');
    expect(h.emulator.realm(h.us).get('Customer', created.Id)?.DisplayName).toBe(
      'Zoë Müller & Söhne',
    );
  });

  it('refuses a write without an idempotency key at compile time', () => {
    const customers = h.client.forRealm(h.us).customers;
    // @ts-expect-error idempotencyKey is required on writes
    const attempt = () => customers.create({ DisplayName: 'x' }, { timeoutMs: 1 });
    expect(typeof attempt).toBe('function');
  });
});

describe('items', () => {
  it('pages through active sellable items by name and leaves inactive ones out', async () => {
    const items = h.client.forRealm(h.us).items;
    const names: string[] = [];
    let start: number | undefined = 1;
    let pages = 0;
    while (start !== undefined) {
      const page = await items.search({ startPosition: start, pageSize: 4 });
      names.push(...page.rows.map((i) => i.Name));
      start = page.nextStartPosition;
      pages++;
    }
    const expected = h.emulator
      .realm(h.us)
      .items()
      .filter(
        (i) =>
          i.Active !== false && ['Service', 'Inventory', 'NonInventory'].includes(String(i.Type)),
      )
      .map((i) => i.Name)
      .sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
    expect(names).toEqual(expected);
    expect(pages).toBeGreaterThan(2);
    const inactive = h.emulator
      .realm(h.us)
      .items()
      .filter((i) => i.Active === false);
    expect(inactive.length).toBeGreaterThan(0);
    for (const item of inactive) expect(names).not.toContain(item.Name);
  });

  it('searches by text and matches SKUs and names', async () => {
    const items = h.client.forRealm(h.us).items;
    const sprinklers = await items.search({ text: 'sprinkler' });
    expect(sprinklers.rows.map((i) => i.Name).sort()).toEqual([
      'Sprinkler Heads',
      'Sprinkler Pipes',
    ]);
    const bySku = await items.findBySkus(['MULCH-BAG', 'NO-SUCH-SKU']);
    expect(bySku.map((i) => i.Name)).toEqual(['Mulch']);
    expect(bySku[0]?.UnitPrice).toBe('6.25');
    const byName = await items.findByNames(['Pump', 'Soil']);
    expect(byName.map((i) => i.Name).sort()).toEqual(['Pump', 'Soil']);
    const one = await items.get(bySku[0]?.Id ?? '');
    expect(one.Sku).toBe('MULCH-BAG');
  });
});

describe('terms, tax and exchange rates', () => {
  it('lists active terms and reads one', async () => {
    const terms = h.client.forRealm(h.us).terms;
    const list = await terms.list();
    expect(list.map((t) => t.Name)).toContain('Net 30');
    const net30 = list.find((t) => t.Name === 'Net 30');
    expect((await terms.get(net30?.Id ?? '')).DueDays).toBe(30);
  });

  it('lists tax codes and rates of the global company', async () => {
    const tax = h.client.forRealm(h.global).tax;
    const codes = await tax.codes();
    const standard = codes.find((c) => c.Name === '20.0% S');
    expect(standard).toBeDefined();
    const rates = await tax.rates();
    expect(rates.find((r) => r.Name === '20.0% S')?.RateValue).toBe('20');
    const rateRef = standard?.SalesTaxRateList?.TaxRateDetail?.[0]?.TaxRateRef.value;
    expect((await tax.rate(rateRef ?? '')).RateValue).toBe('20');
    expect((await tax.code(standard?.Id ?? '')).Name).toBe('20.0% S');
  });

  it('reads an exchange rate as exact decimal text', async () => {
    const rate = await h.client
      .forRealm(h.global)
      .exchangeRates.get({ sourceCurrency: 'EUR', asOfDate: '2026-11-20' });
    expect(rate.SourceCurrencyCode).toBe('EUR');
    expect(rate.TargetCurrencyCode).toBe('GBP');
    expect(rate.Rate).toMatch(/^\d+(\.\d+)?$/);
    expect(new Decimal(rate.Rate).gt(0)).toBe(true);
    await expect(
      h.client.forRealm(h.global).exchangeRates.get({ sourceCurrency: 'eur' }),
    ).rejects.toThrow(RangeError);
  });
});

describe('invoices', () => {
  it('creates, reads, queries, updates, sends, prints and voids a US invoice', async () => {
    const invoices = h.client.forRealm(h.us).invoices;
    const created = await invoices.create(usInvoice(), write('submission-us-1'));
    expect(created.TotalAmt).toBeDefined();
    expect(created.Line[0]?.Amount).toBe('70.5');
    expect(created.DocNumber).toBeTruthy();

    const read = await invoices.get(created.Id);
    expect(read.DocNumber).toBe(created.DocNumber);
    const byNumber = await invoices.page(
      select('Invoice').where('DocNumber', '=', created.DocNumber ?? ''),
    );
    expect(byNumber.rows.map((i) => i.Id)).toEqual([created.Id]);

    const updated = await invoices.update(
      { Id: created.Id, SyncToken: created.SyncToken, CustomerMemo: { value: 'Thanks!' } },
      write('submission-us-1:memo'),
    );
    expect(updated.CustomerMemo?.value).toBe('Thanks!');
    expect(updated.Line).toHaveLength(created.Line.length);

    const sent = await invoices.send(created.Id, { ...write('send-1'), sendTo: 'ap@example.com' });
    expect(sent.EmailStatus).toBe('EmailSent');

    const pdf = await invoices.pdf(created.Id);
    expect(Buffer.isBuffer(pdf)).toBe(true);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const voided = await invoices.void({ Id: sent.Id, SyncToken: sent.SyncToken }, write('void-1'));
    expect(new Decimal(voided.TotalAmt ?? '1').isZero()).toBe(true);
    expect(h.emulator.realm(h.us).voidedInvoiceIds()).toContain(created.Id);
  });

  it('deletes an invoice', async () => {
    const invoices = h.client.forRealm(h.us).invoices;
    const created = await invoices.create(usInvoice(), write('submission-us-delete'));
    const deleted = await invoices.delete(created, write('delete-1'));
    expect(deleted).toMatchObject({ Id: created.Id, status: 'Deleted' });
    const error = await invoices.get(created.Id).catch((caught: unknown) => caught);
    expect(isQboFault(error, '610')).toBe(true);
  });

  it('creates a foreign-currency invoice with our number, tax code and exchange rate', async () => {
    const global = h.client.forRealm(h.global);
    const customer = activeCustomer(h.global, 'EUR');
    const item = activeItem(h.global, 'Design Hour');
    const standard = (await global.tax.codes()).find((c) => c.Name === '20.0% S');
    const created = await global.invoices.create(
      {
        CustomerRef: { value: customer.Id },
        CurrencyRef: { value: 'EUR' },
        ExchangeRate: '0.8685',
        DocNumber: 'HS-2026-0001',
        GlobalTaxCalculation: 'TaxExcluded',
        Line: [
          {
            DetailType: 'SalesItemLineDetail',
            Amount: '170',
            SalesItemLineDetail: {
              ItemRef: { value: item.Id },
              Qty: '2',
              UnitPrice: '85',
              TaxCodeRef: { value: standard?.Id ?? '' },
            },
          },
        ],
      },
      write('submission-gb-1'),
    );
    expect(created.DocNumber).toBe('HS-2026-0001');
    expect(created.CurrencyRef?.value).toBe('EUR');
    expect(created.ExchangeRate).toBe('0.8685');
    expect(created.TxnTaxDetail?.TotalTax).toBe('34');
    expect(created.TotalAmt).toBe('204');
  });

  it('pages invoices and reads their payments', async () => {
    const us = h.client.forRealm(h.us);
    const all = [];
    for await (const invoice of us.invoices.all(select('Invoice').orderBy('Id'), { pageSize: 3 })) {
      all.push(invoice);
    }
    expect(all).toHaveLength(h.emulator.realm(h.us).invoices().length);
    expect(await us.invoices.count()).toBe(all.length);
    const paid = all.find((i) => (i.LinkedTxn ?? []).some((t) => t.TxnType === 'Payment'));
    const paymentId = paid?.LinkedTxn?.find((t) => t.TxnType === 'Payment')?.TxnId ?? '';
    const payment = await us.payments.get(paymentId);
    expect(paymentApplications(payment).map((a) => a.invoiceId)).toContain(paid?.Id);
    const byCustomer = await us.payments.page(
      select('Payment').where('CustomerRef', '=', payment.CustomerRef.value),
    );
    expect(byCustomer.rows.map((p) => p.Id)).toContain(payment.Id);
    const everyPayment = [];
    for await (const p of us.payments.all()) everyPayment.push(p);
    expect(everyPayment).toHaveLength(h.emulator.realm(h.us).payments().length);
  });
});

describe('change data capture and batch', () => {
  it('reports created, updated and deleted objects since a time', async () => {
    const us = h.client.forRealm(h.us);
    const since = new Date(h.emulator.clock.now().getTime() - 1_000);
    const customer = await us.customers.create({ DisplayName: 'CDC Customer' }, write('cdc-c'));
    const invoice = await us.invoices.create(usInvoice(), write('cdc-i'));
    const doomed = await us.invoices.create(usInvoice(), write('cdc-d'));
    await us.invoices.delete(doomed, write('cdc-d-delete'));
    const result = await us.cdc.changedSince(['Customer', 'Invoice', 'Payment'], since);
    expect(result.changes.Customer.map((c) => c.Id)).toContain(customer.Id);
    expect(result.changes.Invoice.map((i) => i.Id)).toContain(invoice.Id);
    const tombstone = result.changes.Invoice.find((i) => i.Id === doomed.Id);
    expect(tombstone?.status).toBe('Deleted');
    expect(Array.isArray(result.changes.Payment)).toBe(true);
  });

  it('splits long batches into requests of 30 and reports each item', async () => {
    const us = h.client.forRealm(h.us);
    const operations = Array.from({ length: 35 }, (_, index) => ({
      bId: `c${index}`,
      operation: 'create' as const,
      entity: 'Customer' as const,
      body: { DisplayName: `Batch Customer ${index}` },
    }));
    operations[34] = { ...operations[34]!, body: { DisplayName: "Amy's Bird Sanctuary" } };
    const before = h.emulator.requests.length;
    const results = await us.batch.run(
      [
        ...operations,
        { bId: 'q', query: select('Customer').where('DisplayName', '=', 'Batch Customer 3') },
      ],
      write('batch-1'),
    );
    const batchCalls = h.emulator.requests.slice(before).filter((r) => r.path.endsWith('/batch'));
    expect(batchCalls).toHaveLength(2);
    expect(batchCalls.every((r) => r.requestId && r.requestId.length <= 50)).toBe(true);
    expect(new Set(batchCalls.map((r) => r.requestId)).size).toBe(2);
    expect(results).toHaveLength(36);
    expect(results.filter((r) => r.ok && r.entity === 'Customer')).toHaveLength(34);
    const failed = results.find((r) => r.bId === 'c34');
    expect(failed?.ok).toBe(false);
    if (failed && !failed.ok) {
      expect(failed.error).toBeInstanceOf(QboValidationError);
      expect(failed.error.qboCode).toBe('6240');
    }
    const query = results.find((r) => r.bId === 'q');
    expect(query?.ok && query.entity).toBe('QueryResponse');
  });
});

describe('typed batch questions', () => {
  it('answers named questions with typed rows in one request, split queries joined, absent ones empty', async () => {
    const us = h.client.forRealm(h.us);
    const customers = h.emulator
      .realm(h.us)
      .customers()
      .filter((c) => c.Active !== false);
    const [first, second] = customers;
    const before = h.emulator.requests.length;
    const answers = await us.batch.answer(
      {
        both: question(
          [
            select('Customer').where('Id', '=', first!.Id),
            select('Customer').where('Id', '=', second!.Id),
          ],
          customerSchema,
        ),
        terms: question(select('Term').where('Active', '=', true), termSchema),
        skipped: undefined,
      },
      { deadline: Date.now() + 5_000 },
    );
    const calls = h.emulator.requests.slice(before).filter((r) => r.path.endsWith('/batch'));
    expect(calls).toHaveLength(1);
    expect(answers.both.map((customer) => customer.Id)).toEqual([first!.Id, second!.Id]);
    expect(answers.terms.length).toBeGreaterThan(0);
    expect(answers.terms.every((term) => typeof term.Name === 'string')).toBe(true);
    expect(answers.skipped).toEqual([]);
  });

  it('asks nothing when every question is absent', async () => {
    const us = h.client.forRealm(h.us);
    const before = h.emulator.requests.length;
    expect(await us.batch.answer({ none: undefined }, { deadline: Date.now() + 5_000 })).toEqual({
      none: [],
    });
    expect(h.emulator.requests.length).toBe(before);
  });
});

describe('every call', () => {
  it('carries minorversion=75, and every write a requestid', async () => {
    const us = h.client.forRealm(h.us);
    await us.company.profile();
    await us.customers.create({ DisplayName: 'Minor Version Check' }, write('mv-1'));
    await us.invoices.create(usInvoice(), write('mv-2'));
    const api = h.emulator.requests.filter((r) => r.path.startsWith('/v3/company/'));
    expect(api.length).toBeGreaterThan(3);
    expect(api.every((r) => r.minorVersion === '75')).toBe(true);
    const writes = api.filter((r) => r.method === 'POST' && !r.path.endsWith('/query'));
    expect(writes.every((r) => typeof r.requestId === 'string' && r.requestId.length <= 50)).toBe(
      true,
    );
    expect(h.emulator.conformanceViolations).toEqual([]);
  });
});
