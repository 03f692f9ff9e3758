import { describe, expect, it } from 'vitest';
import type { QuickBooksEmulator } from '../../../emulators/quickbooks/index.js';
import { expectFault, type Api, type Json, useDemoEmulator } from './test-helpers.js';

let emu: QuickBooksEmulator;
let us: Api;
let gb: Api;
useDemoEmulator((context) => {
  ({ emu, us, gb } = context);
});

const find = (realm: string, entity: 'Customer' | 'Item' | 'TaxCode', name: string): string => {
  const key = entity === 'Customer' ? 'DisplayName' : 'Name';
  const hit = emu
    .realm(realm)
    .list(entity)
    .find((e) => e[key] === name);
  if (!hit) throw new Error(`${entity} ${name}`);
  return hit.Id;
};

function usLine(
  item: string,
  qty: number,
  price: number,
  tax: 'TAX' | 'NON',
  amount = Math.round(qty * price * 100) / 100,
) {
  return {
    DetailType: 'SalesItemLineDetail',
    Amount: amount,
    SalesItemLineDetail: {
      ItemRef: { value: find(emu.realms.us, 'Item', item) },
      Qty: qty,
      UnitPrice: price,
      TaxCodeRef: { value: tax },
    },
  };
}

function gbLine(item: string, qty: number, price: number, code: string) {
  return {
    DetailType: 'SalesItemLineDetail',
    Amount: Math.round(qty * price * 100) / 100,
    SalesItemLineDetail: {
      ItemRef: { value: find(emu.realms.global, 'Item', item) },
      Qty: qty,
      UnitPrice: price,
      TaxCodeRef: { value: find(emu.realms.global, 'TaxCode', code) },
    },
  };
}

const taxLines = (inv: Json) =>
  (inv.TxnTaxDetail.TaxLine ?? []).map((t: Json) => [
    t.TaxLineDetail.TaxRateRef.name,
    t.Amount,
    t.TaxLineDetail.NetAmountTaxable,
  ]);

describe('US sales tax', () => {
  const body = (extra: Record<string, unknown> = {}) => ({
    CustomerRef: { value: find(emu.realms.us, 'Customer', 'Cool Cars') },
    Line: [
      usLine('Design', 3, 75, 'NON'),
      usLine('Rock Fountain', 1, 275, 'TAX'),
      usLine('Sprinkler Heads', 10, 2, 'TAX'),
      {
        DetailType: 'DiscountLineDetail',
        Amount: 0,
        DiscountLineDetail: { PercentBased: true, DiscountPercent: 10 },
      },
    ],
    TxnTaxDetail: { TxnTaxCodeRef: { value: find(emu.realms.us, 'TaxCode', 'California') } },
    ...extra,
  });

  it('taxes the taxable subtotal at the combined rate, discount after tax by default', async () => {
    // subtotal 520; discount 10% = 52; taxable 295 × 8.25% = 24.3375 → 24.34; total 492.34
    const inv = (await us.post('/invoice', body())).data.Invoice;
    const sub = inv.Line.find((l: Json) => l.DetailType === 'SubTotalLineDetail');
    const disc = inv.Line.find((l: Json) => l.DetailType === 'DiscountLineDetail');
    expect(sub.Amount).toBe(520);
    expect(disc.Amount).toBe(52);
    expect(inv.TxnTaxDetail.TotalTax).toBe(24.34);
    expect(taxLines(inv)).toEqual([
      ['California State', 21.39, 295],
      ['Alameda County', 2.95, 295],
    ]);
    expect(inv.TotalAmt).toBe(492.34);
    expect(inv.Balance).toBe(492.34);
    expect(inv.HomeTotalAmt).toBeUndefined();
  });

  it('with ApplyTaxAfterDiscount the discount lowers the taxable amount pro rata', async () => {
    // taxable 295 − 52 × 295/520 (29.50) = 265.50; × 8.25% = 21.90375 → 21.90; total 468 + 21.90
    const inv = (await us.post('/invoice', body({ ApplyTaxAfterDiscount: true }))).data.Invoice;
    expect(inv.TxnTaxDetail.TotalTax).toBe(21.9);
    expect(inv.TotalAmt).toBe(489.9);
  });

  it('a fixed-amount discount and no transaction tax code', async () => {
    const b = body({ TxnTaxDetail: undefined });
    (b.Line[3] as Json).DiscountLineDetail = { PercentBased: false };
    (b.Line[3] as Json).Amount = 20.5;
    const inv = (await us.post('/invoice', b)).data.Invoice;
    expect(inv.TxnTaxDetail.TotalTax).toBe(0);
    expect(inv.TotalAmt).toBe(499.5);
  });

  it('Amount must equal Qty × UnitPrice rounded half-up to 2 dp', async () => {
    const cust = { value: find(emu.realms.us, 'Customer', 'Cool Cars') };
    const ok = await us.post('/invoice', {
      CustomerRef: cust,
      Line: [usLine('Design', 3, 3.335, 'NON', 10.01)],
    });
    expect(ok.data.Invoice.TotalAmt).toBe(10.01);
    const bad = await us.post('/invoice', {
      CustomerRef: cust,
      Line: [usLine('Design', 3, 75, 'NON', 200)],
    });
    expectFault(bad, 400, '6070');
  });

  it('defaults the line tax code from the item and rejects other codes', async () => {
    const cust = { value: find(emu.realms.us, 'Customer', 'Cool Cars') };
    const line = usLine('Pump', 1, 15, 'TAX') as Json;
    delete line.SalesItemLineDetail.TaxCodeRef;
    const inv = (await us.post('/invoice', { CustomerRef: cust, Line: [line] })).data.Invoice;
    expect(inv.Line[0].SalesItemLineDetail.TaxCodeRef.value).toBe('TAX');
    line.SalesItemLineDetail.TaxCodeRef = { value: 'VAT' };
    expectFault(await us.post('/invoice', { CustomerRef: cust, Line: [line] }), 400, '2500');
  });
});

