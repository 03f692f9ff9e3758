// The emulator refuses what QuickBooks refuses for a field rule, with QuickBooks' fault codes
// (Intuit's error-code table: 2040 invalid string, 2050 string length, 2170 enumeration).
import { describe, expect, it } from 'vitest';
import type { QuickBooksEmulator } from '../../../emulators/quickbooks/index.js';
import { expectFault, faultOf, type Api, useDemoEmulator } from './test-helpers.js';

let emu: QuickBooksEmulator;
let us: Api;
useDemoEmulator((context) => {
  ({ emu, us } = context);
});

const long = (n: number): string => 'x'.repeat(n);

describe('field rules on customers', () => {
  it('refuses a too-long CompanyName with 2050 naming the field and the limit', async () => {
    const res = await us.post('/customer', { DisplayName: 'Long Co', CompanyName: long(101) });
    expectFault(res, 400, '2050');
    expect(faultOf(res)).toMatchObject({
      Message: 'String length is either shorter or longer than supported by specification',
      element: 'CompanyName',
    });
    expect(faultOf(res).Detail).toContain('Max:100 supplied length:101');
    expect(
      emu
        .realm(emu.realms.us)
        .customers()
        .some((c) => c.DisplayName === 'Long Co'),
    ).toBe(false);
  });

  it('refuses a colon in DisplayName with 2040', async () => {
    const res = await us.post('/customer', { DisplayName: 'Parent: Child' });
    expectFault(res, 400, '2040');
    expect(faultOf(res)).toMatchObject({ Message: 'Invalid String', element: 'DisplayName' });
  });

  it('takes a 30-character phone and refuses a 31-character one, naming the nested field', async () => {
    const ok = await us.post('/customer', {
      DisplayName: 'Phone Ok',
      PrimaryPhone: { FreeFormNumber: '1'.repeat(30) },
    });
    expect(ok.status, JSON.stringify(ok.data)).toBe(200);
    const res = await us.post('/customer', {
      DisplayName: 'Phone Long',
      PrimaryPhone: { FreeFormNumber: '1'.repeat(31) },
    });
    expectFault(res, 400, '2050');
    expect(faultOf(res).element).toBe('PrimaryPhone.FreeFormNumber');
  });

  it('holds names, e-mail and address fields to their lengths, on sparse updates too', async () => {
    for (const body of [
      { GivenName: long(101) },
      { FamilyName: long(101) },
      { Title: long(17) },
      { PrimaryEmailAddr: { Address: `${long(95)}@b.example` } },
      { BillAddr: { Line1: long(501) } },
      { BillAddr: { PostalCode: long(31) } },
    ])
      expectFault(await us.post('/customer', { DisplayName: 'Too Long', ...body }), 400, '2050');
    const c = emu.realm(emu.realms.us).customers()[0];
    if (!c) throw new Error('no customer');
    const res = await us.post('/customer', {
      Id: c.Id,
      SyncToken: c.SyncToken,
      sparse: true,
      CompanyName: long(101),
    });
    expectFault(res, 400, '2050');
  });
});

describe('field rules on transactions and items', () => {
  const invoice = (extra: Record<string, unknown>, line: Record<string, unknown> = {}) => {
    const customer = emu.realm(emu.realms.us).customers()[0];
    const item = emu
      .realm(emu.realms.us)
      .items()
      .find((i) => i.Type === 'Service');
    return {
      CustomerRef: { value: customer?.Id },
      Line: [
        {
          DetailType: 'SalesItemLineDetail',
          Amount: 10,
          SalesItemLineDetail: { ItemRef: { value: item?.Id }, Qty: 1, UnitPrice: 10 },
          ...line,
        },
      ],
      ...extra,
    };
  };

  it('refuses a memo, a private note or a line description over their lengths', async () => {
    const memo = await us.post('/invoice', invoice({ CustomerMemo: { value: long(1001) } }));
    expectFault(memo, 400, '2050');
    expect(faultOf(memo).element).toBe('CustomerMemo');
    expectFault(await us.post('/invoice', invoice({ PrivateNote: long(4001) })), 400, '2050');
    const line = await us.post('/invoice', invoice({}, { Description: long(4001) }));
    expectFault(line, 400, '2050');
    expect(faultOf(line).element).toBe('Line[0].Description');
    const fits = await us.post('/invoice', invoice({ CustomerMemo: { value: long(1000) } }));
    expect(fits.status, JSON.stringify(fits.data)).toBe(200);
  });

  it('answers 2170 for a value outside an enumeration', async () => {
    const res = await us.post('/invoice', invoice({ EmailStatus: 'Sent' }));
    expectFault(res, 400, '2170');
    expect(faultOf(res).element).toBe('EmailStatus');
  });

  it('refuses an item name over 100 characters or with a colon', async () => {
    const account = emu
      .realm(emu.realms.us)
      .list('Account')
      .find((a) => a.AccountType === 'Income');
    const item = (Name: string) => ({
      Name,
      Type: 'Service',
      IncomeAccountRef: { value: account?.Id },
    });
    expectFault(await us.post('/item', item(long(101))), 400, '2050');
    expectFault(await us.post('/item', item('Parts: bolts')), 400, '2040');
  });

  it('applies the same rules inside a batch', async () => {
    const res = await us.post('/batch', {
      BatchItemRequest: [
        { bId: '1', operation: 'create', Customer: { DisplayName: 'Batch: One' } },
        { bId: '2', operation: 'create', Customer: { DisplayName: 'Batch Two' } },
      ],
    });
    expect(res.status).toBe(200);
    const [first, second] = res.data.BatchItemResponse;
    expect(first.Fault.Error[0]).toMatchObject({ code: '2040', element: 'DisplayName' });
    expect(second.Customer.DisplayName).toBe('Batch Two');
  });
});
