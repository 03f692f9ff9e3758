import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FILTERABLE, SORTABLE } from '../../../emulators/quickbooks/query/fields.js';
import type { QuickBooksEmulator } from '../../../emulators/quickbooks/index.js';
import {
  api,
  expectConforming,
  expectFault,
  faultOf,
  start,
  type Api,
  type Json,
} from './test-helpers.js';

let emu: QuickBooksEmulator;
let us: Api;

beforeAll(async () => {
  emu = await start();
  us = api(emu, emu.realms.us);
});
afterAll(async () => {
  expectConforming(emu);
  await emu.close();
});

const names = (res: { data: Json }) =>
  (res.data.QueryResponse.Customer ?? []).map((c: Json) => c.DisplayName);

describe('query language', () => {
  it('selects with =, LIKE, IN and ANDs; keywords and entity names are case-insensitive', async () => {
    expect(names(await us.query("SELECT * FROM Customer WHERE DisplayName = 'Cool Cars'"))).toEqual(
      ['Cool Cars'],
    );
    expect(names(await us.query("select * from customer where displayname like 'cool%'"))).toEqual([
      'Cool Cars',
    ]);
    expect(names(await us.query("SELECT * FROM Customer WHERE DisplayName LIKE '%cars'"))).toEqual([
      'Cool Cars',
    ]);
    const inRes = await us.query(
      "SELECT * FROM Customer WHERE DisplayName IN ('Cool Cars', 'Mark Cho') ORDERBY DisplayName DESC",
    );
    expect(names(inRes)).toEqual(['Mark Cho', 'Cool Cars']);
    const and = await us.query(
      "SELECT * FROM Customer WHERE DisplayName LIKE '%a%' AND Balance > '0'",
    );
    expect(and.data.QueryResponse.Customer.every((c: Json) => c.Balance > 0)).toBe(true);
  });

  it('handles escaped quotes and accents', async () => {
    expect(
      names(await us.query("SELECT * FROM Customer WHERE DisplayName = 'Sean O\\'Brien'")),
    ).toEqual(["Sean O'Brien"]);
    expect(
      names(
        await us.query("SELECT * FROM Customer WHERE FamilyName = 'O\\'Brien' ORDERBY DisplayName"),
      ),
    ).toEqual(["O'Brien & Daughters Landscaping", "Sean O'Brien"]);
    expect(
      names(await us.query("SELECT * FROM Customer WHERE DisplayName = 'Zoë Müller'")),
    ).toEqual(['Zoë Müller']);
  });

  it('filters on nested fields, references and e-mail addresses', async () => {
    const byEmail = await us.query(
      "SELECT * FROM Customer WHERE PrimaryEmailAddr = 'cool_cars@intuit.example'",
    );
    expect(names(byEmail)).toEqual(['Cool Cars']);
    const cool = emu
      .realm(emu.realms.us)
      .customers()
      .find((c) => c.DisplayName === 'Cool Cars');
    const invs = await us.query(`SELECT * FROM Invoice WHERE CustomerRef = '${cool?.Id}'`);
    for (const i of invs.data.QueryResponse.Invoice ?? [])
      expect(i.CustomerRef.value).toBe(cool?.Id);
    const recent = await us.query(
      "SELECT * FROM Invoice WHERE MetaData.LastUpdatedTime >= '2025-06-01T00:00:00-07:00' ORDERBY MetaData.LastUpdatedTime",
    );
    const times = recent.data.QueryResponse.Invoice.map((i: Json) =>
      Date.parse(i.MetaData.LastUpdatedTime),
    );
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(times.every((t: number) => t >= Date.parse('2025-06-01T00:00:00-07:00'))).toBe(true);
    const dated = await us.query(
      "SELECT * FROM Invoice WHERE TxnDate >= '2025-06-01' AND TxnDate <= '2025-06-10'",
    );
    for (const i of dated.data.QueryResponse.Invoice ?? [])
      expect(i.TxnDate >= '2025-06-01' && i.TxnDate <= '2025-06-10').toBe(true);
  });

  it('leaves inactive records out unless the query filters on Active', async () => {
    const all = await us.query('SELECT COUNT(*) FROM Customer');
    const active = emu
      .realm(emu.realms.us)
      .customers()
      .filter((c) => c.Active);
    expect(all.data.QueryResponse).toEqual({ totalCount: active.length });
    const inactive = await us.query('SELECT * FROM Customer WHERE Active = false');
    // QuickBooks renames a customer it makes inactive "<name> (deleted)".
    expect(names(inactive).sort()).toEqual([
      'Closed Account Co (deleted)',
      'Dormant Designs (deleted)',
      'Former Client LLC (deleted)',
    ]);
    const items = await us.query("SELECT * FROM Item WHERE Name = 'Discontinued Lamp'");
    expect(items.data.QueryResponse).toEqual({});
  });

  it('pages with STARTPOSITION (1-based) and MAXRESULTS (default 100)', async () => {
    const page1 = await us.query(
      'SELECT * FROM Customer ORDERBY DisplayName STARTPOSITION 1 MAXRESULTS 5',
    );
    const page2 = await us.query(
      'SELECT * FROM Customer ORDERBY DisplayName STARTPOSITION 6 MAXRESULTS 5',
    );
    expect(page1.data.QueryResponse).toMatchObject({ startPosition: 1, maxResults: 5 });
    expect(page2.data.QueryResponse.startPosition).toBe(6);
    const all = names(await us.query('SELECT * FROM Customer ORDERBY DisplayName'));
    expect([...names(page1), ...names(page2)]).toEqual(all.slice(0, 10));
    expect(page1.data.time).toBeTruthy();
    const beyond = await us.query('SELECT * FROM Customer STARTPOSITION 1000');
    expect(beyond.data.QueryResponse).toEqual({});
  });

  it('accepts POST with application/text', async () => {
    const res = await us.http.post('/query', "SELECT * FROM Term WHERE Name = 'Net 30'", {
      params: { minorversion: '75' },
      headers: { 'Content-Type': 'application/text' },
    });
    expect(res.data.QueryResponse.Term[0].DueDays).toBe(30);
  });

  it.each([
    ["SELECT * FROM Customer WHERE DisplayName = 'a' OR DisplayName = 'b'", '4000'],
    ['SELECT DisplayName FROM Customer', '4000'],
    ['SELECT * FROM', '4000'],
    ["SELECT * FROM Customer WHERE DisplayName = 'unterminated", '4000'],
    ['SELECT * FROM Customer WHERE DisplayName != 1', '4000'],
    ['SELECT * FROM Widget', '4001'],
    ["SELECT * FROM Customer WHERE Nickname = 'x'", '4001'],
    ["SELECT * FROM Customer WHERE Notes = 'x'", '4001'],
    ['SELECT * FROM Customer ORDERBY Notes', '4001'],
    // filterable but not sortable
    ['SELECT * FROM Customer ORDERBY Active', '4001'],
    ['SELECT * FROM Customer ORDERBY PrimaryEmailAddr', '4001'],
    ['SELECT * FROM Invoice ORDERBY CustomerRef', '4001'],
    ['SELECT * FROM Item ORDERBY QtyOnHand DESC', '4001'],
    ['SELECT * FROM Customer MAXRESULTS 1001', '4001'],
  ])('rejects %s', async (q, code) => {
    const res = await us.query(q);
    expectFault(res, 400, code);
    expect(faultOf(res).Detail).toMatch(
      code === '4000' ? /^QueryParserError/ : /^QueryValidationError/,
    );
  });
});

