import type { AddressInfo } from 'node:net';
import { apiRouter } from './api.js';
import { Faults } from './faults.js';
import { RateLimiter, type RateLimiterOptions, type Tier } from './rate-limit.js';
import { Router } from './router.js';
import { controlRoutes } from './routes/control.js';
import { seedDemo, type DemoIds } from './seed-demo.js';
import { createEmulatorServer } from './server.js';
import { CrmStore } from './store.js';
import { storeView, type HubSpotStoreView } from './store-view.js';
import type { Seed } from './types.js';

export type { DemoIds } from './seed-demo.js';
export type { HubSpotStoreView } from './store-view.js';
export type { CrmRecord, ObjectTypeDef, PropertyDef, PropertyGroup } from './types.js';

export interface HubSpotEmulatorOptions {
  port?: number;
  host?: string;
  token?: string;
  portalId?: number;
  seed?: Seed;
  /** Portal time zone reported by /account-info/v3/details. */
  timeZone?: string;
  /** Enforce HubSpot's limits (rolling 10 s, daily, search per second); off by default. */
  enforceRateLimits?: boolean;
  /** The account's subscription tier, which sets the limits; Professional unless given. */
  rateLimitTier?: Tier;
  /** Smaller limits than the tier's, for tests that reach one quickly. */
  rateLimits?: RateLimiterOptions['limits'];
  /** Epoch-ms clock of the rate-limit windows (the machine's unless given). */
  now?: () => number;
}

export interface HubSpotFaults {
  latencyMs: number;
  failNext(n: number, status?: number): void;
  dropNext(n: number): void;
  /** Injected faults hit only matching requests (e.g. `{method: 'POST', pathEndsWith: '/batch/upsert'}`). */
  target(filter: { method?: string; pathEndsWith?: string } | null): void;
  rateLimit(on: boolean, retryAfterSeconds?: number): void;
  rateLimitNext(n: number, retryAfterSeconds?: number): void;
  /** Clears every injected fault. */
  clear(): void;
}

export interface HubSpotEmulator {
  url: string;
  token: string;
  portalId: number;
  close(): Promise<void>;
  /** Fresh state: data reseeded, faults cleared, request log and rate counters emptied. */
  reset(seed?: Seed): void;
  /** Ids of the demo records; throws when the current seed is 'empty'. */
  readonly demo: DemoIds;
  faults: HubSpotFaults;
  requests: Array<{ method: string; path: string; status: number }>;
  store: HubSpotStoreView;
}

export async function startHubSpotEmulator(
  opts: HubSpotEmulatorOptions = {},
): Promise<HubSpotEmulator> {
  const token = opts.token ?? 'pat-emulator-token';
  const portalId = opts.portalId ?? 12345678;
  const store = new CrmStore(portalId);
  const faults = new Faults();
  const timeZone = opts.timeZone ?? 'America/New_York';
  const limiter = new RateLimiter({
    timeZone,
    ...(opts.rateLimitTier ? { tier: opts.rateLimitTier } : {}),
    ...(opts.rateLimits ? { limits: opts.rateLimits } : {}),
    ...(opts.now ? { now: opts.now } : {}),
  });
  limiter.enforce = opts.enforceRateLimits ?? false;
  const requests: HubSpotEmulator['requests'] = [];
  let demo: DemoIds | undefined;

  const reset = (seed: Seed = opts.seed ?? 'demo'): void => {
    store.reset();
    faults.clear();
    limiter.reset();
    requests.length = 0;
    demo = seed === 'demo' ? seedDemo(store) : undefined;
  };
  reset();

  const control = new Router();
  controlRoutes(control, {
    faults,
    requests,
    reset,
    demoIds: () => demo,
    enforceRateLimits: (on) => void (limiter.enforce = on),
  });
  const server = createEmulatorServer({
    api: apiRouter(store, timeZone),
    control,
    token: () => token,
    faults,
    limiter,
    requests,
  });
  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    token,
    portalId,
    reset,
    get demo(): DemoIds {
      if (!demo) throw new Error("No demo data: call reset('demo') first");
      return demo;
    },
    faults,
    requests,
    store: storeView(() => store),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
