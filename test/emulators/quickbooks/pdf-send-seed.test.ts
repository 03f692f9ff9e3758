import { describe, expect, it } from 'vitest';
import type { QuickBooksEmulator } from '../../../emulators/quickbooks/index.js';
import { api, type Api, useDemoEmulator } from './test-helpers.js';

let emu: QuickBooksEmulator;
let us: Api;
useDemoEmulator((context) => {
  ({ emu, us } = context);
});

describe('PDF and send', () => {
  it('returns a real PDF', async () => {
    const inv = emu.realm(emu.realms.us).invoices()[0];
    const res = await us.http.get(`/invoice/${inv?.Id}/pdf`, {
      responseType: 'arraybuffer',
      headers: { Accept: 'application/pdf' },
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const buf = Buffer.from(res.data as ArrayBuffer);
    expect(buf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(buf.subarray(-6).toString('latin1')).toContain('%%EOF');
  });

  it('gives the customer-facing link only when asked, from minor version 36, with a billing email', async () => {
    const invoices = emu.realm(emu.realms.us).invoices();
    const withEmail = invoices.find((i) => i.BillEmail?.Address && i.PrivateNote !== 'Voided');
    const without = invoices.find((i) => !i.BillEmail?.Address);
    const read = (id: string | undefined, params: Record<string, string>) =>
      us.get(`/invoice/${id}`, params).then((res) => res.data.Invoice);
    expect((await read(withEmail?.Id, { include: 'invoiceLink' })).InvoiceLink).toMatch(
      /^https:\/\/connect\.intuit\.com\//,
    );
    expect((await read(withEmail?.Id, {})).InvoiceLink).toBeUndefined();
    expect(
      (await read(withEmail?.Id, { include: 'invoiceLink', minorversion: '35' })).InvoiceLink,
    ).toBeUndefined();
    if (without)
      expect((await read(without.Id, { include: 'invoiceLink' })).InvoiceLink).toBeUndefined();
  });

  it('send marks the invoice EmailSent with DeliveryInfo and the address', async () => {
    const inv = emu
      .realm(emu.realms.us)
      .invoices()
      .find((i) => i.EmailStatus !== 'EmailSent' && i.PrivateNote !== 'Voided');
    const res = await us.http.post(`/invoice/${inv?.Id}/send`, undefined, {
      params: { sendTo: 'billing@customer.example', minorversion: '75' },
      headers: { 'Content-Type': 'application/octet-stream' },
    });
    expect(res.status).toBe(200);
    expect(res.data.Invoice).toMatchObject({
      EmailStatus: 'EmailSent',
      BillEmail: { Address: 'billing@customer.example' },
    });
    expect(res.data.Invoice.DeliveryInfo.DeliveryType).toBe('Email');
  });
});

describe('demo companies', () => {
  it('has invoices in every status in both companies', () => {
    for (const realmId of [emu.realms.us, emu.realms.global]) {
      const r = emu.realm(realmId);
      const today = '2025-06-16';
      const invs = r.invoices();
      const open = invs.filter((i) => !r.voidedInvoiceIds().includes(i.Id));
      expect(open.some((i) => i.EmailStatus === 'NotSet')).toBe(true);
      expect(open.some((i) => i.EmailStatus === 'NeedToSend')).toBe(true);
      expect(open.some((i) => i.EmailStatus === 'EmailSent' && i.DeliveryInfo)).toBe(true);
      expect(open.some((i) => i.Balance > 0 && i.Balance < i.TotalAmt)).toBe(true);
      expect(open.some((i) => i.Balance === 0 && i.TotalAmt > 0)).toBe(true);
      expect(open.some((i) => i.Balance > 0 && i.DueDate < today)).toBe(true);
      expect(invs.some((i) => i.PrivateNote === 'Voided' && i.TotalAmt === 0)).toBe(true);
    }
  });

  it('has the awkward names, inactive records and every item type', () => {
    const us = emu.realm(emu.realms.us);
    const names = us.customers().map((c) => c.DisplayName);
    expect(names).toContain("Sean O'Brien");
    expect(names).toContain('Zoë Müller');
    expect(us.customers().some((c) => !c.PrimaryEmailAddr)).toBe(true);
    expect(us.customers().filter((c) => !c.Active).length).toBeGreaterThanOrEqual(3);
    expect(new Set(us.items().map((i) => i.Type))).toEqual(
      new Set(['Service', 'Inventory', 'NonInventory', 'Group', 'Category']),
    );
    expect(us.items().some((i) => !i.Active)).toBe(true);
    expect(us.list('Vendor').map((v) => v.DisplayName)).toContain('Hicks Hardware');
    expect(us.customTxnNumbers).toBe(false);
    expect(us.list('Term').map((t) => t.Name)).toEqual([
      'Due on receipt',
      'Net 15',
      'Net 30',
      'Net 60',
      'Due on the 15th',
    ]);
  });

  it('the UK company: VAT codes, custom numbers INV-0001…INV-0042, EUR and USD customers, rates', () => {
    const gb = emu.realm(emu.realms.global);
    expect(gb.customTxnNumbers).toBe(true);
    expect(gb.multiCurrency).toBe(true);
    const numbers = gb
      .invoices()
      .map((i) => i.DocNumber)
      .sort();
    expect(numbers[0]).toBe('INV-0001');
    expect(numbers.at(-1)).toBe('INV-0042');
    expect(gb.list('TaxCode').map((t) => t.Name)).toEqual([
      '20.0% S',
      '5.0% R',
      '0.0% Z',
      'Exempt',
      'No VAT',
    ]);
    const currencies = new Set(gb.customers().map((c) => c.CurrencyRef.value));
    expect(currencies).toEqual(new Set(['GBP', 'EUR', 'USD']));
    const foreign = gb.invoices().filter((i) => i.CurrencyRef.value !== 'GBP');
    expect(foreign.length).toBeGreaterThan(0);
    expect(foreign.every((i) => i.ExchangeRate !== 1 && i.HomeTotalAmt !== undefined)).toBe(true);
    expect(gb.invoices().some((i) => i.GlobalTaxCalculation === 'TaxInclusive')).toBe(true);
  });

  it('is deterministic', async () => {
    const a = JSON.stringify(
      emu
        .realm(emu.realms.us)
        .invoices()
        .map((i) => [i.DocNumber, i.TotalAmt, i.Balance]),
    );
    emu.reset('demo');
    const b = JSON.stringify(
      emu
        .realm(emu.realms.us)
        .invoices()
        .map((i) => [i.DocNumber, i.TotalAmt, i.Balance]),
    );
    expect(b).toBe(a);
  });

  it('exchange rates are readable by date', async () => {
    const gb = api(emu, emu.realms.global);
    const res = await gb.get('/exchangerate', {
      sourcecurrencycode: 'EUR',
      asofdate: '2025-06-01',
    });
    expect(res.data.ExchangeRate).toMatchObject({
      SourceCurrencyCode: 'EUR',
      TargetCurrencyCode: 'GBP',
      AsOfDate: '2025-06-01',
    });
  });
});
