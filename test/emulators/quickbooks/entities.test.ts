import { describe, expect, it } from 'vitest';
import type { QuickBooksEmulator } from '../../../emulators/quickbooks/index.js';
import { expectFault, faultOf, type Api, useDemoEmulator } from './test-helpers.js';

let emu: QuickBooksEmulator;
let us: Api;
let gb: Api;
useDemoEmulator((context) => {
  ({ emu, us, gb } = context);
});

const customerId = (name: string, realm = emu.realms.us): string => {
  const c = emu
    .realm(realm)
    .customers()
    .find((x) => x.DisplayName === name);
  if (!c) throw new Error(name);
  return c.Id;
};
const itemId = (name: string, realm = emu.realms.us): string => {
  const i = emu
    .realm(realm)
    .items()
    .find((x) => x.Name === name);
  if (!i) throw new Error(name);
  return i.Id;
};

describe('customers', () => {
  it('creates with Id, SyncToken 0, MetaData and the envelope time', async () => {
    const res = await us.post('/customer', {
      DisplayName: 'Brand New Co',
      PrimaryEmailAddr: { Address: 'a@b.example' },
    });
    expect(res.status).toBe(200);
    expect(res.data.time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{2}:\d{2}$/);
    expect(res.data.Customer).toMatchObject({
      DisplayName: 'Brand New Co',
      SyncToken: '0',
      domain: 'QBO',
      sparse: false,
      Active: true,
    });
    expect(res.data.Customer.MetaData.CreateTime).toBeTruthy();
    expect(res.data.Customer.CurrencyRef.value).toBe('USD');
  });

  it('derives DisplayName from the person name; no name at all is 2020', async () => {
    const res = await us.post('/customer', { GivenName: 'Ada', FamilyName: 'Lovelace' });
    expect(res.data.Customer.DisplayName).toBe('Ada Lovelace');
    expectFault(await us.post('/customer', { Notes: 'nameless' }), 400, '2020');
  });

  it('DisplayName is unique across customers, vendors and employees (6240)', async () => {
    expectFault(await us.post('/customer', { DisplayName: 'Cool Cars' }), 400, '6240');
    const vendor = await us.post('/customer', { DisplayName: 'Hicks Hardware' });
    expectFault(vendor, 400, '6240');
    expect(faultOf(vendor).Message).toBe('Duplicate Name Exists Error');
    expectFault(await us.post('/customer', { DisplayName: 'emily platt' }), 400, '6240');
    // An inactive customer holds its renamed "(deleted)" name and frees the old one, as in QuickBooks.
    expectFault(
      await us.post('/customer', { DisplayName: 'Closed Account Co (deleted)' }),
      400,
      '6240',
    );
    expect((await us.post('/customer', { DisplayName: 'Closed Account Co' })).status).toBe(200);
  });

  it('sparse update changes only what is sent; a stale SyncToken is 5010', async () => {
    const id = customerId('Cool Cars');
    const before = (await us.get(`/customer/${id}`)).data.Customer;
    const res = await us.post('/customer', {
      Id: id,
      SyncToken: before.SyncToken,
      sparse: true,
      Notes: 'VIP',
    });
    expect(res.status).toBe(200);
    expect(res.data.Customer.Notes).toBe('VIP');
    expect(res.data.Customer.PrimaryEmailAddr).toEqual(before.PrimaryEmailAddr);
    expect(res.data.Customer.SyncToken).toBe(String(Number(before.SyncToken) + 1));
    const stale = await us.post('/customer', {
      Id: id,
      SyncToken: before.SyncToken,
      sparse: true,
      Notes: 'again',
    });
    expectFault(stale, 400, '5010');
    expect(faultOf(stale).Message).toBe('Stale Object Error');
  });

  it('full update clears omitted writable fields', async () => {
    const id = customerId('Cool Cars');
    const before = (await us.get(`/customer/${id}`)).data.Customer;
    const res = await us.post('/customer', {
      Id: id,
      SyncToken: before.SyncToken,
      DisplayName: 'Cool Cars',
    });
    expect(res.data.Customer.PrimaryEmailAddr).toBeUndefined();
  });

  it('cannot be deleted, only made inactive; the currency cannot change', async () => {
    const id = customerId('Cool Cars');
    const c = (await us.get(`/customer/${id}`)).data.Customer;
    expectFault(
      await us.post('/customer', { Id: id, SyncToken: c.SyncToken }, { operation: 'delete' }),
      400,
      '500',
    );
    const inactive = await us.post('/customer', {
      Id: id,
      SyncToken: c.SyncToken,
      sparse: true,
      Active: false,
    });
    expect(inactive.data.Customer.Active).toBe(false);
    expect(inactive.data.Customer.DisplayName).toBe('Cool Cars (deleted)');
    const eur = gb.post('/customer', { DisplayName: 'Euro Person', CurrencyRef: { value: 'EUR' } });
    const created = (await eur).data.Customer;
    expect(created.CurrencyRef.value).toBe('EUR');
    const change = await gb.post('/customer', {
      Id: created.Id,
      SyncToken: created.SyncToken,
      sparse: true,
      CurrencyRef: { value: 'USD' },
    });
    expectFault(change, 400, '6000');
  });

  it('unknown SalesTermRef is 2500; reading a missing id is 610', async () => {
    expectFault(
      await us.post('/customer', { DisplayName: 'X Y', SalesTermRef: { value: '999' } }),
      400,
      '2500',
    );
    const missing = await us.get('/customer/99999');
    expectFault(missing, 400, '610');
    expect(faultOf(missing).Message).toBe('Object Not Found');
  });

  it('rejects properties QBO does not know (2010) and ill-typed ones', async () => {
    expectFault(await us.post('/customer', { DisplayName: 'Z', Nickname: 'zed' }), 400, '2010');
    expectFault(await us.post('/customer', { DisplayName: 'Z', Active: 'yes' }), 400, '2010');
  });
});

