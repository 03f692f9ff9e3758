import type { Config } from '../config';
import { Crm } from '../hubspot/crm';
import { HubSpotHttp } from '../hubspot/http';
import { SchemaRegistry } from '../hubspot/schemas';
import { ConnectionStore } from '../hubspot/stores/connections';
import { InvoiceLinkStore } from '../hubspot/stores/invoice-links';
import { Setup } from '../setup/setup';
import { HubSpotTokenStore } from '../connections/hubspot-token-store';
import { ConnectionsService } from '../connections/service';
import { createQboClient, type QboClient } from '../quickbooks';

/**
 * The objects an operation works with, built on first use for one invocation (they carry its
 * deadline). Nothing here runs at cold start, so a function whose operation needs no HubSpot
 * access never reads the HubSpot secret.
 */
export class Services {
  private memo = new Map<string, unknown>();

  constructor(
    readonly config: Config,
    readonly deadline: number,
  ) {}

  private once<T>(key: string, make: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, make());
    return this.memo.get(key) as T;
  }

  get crm(): Crm {
    return this.once('crm', () => {
      const { apiBaseUrl, accessToken } = this.config.hubspot();
      return new Crm(
        new HubSpotHttp({ baseUrl: apiBaseUrl, accessToken, deadline: this.deadline }),
      );
    });
  }

  get schemas(): SchemaRegistry {
    return this.once(
      'schemas',
      () => new SchemaRegistry(this.crm, this.config.hubspot().apiBaseUrl),
    );
  }

  get invoiceLinks(): InvoiceLinkStore {
    return this.once('invoiceLinks', () => new InvoiceLinkStore(this.crm, this.schemas));
  }

  get connections(): ConnectionStore {
    return this.once(
      'connections',
      () => new ConnectionStore(this.crm, this.schemas, this.config.hubspot().apiBaseUrl),
    );
  }

  get setup(): Setup {
    return this.once('setup', () => new Setup(this.crm, this.schemas));
  }

  get tokenStore(): HubSpotTokenStore {
    return this.once(
      'tokenStore',
      () => new HubSpotTokenStore(this.connections, this.config.security().encryptionKeys),
    );
  }

  get quickbooks(): QboClient {
    return this.once('quickbooks', () => {
      const qbo = this.config.quickbooks();
      return createQboClient({
        config: {
          apiBaseUrl: qbo.apiBaseUrl,
          oauth: {
            clientId: qbo.clientId,
            clientSecret: qbo.clientSecret,
            redirectUri: qbo.redirectUri,
            environment: qbo.environment,
            ...qbo.oauthEndpoints,
          },
        },
        tokenStore: this.tokenStore,
      });
    });
  }

  get connectionsService(): ConnectionsService {
    return this.once('connectionsService', () => new ConnectionsService(this));
  }
}