describe('ORDERBY fields', () => {
  // The emulator stands for QuickBooks: its lists are checked against Intuit's API reference (the
  // "filterable" attribute of each field), never against the product's own client.
  it("filter on every field Intuit's reference marks filterable for Customer and Invoice", () => {
    expect(FILTERABLE.Customer).toEqual(
      expect.arrayContaining([
        'Id',
        'DisplayName',
        'GivenName',
        'FamilyName',
        'CompanyName',
        'PrimaryEmailAddr',
        'Active',
        'Balance',
        'MetaData.LastUpdatedTime',
      ]),
    );
    expect(FILTERABLE.Invoice).toEqual(
      expect.arrayContaining([
        'Id',
        'CustomerRef',
        'DocNumber',
        'TxnDate',
        'DueDate',
        'Balance',
        'MetaData.LastUpdatedTime',
      ]),
    );
    expect(FILTERABLE.Customer).not.toContain('Notes');
  });

  it('sorts on every sortable field of Invoice and Customer', async () => {
    for (const field of SORTABLE.Invoice)
      expect((await us.query(`SELECT * FROM Invoice ORDERBY ${field} DESC`)).status, field).toBe(
        200,
      );
    for (const field of SORTABLE.Customer)
      expect((await us.query(`SELECT * FROM Customer ORDERBY ${field}`)).status, field).toBe(200);
  });
});
