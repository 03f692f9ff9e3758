// The emulator checked against something it was not written from: payloads Intuit published
// (SDK test data and documentation, ./intuit-samples with their NOTICE), compared field by field
// with the emulator's own answer to the same kind of request.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import axios from 'axios';
import { afterAll, describe, expect, it } from 'vitest';
import type { QuickBooksEmulator } from '../../emulators/quickbooks/index.js';
import { type Api, type Json, useDemoEmulator } from '../emulators/quickbooks/test-helpers.js';
import { compareFields, intuitSample } from './sample-shapes.js';

let emu: QuickBooksEmulator;
let us: Api;
useDemoEmulator((context) => {
  ({ emu, us } = context);
});

/** The comparison must cover real ground: at least `min` shared fields, none of another kind. */
function expectSameFields(ours: unknown, intuits: unknown, min: number, generic = false): string[] {
  const { shared, mismatched } = compareFields(ours, intuits, generic);
  expect(mismatched).toEqual([]);
  expect(shared.length, `shared fields: ${shared.join(', ')}`).toBeGreaterThanOrEqual(min);
  return shared;
}

describe('the field-by-field comparison', () => {
  it('notices a field of another kind, such as a numeric fault code or a date-time as a date', () => {
    const intuits = intuitSample('webhooks/legacy-eventnotifications.2016.dotnet-sdk.json') as Json;
    const ours = structuredClone(intuits);
    ours.eventNotifications[0].realmId = 1269959970;
    ours.eventNotifications[0].dataChangeEvent.entities[0].lastUpdated = '2016-10-05';
    expect(compareFields(ours, intuits).mismatched).toEqual([
      ['eventNotifications[].dataChangeEvent.entities[].lastUpdated', 'date|dateTime', 'dateTime'],
      ['eventNotifications[].realmId', 'number', 'string'],
    ]);
  });
});

