// Signed webhook deliveries, in the CloudEvents 1.0 form or the legacy eventNotifications form,
// with Intuit's retry schedule (20, 30, 50 minutes) measured on the emulator's clock.
import { createHmac, randomUUID } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import type { Clock } from './clock.js';
import type { ChangeEvent, EntityName } from './store.js';
import { qboDateTime } from './time.js';

export type WebhookFormat = 'cloudevents' | 'legacy';

export interface WebhookDelivery {
  status: number | 'error';
  attempt: number;
  body: string;
  url: string;
  at: string;
}

interface Pending {
  body: string;
  contentType: string;
  attempt: number;
  dueAt: number;
}

const NOTIFIED: EntityName[] = ['Customer', 'Item', 'Invoice', 'Payment'];
const CE_OPERATION = {
  Create: 'created',
  Update: 'updated',
  Delete: 'deleted',
  Void: 'voided',
  Emailed: 'emailed',
} as const;

export function signature(verifierToken: string, body: string): string {
  return createHmac('sha256', verifierToken).update(body, 'utf8').digest('base64');
}

export class Webhooks {
  url: string | null = null;
  format: WebhookFormat = 'cloudevents';
  readonly deliveries: WebhookDelivery[] = [];
  retryDelaysMs = [20 * 60_000, 30 * 60_000, 50 * 60_000];
  timeoutMs = 3000;
  batchDelayMs = 25;
  private queue: ChangeEvent[] = [];
  private pending: Pending[] = [];
  private inFlight = 0;
  private flushTimer: NodeJS.Timeout | undefined;
  private readonly ticker: NodeJS.Timeout;
  /** Bumped by reset(): a delivery still on the wire from before it is not recorded or retried. */
  private generation = 0;

  constructor(
    private readonly clock: Clock,
    private readonly verifierToken: () => string,
  ) {
    this.ticker = setInterval(() => this.retryDue(), 20);
    this.ticker.unref();
  }

  enqueue(e: ChangeEvent): void {
    if (!this.url || !NOTIFIED.includes(e.entity)) return;
    this.queue.push(e);
    this.flushTimer ??= setTimeout(() => {
      this.flushTimer = undefined;
      this.flush();
    }, this.batchDelayMs);
  }

  reset(): void {
    this.generation += 1;
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    this.url = null;
    this.format = 'cloudevents';
    this.queue = [];
    this.pending = [];
    this.deliveries.length = 0;
  }

  close(): void {
    clearInterval(this.ticker);
    if (this.flushTimer) clearTimeout(this.flushTimer);
  }

  /** Resolves once nothing is queued or on the wire (retries scheduled later do not count). */
  async idle(): Promise<void> {
    while (this.queue.length > 0 || this.inFlight > 0 || this.flushTimer)
      await new Promise((r) => setTimeout(r, 10));
  }

  /**
   * Sends now every retry whose time has come on the emulator's clock, and resolves when they
   * and anything else on the wire have been answered: tests move the clock, then call this,
   * instead of waiting for the background ticker.
   */
  async deliverDue(): Promise<void> {
    this.retryDue();
    await this.idle();
  }

  private flush(): void {
    const events = this.queue;
    this.queue = [];
    if (events.length === 0 || !this.url) return;
    const { body, contentType } =
      this.format === 'cloudevents' ? this.cloudEvents(events) : this.legacy(events);
    void this.deliver({ body, contentType, attempt: 1, dueAt: 0 });
  }

  private cloudEvents(events: ChangeEvent[]): { body: string; contentType: string } {
    const payload = events.map((e) => ({
      specversion: '1.0',
      id: randomUUID(),
      source: 'intuit.quickbooks.accounting',
      type: `qbo.${e.entity.toLowerCase()}.${CE_OPERATION[e.operation]}.v1`,
      time: e.time.toISOString(),
      datacontenttype: 'application/json',
      intuitentityid: e.id,
      intuitaccountid: e.realmId,
      data: {},
    }));
    return { body: JSON.stringify(payload), contentType: 'application/cloudevents+json' };
  }

  private legacy(events: ChangeEvent[]): { body: string; contentType: string } {
    const byRealm = new Map<string, ChangeEvent[]>();
    for (const e of events) byRealm.set(e.realmId, [...(byRealm.get(e.realmId) ?? []), e]);
    const payload = {
      eventNotifications: [...byRealm].map(([realmId, list]) => ({
        realmId,
        dataChangeEvent: {
          entities: list.map((e) => ({
            name: e.entity,
            id: e.id,
            operation: e.operation,
            lastUpdated: qboDateTime(e.time),
          })),
        },
      })),
    };
    return { body: JSON.stringify(payload), contentType: 'application/json' };
  }

  private retryDue(): void {
    const now = this.clock.now().getTime();
    const due = this.pending.filter((p) => p.dueAt <= now);
    if (due.length === 0) return;
    this.pending = this.pending.filter((p) => p.dueAt > now);
    for (const p of due) void this.deliver(p);
  }

  private async deliver(p: Pending): Promise<void> {
    const url = this.url;
    if (!url) return;
    const generation = this.generation;
    this.inFlight++;
    const status = await this.post(url, p.body, p.contentType);
    if (generation !== this.generation) {
      this.inFlight--;
      return;
    }
    this.deliveries.push({
      status,
      attempt: p.attempt,
      body: p.body,
      url,
      at: this.clock.now().toISOString(),
    });
    const ok = typeof status === 'number' && status >= 200 && status < 300;
    const delay = this.retryDelaysMs[p.attempt - 1];
    if (!ok && delay !== undefined)
      this.pending.push({
        ...p,
        attempt: p.attempt + 1,
        dueAt: this.clock.now().getTime() + delay,
      });
    this.inFlight--;
  }

  private post(url: string, body: string, contentType: string): Promise<number | 'error'> {
    return new Promise((resolve) => {
      let target: URL;
      try {
        target = new URL(url);
      } catch {
        resolve('error');
        return;
      }
      const lib = target.protocol === 'https:' ? https : http;
      const req = lib.request(
        target,
        {
          method: 'POST',
          headers: {
            'content-type': contentType,
            'content-length': Buffer.byteLength(body),
            'intuit-signature': signature(this.verifierToken(), body),
            'intuit-created-time': new Date().toISOString(),
          },
          timeout: this.timeoutMs,
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 'error'));
        },
      );
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', () => resolve('error'));
      req.end(body);
    });
  }
}
