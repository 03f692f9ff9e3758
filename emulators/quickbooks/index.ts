// QuickBooks Online emulator: OAuth, the Accounting API subset the product uses, faults, limits,
// webhooks and two demo companies, over real HTTP on 127.0.0.1.
import type { AddressInfo } from 'node:net';
import { createClock, type Clock } from './clock.js';
import type { ConformanceViolation } from './conformance.js';
import { controlHandler } from './control.js';
import type { Core, RequestLogEntry } from './core.js';
import type { UnauthorizedForm } from './faults.js';
import { isObj } from './json.js';
import { Limits } from './limits.js';
import { OAuthServer, type OAuthApp, type TokenSet } from './oauth.js';
import { OAUTH_PATHS } from './oauth-routes.js';
import { realmHandle, type RealmHandle } from './realm-handle.js';
import { createCompany, type CompanyOptions } from './seed/company.js';
import { DEMO_REALMS, seedGlobalDemo, seedUsDemo } from './seed/demo.js';
import { createServer } from './server.js';
import type { ChangeEvent, RealmStore } from './store.js';
import { Webhooks } from './webhooks.js';

export type { RealmHandle } from './realm-handle.js';
export type { Customer, Invoice, Item, Payment, Ref } from './types.js';
export type { WebhookDelivery, WebhookFormat } from './webhooks.js';
export { signature as webhookSignature } from './webhooks.js';
export { DEMO_REALMS } from './seed/demo.js';

export interface StartOptions {
  port?: number;
  host?: string;
  seed?: 'demo' | 'empty';
  now?: Date;
  /** A response that fails the XSD check is answered as 500 (default true). */
  strictConformance?: boolean;
}

export interface EmulatorFaults {
  latencyMs: number;
  /** Form of 401 for genuinely bad tokens (default json). */
  unauthorizedForm: UnauthorizedForm;
  failNext(n: number, status?: number): void;
  dropNext(n: number): void;
  /**
   * Holds the next token-endpoint answers (one delay each, real ms) after the tokens are issued,
   * so answers arrive in another order than Intuit issued them. A function holds its answer until
   * the promise it returns settles (a test does something while the tokens are on their way).
   */
  holdTokenAnswers(delaysMs: Array<number | (() => Promise<unknown>)>): void;
  /** Injected 5xx and drops hit only matching requests (e.g. `{method: 'POST', pathEndsWith: '/invoice'}`). */
  target(filter: { method?: string; pathEndsWith?: string } | null): void;
  unauthorizedNext(n: number, form: UnauthorizedForm): void;
  denyConsent(on: boolean): void;
}

export interface QuickBooksEmulator {
  url: string;
  oauth: {
    authorizeUrl: string;
    tokenUrl: string;
    revokeUrl: string;
    userInfoUrl?: string;
    /** Intuit's JWKS path: the keys that verify `id_token`s. */
    jwksUrl: string;
  };
  app: OAuthApp;
  addRedirectUri(uri: string): void;
  realms: { us: string; global: string };
  clock: Clock;
  reset(seed?: 'demo' | 'empty'): void;
  close(): Promise<void>;
  issueTokens(realmId: string): TokenSet;
  expireAccessTokens(realmId?: string): void;
  killRefreshTokens(realmId?: string): void;
  revokedTokens: string[];
  faults: EmulatorFaults;
  limits: { enabled: boolean };
  webhooks: Webhooks;
  requests: RequestLogEntry[];
  realm(realmId: string): RealmHandle;
  createRealm(opts: Omit<CompanyOptions, 'realmId'>): string;
  closeBooks(realmId: string, closingDate: string): void;
  conformanceViolations: ConformanceViolation[];
}

export const DEMO_APP: Omit<OAuthApp, 'redirectUris'> = {
  clientId: 'ABqboEmulatorDemoClientIdDoNotUseInProduction01',
  clientSecret: 'qbo-emulator-demo-secret-0123456789abcdefABCDEF',
  webhookVerifierToken: 'qbo-emulator-webhook-verifier-token',
};

