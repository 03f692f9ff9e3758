import type { Config } from '../config';
import { Crm } from '../hubspot/crm';
import { DealReader } from '../hubspot/deal-context';
import { HubSpotHttp } from '../hubspot/http';
import { SchemaRegistry } from '../hubspot/schemas';
import { ClaimStore } from '../hubspot/stores/claims';
import { ConnectionStore } from '../hubspot/stores/connections';
import { InvoiceLinkStore } from '../hubspot/stores/invoice-links';
import { Timeline } from '../hubspot/stores/timeline';
import type { Clock } from '../lib/clock';
import type { WarmCache } from '../lib/warm-cache';
import { Setup } from '../setup/setup';
import { HubSpotTokenStore } from '../connections/hubspot-token-store';
import { ConnectionsService } from '../connections/service';
import {
  createQboClient,
  RateLimiter,
  type QboClient,
  type QboTokens,
  type TokenStore,
} from '../quickbooks';
import axios from 'axios';

/** What one call runs with: its deadline, the function's clock and warm cache. */
export interface CallScope {
  /** Epoch ms (on `clock`) by which the call must have answered. */
  deadline: number;
  clock: Clock;
  cache: WarmCache;
}

/**
 * The composition root: the objects an operation works with, built on first use for one call
 * (they carry its deadline and clock). Nothing here runs at cold start, so an operation that needs
 * no HubSpot access never reads the HubSpot secret. What outlives the call (schema ids, recent
 * deals, the portal id, the QuickBooks rate limiter, connection pool and refreshes in flight) lives
 * in the warm cache, nowhere else; connection records never do (they are read in every call).
 */
export class Services {
  private memo = new Map<string, unknown>();

  constructor(
    readonly config: Config,
    private readonly scope: CallScope,
  ) {}

  get deadline(): number {
    return this.scope.deadline;
  }

  get clock(): Clock {
    return this.scope.clock;
  }

  get cache(): WarmCache {
    return this.scope.cache;
  }

  private once<T>(key: string, make: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, make());
    return this.memo.get(key) as T;
  }

  /** The HubSpot API this function talks to; cache keys carry it, so two portals never mix. */
  private get hubspotApi(): string {
    return this.config.hubspot().apiBaseUrl;
  }

  get crm(): Crm {
    return this.once('crm', () => {
      const { apiBaseUrl, accessToken } = this.config.hubspot();
      const { clock } = this.scope;
      return new Crm(
        new HubSpotHttp({
          baseUrl: apiBaseUrl,
          accessToken,
          deadline: this.deadline,
          retry: { now: () => clock.now(), sleep: (ms) => clock.sleep(ms) },
        }),
      );
    });
  }

  get schemas(): SchemaRegistry {
    return this.once('schemas', () => new SchemaRegistry(this.crm, this.cache, this.hubspotApi));
  }

  get deals(): DealReader {
    return this.once('deals', () => new DealReader(this.crm, this.cache, this.hubspotApi));
  }

  get invoiceLinks(): InvoiceLinkStore {
    return this.once('invoiceLinks', () => new InvoiceLinkStore(this.crm, this.schemas));
  }

  get timeline(): Timeline {
    return this.once('timeline', () => new Timeline(this.crm, this.claims, this.clock));
  }

  get connections(): ConnectionStore {
    return this.once('connections', () => new ConnectionStore(this.crm, this.schemas));
  }

  get claims(): ClaimStore {
    return this.once('claims', () => new ClaimStore(this.crm, this.schemas));
  }

  get setup(): Setup {
    return this.once('setup', () => new Setup(this.crm, this.schemas));
  }

  get tokenStore(): HubSpotTokenStore {
    return this.once(
      'tokenStore',
      () =>
        new HubSpotTokenStore(
          this.connections,
          this.claims,
          this.config.security().encryptionKeys,
          this.clock,
        ),
    );
  }

  get quickbooks(): QboClient {
    // The connections' own tokens: refreshes of a company are shared by this instance's calls.
    return this.once('quickbooks', () =>
      this.quickbooksWith(
        this.tokenStore,
        this.cache.keep('qbo-refreshes', () => new Map()),
      ),
    );
  }

  /**
   * A QuickBooks client over the given tokens, sharing this instance's rate limiter and kept-alive
   * connections; its token refreshes are its own unless `refreshes` is shared.
   */
  quickbooksWith(
    tokenStore: TokenStore,
    refreshes: Map<string, Promise<QboTokens>> = new Map(),
  ): QboClient {
    const qbo = this.config.quickbooks();
    const { clock, cache } = this.scope;
    return createQboClient({
      config: {
        ...(qbo.apiBaseUrl ? { apiBaseUrl: qbo.apiBaseUrl } : {}),
        oauth: {
          clientId: qbo.clientId,
          clientSecret: qbo.clientSecret,
          redirectUri: qbo.redirectUri,
          environment: qbo.environment,
          ...qbo.oauthEndpoints,
        },
      },
      tokenStore,
      clock,
      // QuickBooks limits each company across every call of this instance, so the limiter's
      // bookkeeping (and the kept-alive connections) outlive one call.
      rateLimiter: cache.keep('qbo-rate-limiter', () => new RateLimiter(undefined, clock)),
      http: cache.keep('qbo-http', () => axios.create()),
      refreshes,
    });
  }

  get connectionsService(): ConnectionsService {
    return this.once(
      'connectionsService',
      () =>
        new ConnectionsService({
          config: this.config,
          crm: this.crm,
          connections: this.connections,
          claims: this.claims,
          tokenStore: this.tokenStore,
          quickbooks: this.quickbooks,
          quickbooksWith: (tokens) => this.quickbooksWith(tokens),
          clock: this.clock,
          cache: this.cache,
          deadline: this.deadline,
        }),
    );
  }
}
