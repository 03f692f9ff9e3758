import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { QuickBooksEmulator } from '../../../emulators/quickbooks/index.js';
import { api, expectConforming, start, type Api, type Json } from './test-helpers.js';

let emu: QuickBooksEmulator;
let us: Api;
let receiver: http.Server;
let receiverUrl: string;
let answerWith = 200;
const received: Array<{ body: string; headers: http.IncomingHttpHeaders }> = [];

beforeAll(async () => {
  emu = await start();
  receiver = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ body: Buffer.concat(chunks).toString('utf8'), headers: req.headers });
      res.writeHead(answerWith).end();
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', () => r()));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
});
afterAll(async () => {
  expectConforming(emu);
  await emu.close();
  await new Promise((r) => receiver.close(r));
});
beforeEach(() => {
  emu.reset('demo');
  emu.limits.enabled = false;
  us = api(emu, emu.realms.us);
  received.length = 0;
  answerWith = 200;
  emu.webhooks.url = receiverUrl;
});

const hmac = (body: string) =>
  createHmac('sha256', emu.app.webhookVerifierToken).update(body).digest('base64');

async function until(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !cond(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(cond()).toBe(true);
}

describe('webhooks', () => {
  it('delivers signed CloudEvents for creates, updates and voids', async () => {
    const cust = (await us.post('/customer', { DisplayName: 'Hooked Co' })).data.Customer;
    await us.post('/customer', {
      Id: cust.Id,
      SyncToken: cust.SyncToken,
      sparse: true,
      Notes: 'x',
    });
    await until(() => received.length > 0);
    await emu.webhooks.idle();
    const first = received[0];
    expect(first?.headers['content-type']).toBe('application/cloudevents+json');
    expect(first?.headers['intuit-signature']).toBe(hmac(first?.body ?? ''));
    const events = received.flatMap((r) => JSON.parse(r.body) as Json[]);
    expect(events.map((e) => e.type)).toEqual([
      'qbo.customer.created.v1',
      'qbo.customer.updated.v1',
    ]);
    expect(events[0]).toMatchObject({
      specversion: '1.0',
      datacontenttype: 'application/json',
      intuitentityid: cust.Id,
      intuitaccountid: emu.realms.us,
    });
    expect(new Set(events.map((e) => e.id)).size).toBe(2);

    const inv = emu
      .realm(emu.realms.us)
      .invoices()
      .find((i) => i.PrivateNote !== 'Voided' && i.Balance > 0);
    received.length = 0;
    await us.post('/invoice', { Id: inv?.Id, SyncToken: inv?.SyncToken }, { operation: 'void' });
    await until(() => received.length > 0);
    expect((JSON.parse(received[0]?.body ?? '[]') as Json[]).map((e) => e.type)).toContain(
      'qbo.invoice.voided.v1',
    );
  });

  it('notifies an e-mailed invoice as Emailed besides the update, in both forms', async () => {
    const inv = emu
      .realm(emu.realms.us)
      .invoices()
      .find((i) => i.EmailStatus === 'NotSet' && i.Balance > 0);
    await us.post(`/invoice/${inv?.Id}/send`, {}, { sendTo: 'ap@example.com' });
    await until(() => received.length > 0);
    await emu.webhooks.idle();
    const events = received.flatMap((r) => JSON.parse(r.body) as Json[]);
    expect(events.map((e) => [e.type, e.intuitentityid])).toEqual([
      ['qbo.invoice.updated.v1', inv?.Id],
      ['qbo.invoice.emailed.v1', inv?.Id],
    ]);

    received.length = 0;
    emu.webhooks.format = 'legacy';
    await us.post(`/invoice/${inv?.Id}/send`, {}, { sendTo: 'ap@example.com' });
    await until(() => received.length > 0);
    await emu.webhooks.idle();
    const entities = received.flatMap(
      (r) => (JSON.parse(r.body) as Json).eventNotifications[0].dataChangeEvent.entities as Json[],
    );
    expect(entities.map((e) => e.operation)).toEqual(['Update', 'Emailed']);
  });

  it('delivers the legacy shape when asked', async () => {
    emu.webhooks.format = 'legacy';
    const cust = (await us.post('/customer', { DisplayName: 'Legacy Co' })).data.Customer;
    await until(() => received.length > 0);
    const r = received[0];
    expect(r?.headers['intuit-signature']).toBe(hmac(r?.body ?? ''));
    const body = JSON.parse(r?.body ?? '{}');
    expect(body.eventNotifications[0].realmId).toBe(emu.realms.us);
    expect(body.eventNotifications[0].dataChangeEvent.entities[0]).toMatchObject({
      name: 'Customer',
      id: cust.Id,
      operation: 'Create',
    });
  });

  it('retries a failing receiver at 20, 30 and 50 minutes on the clock', async () => {
    answerWith = 500;
    await us.post('/customer', { DisplayName: 'Retry Co' });
    await until(() => emu.webhooks.deliveries.length === 1);
    expect(emu.webhooks.deliveries[0]).toMatchObject({ status: 500, attempt: 1 });
    emu.clock.advance(19 * 60_000);
    await emu.webhooks.deliverDue();
    expect(emu.webhooks.deliveries).toHaveLength(1);
    answerWith = 200;
    emu.clock.advance(60_000 + 1);
    await emu.webhooks.deliverDue();
    expect(emu.webhooks.deliveries).toHaveLength(2);
    expect(emu.webhooks.deliveries[1]).toMatchObject({ status: 200, attempt: 2 });
    expect(emu.webhooks.deliveries[1]?.body).toBe(emu.webhooks.deliveries[0]?.body);
  });

  it('records nothing from a delivery still on the wire when the emulator is reset', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let arrived = 0;
    const slow = http.createServer((req, res) => {
      arrived += 1;
      req.resume();
      void held.then(() => res.writeHead(500).end());
    });
    await new Promise<void>((r) => slow.listen(0, '127.0.0.1', () => r()));
    emu.webhooks.url = `http://127.0.0.1:${(slow.address() as AddressInfo).port}/slow`;
    await us.post('/customer', { DisplayName: 'Late Co' });
    await until(() => arrived === 1);
    emu.reset('demo');
    release();
    await emu.webhooks.idle();
    expect(emu.webhooks.deliveries).toEqual([]);
    emu.clock.advance(60 * 60_000);
    await emu.webhooks.deliverDue();
    expect(emu.webhooks.deliveries).toEqual([]);
    await new Promise((r) => slow.close(r));
  });

  it('records connection errors as failed attempts', async () => {
    emu.webhooks.url = 'http://127.0.0.1:1/nowhere';
    await us.post('/customer', { DisplayName: 'Nowhere Co' });
    await until(() => emu.webhooks.deliveries.length === 1);
    expect(emu.webhooks.deliveries[0]?.status).toBe('error');
  });
});