export async function startQuickBooksEmulator(
  opts: StartOptions = {},
): Promise<QuickBooksEmulator> {
  const clock = createClock(opts.now);
  const host = opts.host ?? '127.0.0.1';
  const realms = new Map<string, RealmStore>();
  const app: OAuthApp = { ...DEMO_APP, redirectUris: [] };
  const webhooks = new Webhooks(clock, () => app.webhookVerifierToken);
  const onChange = (e: ChangeEvent): void => webhooks.enqueue(e);
  const oauth = new OAuthServer(
    clock,
    (id) => realms.has(id),
    () => DEMO_REALMS.us,
  );
  oauth.addApp(app);
  const core: Core = {
    clock,
    oauth,
    limits: new Limits(clock),
    webhooks,
    app,
    realms,
    faults: {
      latencyMs: 0,
      failCount: 0,
      failStatus: 500,
      dropCount: 0,
      tokenAnswerDelays: [],
      target: null,
      unauthorizedCount: 0,
      unauthorizedForm: 'json',
      defaultUnauthorizedForm: 'json',
    },
    strictConformance: opts.strictConformance ?? true,
    violations: [],
    requests: [],
  };

  const holder: { emulator?: QuickBooksEmulator } = {};
  const server = createServer(
    core,
    controlHandler(() => {
      if (!holder.emulator) throw new Error('emulator not started');
      return holder.emulator;
    }),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const defaultRedirects = [
    `${url}/__emulator/oauth/callback`,
    'http://localhost:3000/oauth/callback',
  ];
  let realmCounter = 0;

  const reset = (seed: 'demo' | 'empty' = 'demo'): void => {
    realms.clear();
    oauth.clear();
    core.limits.clear();
    core.webhooks.reset();
    core.requests.length = 0;
    core.violations.length = 0;
    Object.assign(core.faults, {
      latencyMs: 0,
      failCount: 0,
      dropCount: 0,
      tokenAnswerDelays: [],
      target: null,
      unauthorizedCount: 0,
      unauthorizedForm: 'json',
      defaultUnauthorizedForm: 'json',
    });
    core.limits.enabled = true;
    app.redirectUris.splice(0, app.redirectUris.length, ...defaultRedirects);
    const now = clock.now();
    if (seed === 'demo') {
      realms.set(DEMO_REALMS.us, seedUsDemo(now, onChange));
      realms.set(DEMO_REALMS.global, seedGlobalDemo(now, onChange));
    } else {
      const past = new Date(now.getTime() - 400 * 86_400_000);
      realms.set(
        DEMO_REALMS.us,
        createCompany(
          { realmId: DEMO_REALMS.us, country: 'US', companyName: 'Empty US Company' },
          past,
          onChange,
        ).store,
      );
      realms.set(
        DEMO_REALMS.global,
        createCompany(
          {
            realmId: DEMO_REALMS.global,
            country: 'GB',
            companyName: 'Empty UK Company',
            multiCurrency: true,
            customTxnNumbers: true,
            currencies: ['EUR', 'USD'],
          },
          past,
          onChange,
        ).store,
      );
    }
  };

  const requireRealm = (realmId: string): RealmStore => {
    const r = realms.get(realmId);
    if (!r) throw new Error(`unknown realm ${realmId}`);
    return r;
  };

  const emulator: QuickBooksEmulator = {
    url,
    oauth: {
      authorizeUrl: `${url}${OAUTH_PATHS.authorize}`,
      tokenUrl: `${url}${OAUTH_PATHS.token}`,
      revokeUrl: `${url}${OAUTH_PATHS.revoke}`,
      userInfoUrl: `${url}${OAUTH_PATHS.userInfo}`,
      jwksUrl: `${url}${OAUTH_PATHS.jwks}`,
    },
    app,
    addRedirectUri: (uri) => {
      if (!app.redirectUris.includes(uri)) app.redirectUris.push(uri);
    },
    realms: { us: DEMO_REALMS.us, global: DEMO_REALMS.global },
    clock,
    reset,
    close: async () => {
      core.webhooks.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
    issueTokens: (realmId) => {
      requireRealm(realmId);
      return oauth.issue(realmId, app.clientId);
    },
    expireAccessTokens: (realmId) => oauth.expireAccessTokens(realmId),
    killRefreshTokens: (realmId) => oauth.killRefreshTokens(realmId),
    revokedTokens: oauth.revokedTokens,
    faults: {
      get latencyMs() {
        return core.faults.latencyMs;
      },
      set latencyMs(ms: number) {
        core.faults.latencyMs = ms;
      },
      get unauthorizedForm() {
        return core.faults.defaultUnauthorizedForm;
      },
      set unauthorizedForm(form: UnauthorizedForm) {
        core.faults.defaultUnauthorizedForm = form;
      },
      failNext: (n, status = 500) => {
        core.faults.failCount = n;
        core.faults.failStatus = status;
      },
      dropNext: (n) => {
        core.faults.dropCount = n;
      },
      holdTokenAnswers: (delaysMs) => {
        core.faults.tokenAnswerDelays = [...delaysMs];
      },
      target: (filter) => {
        core.faults.target = filter;
      },
      unauthorizedNext: (n, form) => {
        core.faults.unauthorizedCount = n;
        core.faults.unauthorizedForm = form;
      },
      denyConsent: (on) => {
        oauth.denyConsent = on;
      },
    },
    limits: core.limits,
    webhooks: core.webhooks,
    requests: core.requests,
    realm: (realmId) => realmHandle(requireRealm(realmId), () => clock.now()),
    createRealm: (o) => {
      realmCounter++;
      const realmId = `91303577665${String(10_000 + realmCounter)}`;
      const past = new Date(clock.now().getTime() - 30 * 86_400_000);
      realms.set(realmId, createCompany({ ...o, realmId }, past, onChange).store);
      return realmId;
    },
    closeBooks: (realmId, closingDate) => {
      const r = requireRealm(realmId);
      r.closingDate = closingDate;
      const prefs = r.preferences();
      const accounting = isObj(prefs.AccountingInfoPrefs) ? prefs.AccountingInfoPrefs : {};
      r.touch('Preferences', prefs.Id, {
        AccountingInfoPrefs: { ...accounting, BookCloseDate: closingDate },
      });
    },
    conformanceViolations: core.violations,
  };
  holder.emulator = emulator;
  reset(opts.seed ?? 'demo');
  return emulator;
}
