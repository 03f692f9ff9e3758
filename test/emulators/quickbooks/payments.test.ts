import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { QuickBooksEmulator } from '../../../emulators/quickbooks/index.js';
import { api, expectConforming, expectFault, start, type Api, type Json } from './test-helpers.js';

let emu: QuickBooksEmulator;
let us: Api;
let customer: string;
let invoice: Json;

beforeAll(async () => {
  emu = await start();
});
afterAll(async () => {
  expectConforming(emu);
  await emu.close();
});
beforeEach(async () => {
  emu.reset('demo');
  emu.limits.enabled = false;
  us = api(emu, emu.realms.us);
  customer =
    emu
      .realm(emu.realms.us)
      .customers()
      .find((c) => c.DisplayName === 'Mark Cho')?.Id ?? '';
  const design =
    emu
      .realm(emu.realms.us)
      .items()
      .find((i) => i.Name === 'Design')?.Id ?? '';
  invoice = (
    await us.post('/invoice', {
      CustomerRef: { value: customer },
      Line: [
        {
          DetailType: 'SalesItemLineDetail',
          Amount: 300,
          SalesItemLineDetail: { ItemRef: { value: design }, Qty: 4, UnitPrice: 75 },
        },
      ],
    })
  ).data.Invoice;
});

const pay = (amount: number, applied: number, invoiceId = invoice.Id as string) =>
  us.post('/payment', {
    CustomerRef: { value: customer },
    TotalAmt: amount,
    Line: [{ Amount: applied, LinkedTxn: [{ TxnId: invoiceId, TxnType: 'Invoice' }] }],
  });

const customerBalance = () =>
  emu
    .realm(emu.realms.us)
    .customers()
    .find((c) => c.Id === customer)?.Balance;

describe('payments', () => {
  it('reduce the invoice balance and link both ways', async () => {
    const before = customerBalance() ?? 0;
    const res = await pay(120, 120);
    expect(res.status).toBe(200);
    const p = res.data.Payment;
    expect(p).toMatchObject({ TotalAmt: 120, UnappliedAmt: 0 });
    expect(p.Line[0].LinkedTxn).toEqual([{ TxnId: invoice.Id, TxnType: 'Invoice' }]);
    const inv = (await us.get(`/invoice/${invoice.Id}`)).data.Invoice;
    expect(inv.Balance).toBe(180);
    expect(inv.TotalAmt).toBe(300);
    expect(inv.LinkedTxn).toEqual([{ TxnId: p.Id, TxnType: 'Payment' }]);
    expect(Number(inv.SyncToken)).toBe(Number(invoice.SyncToken) + 1);
    expect(customerBalance()).toBe(before - 120);
  });

  it('keep what is not applied as UnappliedAmt; paying in full leaves Balance 0', async () => {
    const p = (await pay(350, 300)).data.Payment;
    expect(p.UnappliedAmt).toBe(50);
    expect((await us.get(`/invoice/${invoice.Id}`)).data.Invoice.Balance).toBe(0);
  });

  it('cannot exceed the open balance or the payment total', async () => {
    expectFault(await pay(400, 301), 400, '6000');
    expectFault(await pay(100, 150), 400, '6000');
    expectFault(await us.post('/payment', { CustomerRef: { value: customer } }), 400, '2020');
    expectFault(await pay(10, 10, '99999'), 400, '2500');
  });

  it('deleting a payment restores the balance', async () => {
    const p = (await pay(100, 100)).data.Payment;
    const del = await us.post(
      '/payment',
      { Id: p.Id, SyncToken: p.SyncToken },
      { operation: 'delete' },
    );
    expect(del.data.Payment.status).toBe('Deleted');
    const inv = (await us.get(`/invoice/${invoice.Id}`)).data.Invoice;
    expect(inv.Balance).toBe(300);
    expect(inv.LinkedTxn).toEqual([]);
  });

  it('updating a payment re-applies it', async () => {
    const p = (await pay(100, 100)).data.Payment;
    const up = await us.post('/payment', {
      Id: p.Id,
      SyncToken: p.SyncToken,
      sparse: true,
      TotalAmt: 250,
      Line: [{ Amount: 250, LinkedTxn: [{ TxnId: invoice.Id, TxnType: 'Invoice' }] }],
    });
    expect(up.status).toBe(200);
    expect((await us.get(`/invoice/${invoice.Id}`)).data.Invoice.Balance).toBe(50);
  });

  it('voiding a paid invoice leaves the payment unapplied; voided invoices take no payments', async () => {
    const p = (await pay(100, 100)).data.Payment;
    const inv = (await us.get(`/invoice/${invoice.Id}`)).data.Invoice;
    await us.post('/invoice', { Id: inv.Id, SyncToken: inv.SyncToken }, { operation: 'void' });
    const after = (await us.get(`/payment/${p.Id}`)).data.Payment;
    expect(after.UnappliedAmt).toBe(100);
    expect(after.Line).toEqual([]);
    expectFault(await pay(10, 10), 400, '6000');
  });

  it('an invoice update keeps applied payments and cannot drop below them', async () => {
    await pay(100, 100);
    const inv = (await us.get(`/invoice/${invoice.Id}`)).data.Invoice;
    const line = inv.Line[0];
    const smaller = {
      ...line,
      Amount: 75,
      SalesItemLineDetail: { ...line.SalesItemLineDetail, Qty: 1 },
    };
    expectFault(
      await us.post('/invoice', {
        Id: inv.Id,
        SyncToken: inv.SyncToken,
        sparse: true,
        Line: [smaller],
      }),
      400,
      '6000',
    );
    const bigger = {
      ...line,
      Amount: 375,
      SalesItemLineDetail: { ...line.SalesItemLineDetail, Qty: 5 },
    };
    const up = await us.post('/invoice', {
      Id: inv.Id,
      SyncToken: inv.SyncToken,
      sparse: true,
      Line: [bigger],
    });
    expect(up.data.Invoice.Balance).toBe(275);
    expect(up.data.Invoice.LinkedTxn).toHaveLength(1);
  });
});
