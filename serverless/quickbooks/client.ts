import axios, { type AxiosInstance } from 'axios';
import { systemClock, type Clock } from '../lib/clock';
import { defaultMinorVersion, intuitApiBaseUrls, type QboClientConfig } from './config';
import { QboOAuth, type ExchangedCode } from './oauth';
import { RateLimiter } from './rate-limiter';
import type { QboTokens } from './token-store';
import { BatchApi } from './resources/batch';
import { CdcApi } from './resources/cdc';
import { CompanyApi } from './resources/company';
import { CustomersApi } from './resources/customers';
import { ExchangeRatesApi } from './resources/exchange-rates';
import { InvoicesApi } from './resources/invoices';
import { ItemsApi } from './resources/items';
import { PaymentsApi } from './resources/payments';
import { TaxApi } from './resources/tax';
import { TermsApi } from './resources/terms';
import { defaultBackoff, type BackoffPolicy, type CallTiming } from './retry';
import type { TokenStore } from './token-store';
import { TokenManager } from './tokens';
import { QboTransport, type QboRequestEvent } from './transport';

export interface QboClientOptions {
  config: QboClientConfig;
  tokenStore: TokenStore;
  /** Share one across clients (a warm function's cache does); a new one otherwise. */
  rateLimiter?: RateLimiter;
  clock?: Clock;
  random?: () => number;
  backoff?: BackoffPolicy;
  /** An axios instance for the Accounting API (tests, proxies); a shared default otherwise. */
  http?: AxiosInstance;
  /**
   * Token refreshes in flight, by realm id. Clients that share one (the calls of a warm function
   * do, through its cache) refresh a company's tokens once between them, so parallel calls never
   * rotate the refresh token twice.
   */
  refreshes?: Map<string, Promise<QboTokens>>;
  /** Called after every HTTP exchange with the Accounting API (status, intuit_tid, timing). */
  onRequest?: (event: QboRequestEvent) => void;
}

/** The API of one connected QuickBooks company. */
export class QboCompany {
  readonly company: CompanyApi;
  readonly customers: CustomersApi;
  readonly items: ItemsApi;
  readonly terms: TermsApi;
  readonly tax: TaxApi;
  readonly exchangeRates: ExchangeRatesApi;
  readonly invoices: InvoicesApi;
  readonly payments: PaymentsApi;
  readonly cdc: CdcApi;
  readonly batch: BatchApi;

  constructor(readonly transport: QboTransport) {
    this.company = new CompanyApi(transport);
    this.customers = new CustomersApi(transport);
    this.items = new ItemsApi(transport);
    this.terms = new TermsApi(transport);
    this.tax = new TaxApi(transport);
    this.exchangeRates = new ExchangeRatesApi(transport);
    this.invoices = new InvoicesApi(transport);
    this.payments = new PaymentsApi(transport);
    this.cdc = new CdcApi(transport);
    this.batch = new BatchApi(transport);
  }

  get realmId(): string {
    return this.transport.realmId;
  }
}

export class QboClient {
  readonly oauth: QboOAuth;
  private readonly clock: Clock;
  private readonly limiter: RateLimiter;
  private readonly http: AxiosInstance;
  private readonly random: () => number;
  private readonly companies = new Map<string, QboCompany>();
  private readonly tokenManagers = new Map<string, TokenManager>();

  constructor(private readonly options: QboClientOptions) {
    this.clock = options.clock ?? systemClock;
    this.limiter = options.rateLimiter ?? new RateLimiter(undefined, this.clock);
    this.http = options.http ?? axios.create();
    this.random = options.random ?? Math.random;
    this.oauth = new QboOAuth(options.config.oauth, this.clock, this.random);
  }

  /**
   * The API of one company. `companyName` only makes the reconnect message friendlier. The same
   * object is returned for the same realm, so its calls share one token refresh.
   */
  forRealm(realmId: string, params: { companyName?: string } = {}): QboCompany {
    const label = params.companyName ? `"${params.companyName}"` : undefined;
    const existing = this.companies.get(realmId);
    if (existing) {
      if (label) this.tokenManagers.get(realmId)?.setCompanyLabel(label);
      return existing;
    }
    const tokens = new TokenManager(
      realmId,
      label ?? realmId,
      this.options.tokenStore,
      this.oauth,
      this.clock,
      this.options.refreshes ?? new Map(),
    );
    this.tokenManagers.set(realmId, tokens);
    const company = new QboCompany(
      new QboTransport({
        realmId,
        baseUrl:
          this.options.config.apiBaseUrl ??
          intuitApiBaseUrls[this.options.config.oauth.environment],
        minorVersion: this.options.config.minorVersion ?? defaultMinorVersion,
        tokens,
        limiter: this.limiter,
        clock: this.clock,
        backoff: this.options.backoff ?? defaultBackoff,
        random: this.random,
        http: this.http,
        ...(this.options.onRequest ? { onRequest: this.options.onRequest } : {}),
      }),
    );
    this.companies.set(realmId, company);
    return company;
  }

  /** Where to send an admin to approve access; `state` is signed and checked by the caller. */
  authorizeUrl(params: { state: string }): Promise<string> {
    return this.oauth.authorizeUrl(params);
  }

  /** Turns the URL Intuit redirected to into the company's realm id and first tokens. */
  exchangeCode(callbackUrl: string, timing?: CallTiming): Promise<ExchangedCode> {
    return this.oauth.exchangeCode(callbackUrl, timing);
  }

  /** Revokes the company's grant (on disconnect). */
  revoke(refreshToken: string, timing?: CallTiming): Promise<void> {
    return this.oauth.revoke(refreshToken, timing);
  }
}

export function createQboClient(options: QboClientOptions): QboClient {
  return new QboClient(options);
}