describe('items', () => {
  it('creates services and inventory with the accounts they need', async () => {
    const income =
      emu
        .realm(emu.realms.us)
        .list('Account')
        .find((a) => a.Name === 'Services')?.Id ?? '';
    const res = await us.post('/item', {
      Name: 'Snow Removal',
      Type: 'Service',
      UnitPrice: 80,
      IncomeAccountRef: { value: income },
    });
    expect(res.status).toBe(200);
    expect(res.data.Item.IncomeAccountRef.name).toBe('Services');
    expectFault(await us.post('/item', { Name: 'No Account', Type: 'Service' }), 400, '2020');
    expectFault(
      await us.post('/item', {
        Name: 'Pump',
        Type: 'Service',
        IncomeAccountRef: { value: income },
      }),
      400,
      '6240',
    );
    expectFault(
      await us.post('/item', {
        Name: 'Widget',
        Type: 'Inventory',
        IncomeAccountRef: { value: income },
      }),
      400,
      '2020',
    );
  });
});

describe('invoice rules', () => {
  const line = (item: string, qty: number, price: number, extra: Record<string, unknown> = {}) => ({
    DetailType: 'SalesItemLineDetail',
    Amount: Math.round(qty * price * 100) / 100,
    SalesItemLineDetail: { ItemRef: { value: itemId(item) }, Qty: qty, UnitPrice: price, ...extra },
  });

  it('requires CustomerRef and Line (2020); unknown references are 2500', async () => {
    expectFault(await us.post('/invoice', { Line: [line('Design', 1, 75)] }), 400, '2020');
    expectFault(
      await us.post('/invoice', { CustomerRef: { value: customerId('Cool Cars') } }),
      400,
      '2020',
    );
    expectFault(
      await us.post('/invoice', { CustomerRef: { value: '9999' }, Line: [line('Design', 1, 75)] }),
      400,
      '2500',
    );
    const badItem = {
      DetailType: 'SalesItemLineDetail',
      Amount: 5,
      SalesItemLineDetail: { ItemRef: { value: '9999' } },
    };
    expectFault(
      await us.post('/invoice', {
        CustomerRef: { value: customerId('Cool Cars') },
        Line: [badItem],
      }),
      400,
      '2500',
    );
    const noAmount = {
      DetailType: 'SalesItemLineDetail',
      SalesItemLineDetail: { ItemRef: { value: itemId('Design') } },
    };
    expectFault(
      await us.post('/invoice', {
        CustomerRef: { value: customerId('Cool Cars') },
        Line: [noAmount],
      }),
      400,
      '2020',
    );
    const badTerm = {
      CustomerRef: { value: customerId('Cool Cars') },
      Line: [line('Design', 1, 75)],
      SalesTermRef: { value: '77' },
    };
    expectFault(await us.post('/invoice', badTerm), 400, '2500');
  });

  it('refuses inactive items and customers (610)', async () => {
    const inactiveItem = {
      DetailType: 'SalesItemLineDetail',
      Amount: 99,
      SalesItemLineDetail: { ItemRef: { value: itemId('Legacy Maintenance Plan') } },
    };
    expectFault(
      await us.post('/invoice', {
        CustomerRef: { value: customerId('Cool Cars') },
        Line: [inactiveItem],
      }),
      400,
      '610',
    );
    expectFault(
      await us.post('/invoice', {
        CustomerRef: { value: customerId('Closed Account Co (deleted)') },
        Line: [line('Design', 1, 75)],
      }),
      400,
      '610',
    );
  });

  it('numbers invoices itself when custom numbers are off, yet keeps a number sent', async () => {
    const max = Math.max(
      ...emu
        .realm(emu.realms.us)
        .invoices()
        .map((i) => Number(i.DocNumber)),
    );
    const post = (extra: Record<string, unknown>) =>
      us.post('/invoice', {
        CustomerRef: { value: customerId('Cool Cars') },
        Line: [line('Design', 1, 75)],
        ...extra,
      });
    expect((await post({})).data.Invoice.DocNumber).toBe(String(max + 1));
    // Intuit's XSD: a DocNumber the client sends is stored as given.
    expect((await post({ DocNumber: 'MINE-1' })).data.Invoice.DocNumber).toBe('MINE-1');
    expect((await post({ DocNumber: 'AUTO_GENERATE' })).data.Invoice.DocNumber).toBe(
      String(max + 2),
    );
    expectFault(await post({ DocNumber: 'MINE-1' }), 400, '6140');
  });

  it('adds a currency the company does not list yet when a customer uses it (multicurrency on)', async () => {
    expect(emu.realm(emu.realms.global).currencies).not.toContain('CAD');
    const res = await gb.post('/customer', {
      DisplayName: 'Maple Ltd',
      CurrencyRef: { value: 'CAD' },
    });
    expect(res.status, JSON.stringify(res.data)).toBe(200);
    expect(res.data.Customer.CurrencyRef).toEqual({ value: 'CAD', name: 'Canadian Dollar' });
    expect(emu.realm(emu.realms.global).currencies).toContain('CAD');
    // Not an ISO 4217 code, or multicurrency off: still an invalid reference.
    expectFault(
      await gb.post('/customer', { DisplayName: 'Nowhere', CurrencyRef: { value: 'XQQ' } }),
      400,
      '2500',
    );
    expectFault(
      await us.post('/customer', { DisplayName: 'Loonie', CurrencyRef: { value: 'CAD' } }),
      400,
      '2500',
    );
  });

  it('keeps the DocNumber as sent with custom numbers on; empty stays empty; duplicates are 6140', async () => {
    const cust = customerId('Bramble & Birch Ltd', emu.realms.global);
    const design = itemId('Design Hour', emu.realms.global);
    const vat =
      emu
        .realm(emu.realms.global)
        .list('TaxCode')
        .find((t) => t.Name === '20.0% S')?.Id ?? '';
    const l = {
      DetailType: 'SalesItemLineDetail',
      Amount: 85,
      SalesItemLineDetail: {
        ItemRef: { value: design },
        Qty: 1,
        UnitPrice: 85,
        TaxCodeRef: { value: vat },
      },
    };
    const mine = await gb.post('/invoice', {
      CustomerRef: { value: cust },
      Line: [l],
      DocNumber: 'INV-0043',
    });
    expect(mine.data.Invoice.DocNumber).toBe('INV-0043');
    const none = await gb.post('/invoice', { CustomerRef: { value: cust }, Line: [l] });
    expect(none.status).toBe(200);
    expect(none.data.Invoice.DocNumber).toBeUndefined();
    const dup = await gb.post('/invoice', {
      CustomerRef: { value: cust },
      Line: [l],
      DocNumber: 'INV-0001',
    });
    expectFault(dup, 400, '6140');
    expect(faultOf(dup).Message).toBe('Duplicate Document Number Error');
    const allowed = await gb.post(
      '/invoice',
      { CustomerRef: { value: cust }, Line: [l], DocNumber: 'INV-0001' },
      { include: 'allowduplicatedocnum' },
    );
    expect(allowed.status).toBe(200);
  });

  it('refuses a TxnDate on or before the closing date (6210)', async () => {
    emu.closeBooks(emu.realms.us, '2025-05-31');
    const body = { CustomerRef: { value: customerId('Cool Cars') }, Line: [line('Design', 1, 75)] };
    expectFault(await us.post('/invoice', { ...body, TxnDate: '2025-05-31' }), 400, '6210');
    expect((await us.post('/invoice', { ...body, TxnDate: '2025-06-01' })).status).toBe(200);
  });

  it('a foreign-currency invoice must be in the customer currency', async () => {
    const eurCustomer = customerId('Zoë Müller GmbH', emu.realms.global);
    const vat =
      emu
        .realm(emu.realms.global)
        .list('TaxCode')
        .find((t) => t.Name === '20.0% S')?.Id ?? '';
    const l = {
      DetailType: 'SalesItemLineDetail',
      Amount: 85,
      SalesItemLineDetail: {
        ItemRef: { value: itemId('Design Hour', emu.realms.global) },
        TaxCodeRef: { value: vat },
      },
    };
    expectFault(
      await gb.post('/invoice', {
        CustomerRef: { value: eurCustomer },
        CurrencyRef: { value: 'USD' },
        Line: [l],
        DocNumber: 'X-1',
      }),
      400,
      '6000',
    );
    const ok = await gb.post('/invoice', {
      CustomerRef: { value: eurCustomer },
      Line: [l],
      DocNumber: 'X-2',
    });
    expect(ok.data.Invoice.CurrencyRef.value).toBe('EUR');
    expect(ok.data.Invoice.ExchangeRate).toBe(1); // as QBO may do when none is sent
  });

  it('computes the due date from the terms', async () => {
    const net15 =
      emu
        .realm(emu.realms.us)
        .list('Term')
        .find((t) => t.Name === 'Net 15')?.Id ?? '';
    const dom =
      emu
        .realm(emu.realms.us)
        .list('Term')
        .find((t) => t.Name === 'Due on the 15th')?.Id ?? '';
    const base = {
      CustomerRef: { value: customerId('Cool Cars') },
      Line: [line('Design', 1, 75)],
      TxnDate: '2025-06-02',
    };
    expect(
      (await us.post('/invoice', { ...base, SalesTermRef: { value: net15 } })).data.Invoice.DueDate,
    ).toBe('2025-06-17');
    expect(
      (await us.post('/invoice', { ...base, SalesTermRef: { value: dom } })).data.Invoice.DueDate,
    ).toBe('2025-06-15');
    const late = { ...base, TxnDate: '2025-06-12', SalesTermRef: { value: dom } }; // within 5 days: next month
    expect((await us.post('/invoice', late)).data.Invoice.DueDate).toBe('2025-07-15');
  });

  it('deletes and voids invoices', async () => {
    const created = (
      await us.post('/invoice', {
        CustomerRef: { value: customerId('Cool Cars') },
        Line: [line('Design', 2, 75)],
      })
    ).data.Invoice;
    const voided = await us.post(
      '/invoice',
      { Id: created.Id, SyncToken: created.SyncToken },
      { operation: 'void' },
    );
    expect(voided.data.Invoice).toMatchObject({ TotalAmt: 0, Balance: 0, PrivateNote: 'Voided' });
    const other = (
      await us.post('/invoice', {
        CustomerRef: { value: customerId('Cool Cars') },
        Line: [line('Design', 1, 75)],
      })
    ).data.Invoice;
    const del = await us.post(
      '/invoice',
      { Id: other.Id, SyncToken: other.SyncToken },
      { operation: 'delete' },
    );
    expect(del.data.Invoice).toEqual({ status: 'Deleted', domain: 'QBO', Id: other.Id });
    expectFault(await us.get(`/invoice/${other.Id}`), 400, '610');
  });
});