describe('global VAT', () => {
  const cust = () => ({ value: find(emu.realms.global, 'Customer', 'Bramble & Birch Ltd') });

  it('tax excluded: VAT per rate on the discounted amounts', async () => {
    // 170 @20%, 40 @5%, 300 exempt; discount 51 shared 17/4/30 → bases 153/36/270
    // VAT 30.60 + 1.80 + 0 = 32.40; total 510 − 51 + 32.40 = 491.40
    const res = await gb.post('/invoice', {
      CustomerRef: cust(),
      DocNumber: 'T-1',
      GlobalTaxCalculation: 'TaxExcluded',
      Line: [
        gbLine('Design Hour', 2, 85, '20.0% S'),
        gbLine("Children's Car Seat Covers", 1, 40, '5.0% R'),
        gbLine('Training Course', 1, 300, 'Exempt'),
        {
          DetailType: 'DiscountLineDetail',
          Amount: 51,
          DiscountLineDetail: { PercentBased: false },
        },
      ],
    });
    const inv = res.data.Invoice;
    expect(inv.TxnTaxDetail.TotalTax).toBe(32.4);
    expect(taxLines(inv)).toEqual([
      ['20.0% S', 30.6, 153],
      ['5.0% R', 1.8, 36],
      ['Exempt', 0, 270],
    ]);
    expect(inv.TotalAmt).toBe(491.4);
    expect(inv.TxnTaxDetail.TxnTaxCodeRef).toBeUndefined();
  });

  it('tax inclusive: QBO works out the net amounts', async () => {
    // gross 120 @20% → net 100, VAT 20; gross 21 @5% → net 20, VAT 1; gross 100 @20% → net 83.33
    const inv = (
      await gb.post('/invoice', {
        CustomerRef: cust(),
        DocNumber: 'T-2',
        GlobalTaxCalculation: 'TaxInclusive',
        Line: [
          gbLine('Design Hour', 1, 120, '20.0% S'),
          gbLine("Children's Car Seat Covers", 2, 10.5, '5.0% R'),
          gbLine('Copywriting', 1, 100, '20.0% S'),
        ],
      })
    ).data.Invoice;
    const items = inv.Line.filter((l: Json) => l.DetailType === 'SalesItemLineDetail');
    expect(items.map((l: Json) => [l.Amount, l.SalesItemLineDetail.TaxInclusiveAmt])).toEqual([
      [100, 120],
      [20, 21],
      [83.33, 100],
    ]);
    // 20% group: gross 220 → net 183.33, VAT 36.67; 5%: VAT 1.00
    expect(taxLines(inv)).toEqual([
      ['20.0% S', 36.67, 183.33],
      ['5.0% R', 1, 20],
    ]);
    expect(inv.TxnTaxDetail.TotalTax).toBe(37.67);
    expect(inv.TotalAmt).toBe(241);
  });

  it('tax inclusive with a percent discount', async () => {
    // gross 120, 10% off = 108 gross → net 90, VAT 18; total 108
    const inv = (
      await gb.post('/invoice', {
        CustomerRef: cust(),
        DocNumber: 'T-3',
        GlobalTaxCalculation: 'TaxInclusive',
        Line: [
          gbLine('Design Hour', 1, 120, '20.0% S'),
          {
            DetailType: 'DiscountLineDetail',
            Amount: 0,
            DiscountLineDetail: { PercentBased: true, DiscountPercent: 10 },
          },
        ],
      })
    ).data.Invoice;
    expect(inv.TxnTaxDetail.TotalTax).toBe(18);
    expect(inv.TotalAmt).toBe(108);
  });

  it('every line needs a real tax code', async () => {
    const line = gbLine('Design Hour', 1, 85, '20.0% S') as Json;
    delete line.SalesItemLineDetail.TaxCodeRef;
    const res = await gb.post('/invoice', { CustomerRef: cust(), DocNumber: 'T-4', Line: [line] });
    expectFault(res, 400, '6000');
    expect(res.data.Fault.Error[0].Detail).toContain('VAT rate');
    line.SalesItemLineDetail.TaxCodeRef = { value: '999' };
    expectFault(
      await gb.post('/invoice', { CustomerRef: cust(), DocNumber: 'T-5', Line: [line] }),
      400,
      '2500',
    );
  });

  it('foreign currency: home amounts at the exchange rate', async () => {
    const eur = { value: find(emu.realms.global, 'Customer', 'Société Générale Services') };
    const inv = (
      await gb.post('/invoice', {
        CustomerRef: eur,
        DocNumber: 'T-6',
        ExchangeRate: 0.86,
        Line: [gbLine('Design Hour', 1, 100, '20.0% S')],
      })
    ).data.Invoice;
    expect(inv.CurrencyRef.value).toBe('EUR');
    expect(inv.TotalAmt).toBe(120);
    expect(inv.HomeTotalAmt).toBe(103.2);
    expect(inv.HomeBalance).toBe(103.2);
  });
});