describe("the emulator's answers against Intuit's published samples", () => {
  it('an invoice read (2015, US, sales lines, subtotal, TxnTaxDetail)', async () => {
    const inv = emu
      .realm(emu.realms.us)
      .invoices()
      .find((i) => i.TxnTaxDetail && i.Line.length > 2);
    const res = await us.get(`/invoice/${inv?.Id}`);
    const intuits = intuitSample('invoice/invoice-read-response.2015.java-sdk.json') as Json;
    const shared = expectSameFields(res.data, intuits, 40);
    for (const path of [
      'Invoice.MetaData.CreateTime',
      'Invoice.TxnDate',
      'Invoice.Line[].SalesItemLineDetail.ItemRef.value',
      'Invoice.TxnTaxDetail.TotalTax',
      'Invoice.CustomerRef.name',
      'time',
    ])
      expect(shared).toContain(path);
    expect(res.data.Invoice).toMatchObject({ domain: 'QBO', sparse: false });
    expect(res.data.Invoice.CurrencyRef).toEqual(intuits.Invoice.CurrencyRef);
    // The subtotal line, as Intuit's sample has it: an empty SubTotalLineDetail.
    const subtotal = (lines: Json[]) => lines.find((l) => l.DetailType === 'SubTotalLineDetail');
    expect(subtotal(res.data.Invoice.Line)?.SubTotalLineDetail).toEqual(
      subtotal(intuits.Invoice.Line)?.SubTotalLineDetail,
    );
  });

  it('a CompanyInfo read and the Preferences', async () => {
    const id = emu.realm(emu.realms.us).list('CompanyInfo')[0]?.Id;
    const info = await us.get(`/companyinfo/${id}`);
    expectSameFields(
      info.data,
      intuitSample('companyinfo/companyinfo-read-response.2015.php-sdk.json'),
      15,
    );
    const prefs = await us.query('select * from Preferences');
    expectSameFields(
      prefs.data,
      intuitSample('preferences/preferences-query-response.2013.dotnet-sdk.json'),
      15,
    );
  });

  it('a query response (Account)', async () => {
    const res = await us.query('select * from Account');
    const shared = expectSameFields(
      res.data,
      intuitSample('query/account-query-response.2015.java-sdk.json'),
      15,
    );
    expect(shared).toEqual(
      expect.arrayContaining([
        'QueryResponse.Account[].Classification',
        'QueryResponse.Account[].CurrentBalance',
        'QueryResponse.startPosition',
        'QueryResponse.maxResults',
      ]),
    );
  });

  it('a CDC answer: an array of QueryResponse arrays, each entity under its name', async () => {
    const since = new Date(emu.clock.now().getTime() - 24 * 3600_000).toISOString();
    const cust = await us.post('/customer', { DisplayName: 'CDC Sample Co' });
    expect(cust.status).toBe(200);
    const res = await us.get('/cdc', { entities: 'Customer', changedSince: since });
    const shared = expectSameFields(
      res.data,
      intuitSample('cdc/cdc-response-deposit.2015.java-sdk.json'),
      10,
      true,
    );
    expect(shared).toEqual(
      expect.arrayContaining([
        'CDCResponse',
        'CDCResponse[].QueryResponse',
        'CDCResponse[].QueryResponse[].<Entity>[].MetaData.LastUpdatedTime',
        'time',
      ]),
    );
  });

  it('a batch answer: each item a bId with an entity or a QueryResponse', async () => {
    const res = await us.post('/batch', {
      BatchItemRequest: [
        { bId: 'bid1', operation: 'create', Customer: { DisplayName: 'Batch Sample Co' } },
        { bId: 'bid2', Query: 'select * from Customer maxresults 2' },
      ],
    });
    const shared = expectSameFields(
      res.data,
      intuitSample('batch/batch-response-create-and-query.2015.java-sdk.json'),
      10,
      true,
    );
    expect(shared).toEqual(
      expect.arrayContaining([
        'BatchItemResponse[].bId',
        'BatchItemResponse[].<Entity>.Id',
        'BatchItemResponse[].QueryResponse.startPosition',
      ]),
    );
  });

  it('a validation fault: Message, Detail, a string code, element, and the type', async () => {
    const res = await us.post('/customer', { Notes: 'no name at all' });
    const intuits = intuitSample(
      'fault/fault-validation-6190-in-attachable-response.2015.java-sdk.json',
    ) as Json;
    const theirs = { Fault: intuits.AttachableResponse[0].Fault, time: intuits.time };
    const shared = expectSameFields(res.data, theirs, 7);
    expect(shared).toContain('Fault.Error[].element');
    expect(res.data.Fault.type).toBe(theirs.Fault.type);
  });

  it('the OAuth token answer and OpenID user info', async () => {
    const client = axios.create({ validateStatus: () => true, maxRedirects: 0 });
    const authorize = await client.get(emu.oauth.authorizeUrl, {
      params: {
        client_id: emu.app.clientId,
        response_type: 'code',
        scope: 'com.intuit.quickbooks.accounting openid profile email',
        redirect_uri: emu.app.redirectUris[0],
        state: 's',
      },
    });
    const code = new URL(String(authorize.headers.location)).searchParams.get('code') ?? '';
    const basic = Buffer.from(`${emu.app.clientId}:${emu.app.clientSecret}`).toString('base64');
    const tok = await client.post(
      emu.oauth.tokenUrl,
      new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        redirect_uri: emu.app.redirectUris[0] ?? '',
      }).toString(),
      {
        headers: {
          Authorization: `Basic ${basic}`,
          'Content-Type': 'application/x-www-form-urlencoded',
          Accept: 'application/json',
        },
      },
    );
    const intuits = intuitSample('oauth/token-response.placeholders.dotnet-sdk.json') as Json;
    const shared = expectSameFields(tok.data, intuits, 6);
    expect(shared.sort()).toEqual(Object.keys(intuits).sort());
    expect(tok.data).toMatchObject({ token_type: 'bearer', expires_in: intuits.expires_in });

    const info = await client.get(
      emu.oauth.userInfoUrl ?? `${emu.url}/v1/openid_connect/userinfo`,
      {
        headers: { Authorization: `Bearer ${tok.data.access_token}`, Accept: 'application/json' },
      },
    );
    expectSameFields(info.data, intuitSample('oauth/userinfo-response.dotnet-sdk.json'), 5);
  });
});

describe("webhook deliveries against Intuit's published notifications", () => {
  const received: string[] = [];
  const receiver = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push(Buffer.concat(chunks).toString('utf8'));
      res.writeHead(200).end();
    });
  });
  afterAll(() => new Promise<void>((r) => receiver.close(() => r())));

  async function deliveryOf(format: 'legacy' | 'cloudevents'): Promise<unknown> {
    if (!receiver.listening)
      await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', () => r()));
    received.length = 0;
    emu.webhooks.url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    emu.webhooks.format = format;
    await us.post('/customer', { DisplayName: `Hook ${format}` });
    for (let i = 0; i < 200 && received.length === 0; i++) await emu.webhooks.idle();
    return JSON.parse(received[0] ?? 'null') as unknown;
  }

  it('the legacy eventNotifications form', async () => {
    const shared = expectSameFields(
      await deliveryOf('legacy'),
      intuitSample('webhooks/legacy-eventnotifications.2016.dotnet-sdk.json'),
      7,
    );
    expect(shared).toContain('eventNotifications[].dataChangeEvent.entities[].lastUpdated');
  });

  it('the CloudEvents form', async () => {
    const ours = (await deliveryOf('cloudevents')) as Json[];
    const intuits = intuitSample(
      'webhooks/cloudevents-customer-created.2025.sampleapp-readme.json',
    ) as Json[];
    expectSameFields(ours, intuits, 9);
    // The same attributes, no more, no fewer.
    expect(Object.keys(ours[0] ?? {}).sort()).toEqual(Object.keys(intuits[0] ?? {}).sort());
    expect(ours[0]).toMatchObject({
      specversion: intuits[0]?.specversion,
      type: intuits[0]?.type,
      datacontenttype: intuits[0]?.datacontenttype,
    });
  });
});
