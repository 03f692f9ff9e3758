import { describe, expect, it } from 'vitest';
import type { QuickBooksEmulator } from '../../../emulators/quickbooks/index.js';
import { api, expectFault, faultOf, type Api, type Json, useDemoEmulator } from './test-helpers.js';

let emu: QuickBooksEmulator;
let us: Api;
useDemoEmulator((context) => {
  ({ emu, us } = context);
});

const id = (entity: 'Customer' | 'Item', name: string): string => {
  const key = entity === 'Customer' ? 'DisplayName' : 'Name';
  return (
    emu
      .realm(emu.realms.us)
      .list(entity)
      .find((e) => e[key] === name)?.Id ?? ''
  );
};
const invoiceBody = () => ({
  CustomerRef: { value: id('Customer', 'Cool Cars') },
  Line: [
    {
      DetailType: 'SalesItemLineDetail',
      Amount: 75,
      SalesItemLineDetail: { ItemRef: { value: id('Item', 'Design') } },
    },
  ],
});

describe('CDC', () => {
  it('returns what changed since, with deletes as status Deleted', async () => {
    const since = emu.clock.now().toISOString();
    emu.clock.advance(1000);
    const created = (await us.post('/invoice', invoiceBody())).data.Invoice;
    const gone = (await us.post('/invoice', invoiceBody())).data.Invoice;
    await us.post('/invoice', { Id: gone.Id, SyncToken: gone.SyncToken }, { operation: 'delete' });
    const cust = (await us.post('/customer', { DisplayName: 'CDC Person' })).data.Customer;
    const res = await us.get('/cdc', { entities: 'Invoice,Payment,Customer', changedSince: since });
    expect(res.status).toBe(200);
    const [invoices, payments, customers] = res.data.CDCResponse[0].QueryResponse;
    const ids = invoices.Invoice.map((i: Json) => [i.Id, i.status]);
    expect(ids).toContainEqual([created.Id, undefined]);
    expect(ids).toContainEqual([gone.Id, 'Deleted']);
    expect(
      invoices.Invoice.find((i: Json) => i.Id === gone.Id).MetaData.LastUpdatedTime,
    ).toBeTruthy();
    expect(payments).toEqual({});
    expect(customers.Customer.map((c: Json) => c.Id)).toContain(cust.Id);
  });

  it("lists an entity's deleted objects after its active ones, as Intuit documents", async () => {
    const since = emu.clock.now().toISOString();
    emu.clock.advance(1000);
    const gone = (await us.post('/invoice', invoiceBody())).data.Invoice;
    emu.clock.advance(1000);
    await us.post('/invoice', { Id: gone.Id, SyncToken: gone.SyncToken }, { operation: 'delete' });
    emu.clock.advance(1000);
    // Changed after the delete, so ordering by time alone would put it last.
    const later = (await us.post('/invoice', invoiceBody())).data.Invoice;
    const res = await us.get('/cdc', { entities: 'Invoice', changedSince: since });
    const statuses = res.data.CDCResponse[0].QueryResponse[0].Invoice.map((i: Json) => [
      i.Id,
      i.status ?? 'Active',
    ]);
    expect(statuses).toEqual([
      [later.Id, 'Active'],
      [gone.Id, 'Deleted'],
    ]);
  });

  it('looks back at most 30 days', async () => {
    const old = new Date(emu.clock.now().getTime() - 31 * 86_400_000).toISOString();
    expectFault(await us.get('/cdc', { entities: 'Invoice', changedSince: old }), 400, '4001');
    const ok = new Date(emu.clock.now().getTime() - 29 * 86_400_000).toISOString();
    const res = await us.get('/cdc', { entities: 'Invoice', changedSince: ok });
    expect(res.data.CDCResponse[0].QueryResponse[0].Invoice.length).toBeGreaterThan(0);
  });
});

