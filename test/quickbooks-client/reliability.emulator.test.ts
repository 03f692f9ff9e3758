import { describe, expect, it } from 'vitest';
import {
  QboNetworkError,
  QboServerError,
  QboThrottledError,
} from '../../serverless/quickbooks/errors';
import { createQboClient } from '../../serverless/quickbooks/client';
import { RateLimiter } from '../../serverless/quickbooks/rate-limiter';
import { useEmulator } from './harness';
import { virtualClock } from '../support/virtual-clock';

const h = useEmulator();

const apiCalls = () => h.emulator.requests.filter((r) => r.path.startsWith('/v3/'));

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (caught: unknown) => caught,
  );
}

describe('throttling', () => {
  it('backs off after 429s and then succeeds', async () => {
    h.emulator.faults.failNext(2, 429);
    const info = await h.client.forRealm(h.us).company.info({ timeoutMs: 5_000 });
    expect(info.Country).toBe('US');
    expect(apiCalls().map((r) => r.status)).toEqual([429, 429, 200]);
  });

  it('gives a retryable throttled error when the next wait would pass the deadline', async () => {
    h.emulator.faults.failNext(1_000, 429);
    // Generous enough that a loaded machine still gets the 429s back before the deadline.
    const error = await rejection(h.client.forRealm(h.us).company.info({ timeoutMs: 2_000 }));
    expect(error).toBeInstanceOf(QboThrottledError);
    expect((error as QboThrottledError).retryable).toBe(true);
    expect((error as QboThrottledError).code).toBe('RATE_LIMITED');
    // It tried again, but stopped well before the 1,000 answers the emulator had in store.
    expect(apiCalls().length).toBeGreaterThan(1);
    expect(apiCalls().length).toBeLessThan(20);
  });

  it("stays under QuickBooks' 10 requests per second with its own limiter", async () => {
    const us = h.client.forRealm(h.us);
    await Promise.all(Array.from({ length: 25 }, () => us.terms.get('3', { timeoutMs: 10_000 })));
    expect(apiCalls()).toHaveLength(25);
    expect(apiCalls().every((r) => r.status === 200)).toBe(true);
  });

  it('recovers from real throttling when its own limiter is looser than QuickBooks', async () => {
    const loose = createQboClient({
      config: h.config,
      tokenStore: h.store,
      rateLimiter: new RateLimiter([{ limit: 1_000, windowMs: 1_000 }]),
      backoff: { baseDelayMs: 100, maxDelayMs: 400 },
    });
    const us = loose.forRealm(h.us);
    // QuickBooks throttles concurrency (10 in flight), so the answers must overlap.
    h.emulator.faults.latencyMs = 100;
    const terms = await Promise.all(
      Array.from({ length: 15 }, () => us.terms.get('3', { timeoutMs: 10_000 })),
    );
    expect(terms.every((t) => t.Name === 'Net 30')).toBe(true);
    expect(apiCalls().some((r) => r.status === 429)).toBe(true);
    expect(apiCalls().filter((r) => r.status === 200)).toHaveLength(15);
  });
});

describe('server errors and dropped connections', () => {
  it('retries 5xx answers', async () => {
    h.emulator.faults.failNext(2, 503);
    await h.client.forRealm(h.us).company.preferences({ timeoutMs: 5_000 });
    expect(apiCalls().map((r) => r.status)).toEqual([503, 503, 200]);
  });

  it('gives a retryable server error once 5xx answers exhaust the deadline', async () => {
    h.emulator.faults.failNext(1_000, 500);
    const error = await rejection(h.client.forRealm(h.us).company.info({ timeoutMs: 500 }));
    expect(error).toBeInstanceOf(QboServerError);
    expect((error as QboServerError).retryable).toBe(true);
    expect((error as QboServerError).status).toBe(500);
    expect((error as QboServerError).intuitTid).toBeTruthy();
    expect((error as QboServerError).code).toBe('UNAVAILABLE');
  });

  it('creates one customer when the first answer is lost and the create is retried', async () => {
    const before = h.emulator.realm(h.us).customers().length;
    h.emulator.faults.dropNext(1);
    const customer = await h.client
      .forRealm(h.us)
      .customers.create({ DisplayName: 'Dropped Answer Ltd' }, { idempotencyKey: 'sub-42' });
    expect(customer.DisplayName).toBe('Dropped Answer Ltd');
    const after = h.emulator.realm(h.us).customers();
    expect(after).toHaveLength(before + 1);
    expect(after.filter((c) => c.DisplayName === 'Dropped Answer Ltd')).toHaveLength(1);
    const writes = apiCalls().filter((r) => r.method === 'POST');
    expect(writes.map((r) => r.status)).toEqual([0, 200]);
    expect(writes[0]?.requestId).toBe(writes[1]?.requestId);
  });

  it('creates one invoice when the caller itself retries with the same key', async () => {
    const realm = h.emulator.realm(h.us);
    const customer = realm.customers().find((c) => c.Active);
    const item = realm.items().find((i) => i.Name === 'Gardening');
    const invoice = {
      CustomerRef: { value: customer?.Id ?? '' },
      Line: [
        {
          DetailType: 'SalesItemLineDetail' as const,
          Amount: '35',
          SalesItemLineDetail: { ItemRef: { value: item?.Id ?? '' }, Qty: '1', UnitPrice: '35' },
        },
      ] as [
        {
          DetailType: 'SalesItemLineDetail';
          Amount: string;
          SalesItemLineDetail: { ItemRef: { value: string }; Qty: string; UnitPrice: string };
        },
      ],
    };
    const before = realm.invoices().length;
    // Every attempt is processed, then its answer dropped, until the budget is spent: on a clock
    // that does not wait, so no attempt can still be on its way when the caller retries.
    h.emulator.faults.dropNext(1_000);
    const clock = virtualClock();
    const first = await rejection(
      h
        .newClient({ clock })
        .forRealm(h.us)
        .invoices.create(invoice, { idempotencyKey: 'wizard-7', deadline: clock.now() + 5_000 }),
    );
    expect(first).toBeInstanceOf(QboNetworkError);
    expect((first as QboNetworkError).retryable).toBe(true);
    h.emulator.faults.dropNext(0);
    const second = await h.client
      .forRealm(h.us)
      .invoices.create(invoice, { idempotencyKey: 'wizard-7' });
    expect(realm.invoices()).toHaveLength(before + 1);
    expect(realm.invoices().at(-1)?.Id).toBe(second.Id);
  });

  it('times out a slow answer as a retryable network error within the deadline', async () => {
    h.emulator.faults.latencyMs = 3_000;
    const error = await rejection(h.client.forRealm(h.us).company.info({ timeoutMs: 400 }));
    expect(error).toBeInstanceOf(QboNetworkError);
    expect((error as QboNetworkError).timedOut).toBe(true);
    h.emulator.faults.latencyMs = 0;
  });
});