describe('batch', () => {
  it('runs creates, updates, deletes and queries, each with its own answer', async () => {
    const cool = (await us.get(`/customer/${id('Customer', 'Cool Cars')}`)).data.Customer;
    const res = await us.post('/batch', {
      BatchItemRequest: [
        { bId: 'c1', operation: 'create', Customer: { DisplayName: 'Batch One' } },
        { bId: 'c2', operation: 'create', Customer: { DisplayName: 'Cool Cars' } },
        {
          bId: 'u1',
          operation: 'update',
          Customer: { Id: cool.Id, SyncToken: cool.SyncToken, sparse: true, Notes: 'batched' },
        },
        { bId: 'q1', Query: "SELECT * FROM Term WHERE Name = 'Net 15'" },
        { bId: 'i1', operation: 'create', Invoice: invoiceBody() },
      ],
    });
    expect(res.status).toBe(200);
    const by = Object.fromEntries(res.data.BatchItemResponse.map((r: Json) => [r.bId, r]));
    expect(by.c1.Customer.DisplayName).toBe('Batch One');
    expect(by.c2.Fault.Error[0].code).toBe('6240');
    expect(by.u1.Customer.Notes).toBe('batched');
    expect(by.q1.QueryResponse.Term[0].Name).toBe('Net 15');
    expect(by.i1.Invoice.TotalAmt).toBe(75);
    const del = await us.post('/batch', {
      BatchItemRequest: [
        {
          bId: 'd1',
          operation: 'delete',
          Invoice: { Id: by.i1.Invoice.Id, SyncToken: by.i1.Invoice.SyncToken },
        },
      ],
    });
    expect(del.data.BatchItemResponse[0].Invoice.status).toBe('Deleted');
  });

  it('refuses more than 30 items', async () => {
    const items = Array.from({ length: 31 }, (_, i) => ({
      bId: String(i),
      Query: 'SELECT * FROM Term',
    }));
    const tooMany = await us.post('/batch', { BatchItemRequest: items });
    expectFault(tooMany, 400, '1040');
    expect(faultOf(tooMany).Message).toBe('Batch size exceeds allowed limit');
    const ok = await us.post('/batch', { BatchItemRequest: items.slice(0, 30) });
    expect(ok.data.BatchItemResponse).toHaveLength(30);
  });

  it('checks item bodies against the schema', async () => {
    const res = await us.post('/batch', {
      BatchItemRequest: [
        { bId: 'x', operation: 'create', Customer: { DisplayName: 'Q', Bogus: 1 } },
      ],
    });
    // QBO cannot even parse such a body: the whole batch is refused.
    expectFault(res, 400, '2010');
  });
});

describe('requestid', () => {
  it('replays the first answer verbatim and writes nothing', async () => {
    const before = emu.realm(emu.realms.us).invoices().length;
    const first = await us.post('/invoice', invoiceBody(), { requestid: 'submission-42' });
    const second = await us.post('/invoice', invoiceBody(), { requestid: 'submission-42' });
    expect(second.status).toBe(first.status);
    expect(second.data).toEqual(first.data);
    expect(emu.realm(emu.realms.us).invoices().length).toBe(before + 1);
    const other = await us.post('/invoice', invoiceBody(), { requestid: 'submission-43' });
    expect(other.data.Invoice.Id).not.toBe(first.data.Invoice.Id);
  });

  it('replays a fault too, and is per realm', async () => {
    const bad = await us.post('/customer', { DisplayName: 'Cool Cars' }, { requestid: 'dup-1' });
    expect(bad.status).toBe(400);
    const again = await us.post(
      '/customer',
      { DisplayName: 'Something Else' },
      { requestid: 'dup-1' },
    );
    expect(again.data).toEqual(bad.data);
    const gb = api(emu, emu.realms.global);
    const fresh = await gb.post(
      '/customer',
      { DisplayName: 'Something Else' },
      { requestid: 'dup-1' },
    );
    expect(fresh.status).toBe(200);
  });

  it('makes a retry after a dropped connection safe', async () => {
    const before = emu.realm(emu.realms.us).invoices().length;
    emu.faults.dropNext(1);
    await expect(us.post('/invoice', invoiceBody(), { requestid: 'drop-1' })).rejects.toThrow();
    const retry = await us.post('/invoice', invoiceBody(), { requestid: 'drop-1' });
    expect(retry.status).toBe(200);
    expect(emu.realm(emu.realms.us).invoices().length).toBe(before + 1);
  });
});
