import type { ConnectionView } from '@qbo-invoicing/contract';
import { confirmsName } from '@qbo-invoicing/contract/catalog';
import { AppError } from '../lib/errors';
import { log } from '../lib/log';
import { english, type Translator } from '../lib/text';
import type { Config } from '../config';
import type { Crm } from '../hubspot/crm';
import type { ClaimStore } from '../hubspot/stores/claims';
import type { ConnectionStore, StoredConnection } from '../hubspot/stores/connections';
import type { Clock } from '../lib/clock';
import type { WarmCache } from '../lib/warm-cache';
import {
  InMemoryTokenStore,
  QboAuthenticationError,
  QboReconnectRequiredError,
  type CompanyProfile,
  type QboClient,
  type QboTokens,
  type TokenStore,
} from '../quickbooks';
import type { HubSpotTokenStore } from './hubspot-token-store';
import { createState, STATE_TTL_MS, verifyState } from './oauth-state';
import { parseRedirect } from './redirect';
import { consumeState } from './state-claim';
import { toView } from './view';

/** Company facts older than this are read again before the wizard relies on them. */
export const FACTS_MAX_AGE_MS = 24 * 60 * 60_000;

/** The admin is waiting on a disconnect: Intuit gets a few seconds, not the whole call budget. */
export const REVOKE_BUDGET_MS = 4_000;

/** What connecting needs, handed in by the composition root (runtime/services.ts). */
export interface ConnectionsDeps {
  config: Config;
  crm: Crm;
  connections: ConnectionStore;
  claims: ClaimStore;
  tokenStore: HubSpotTokenStore;
  quickbooks: QboClient;
  /** A client that uses only the tokens given, stored nowhere (to check a grant before keeping it). */
  quickbooksWith: (tokens: TokenStore) => QboClient;
  clock: Clock;
  cache: WarmCache;
  /** Epoch ms by which the call must have answered. */
  deadline: number;
}

/**
 * Connecting, checking and disconnecting QuickBooks companies. Both ways of finishing a
 * connection (the callback endpoint and the pasted address) go through `complete`.
 */
export class ConnectionsService {
  constructor(private readonly services: ConnectionsDeps) {}

  private get timing() {
    return { deadline: this.services.deadline };
  }

  /** The portal this app runs in; a private app's token belongs to exactly one. */
  async portalId(): Promise<string> {
    const key = `portal-id|${this.services.config.hubspot().apiBaseUrl}`;
    const known = this.services.cache.get<string>(key, Number.POSITIVE_INFINITY);
    if (known) return known;
    const details = await this.services.crm.accountDetails();
    return this.services.cache.set(key, String(details.portalId));
  }

  async list(words: Translator = english): Promise<ConnectionView[]> {
    return (await this.services.connections.list()).map((connection) => toView(connection, words));
  }

  /** The consent URL; the state carries the admin's language for the page they come back to. */
  async startConnect(
    words: Translator = english,
  ): Promise<{ authorizeUrl: string; expiresAt: string }> {
    const { stateSecret } = this.services.config.security();
    const now = this.services.clock.now();
    const state = createState(await this.portalId(), stateSecret, now, words.language);
    const authorizeUrl = await this.services.quickbooks.authorizeUrl({ state });
    return { authorizeUrl, expiresAt: new Date(now + STATE_TTL_MS).toISOString() };
  }

  async complete(
    redirectUrl: string,
    words: Translator = english,
  ): Promise<{ connection: ConnectionView; reconnected: boolean }> {
    const { redirectUri } = this.services.config.quickbooks();
    const { stateSecret } = this.services.config.security();
    const params = parseRedirect(redirectUrl, redirectUri);
    const state = verifyState(
      params.state,
      stateSecret,
      await this.portalId(),
      this.services.clock.now(),
    );
    // Before the exchange: a state is good for one completion, even with a fresh code.
    await consumeState(this.services.claims, state);
    const existing = await this.services.connections.get(params.realmId, { fresh: true });
    const { realmId, tokens } = await this.services.quickbooks.exchangeCode(
      redirectUrl,
      this.timing,
    );
    // The realm id comes from the pasted address, which anyone can edit: the new grant must read
    // that company before anything is written, or a connected company's record would be replaced
    // by another company's grant (or a record made for a company never consented to).
    const profile = await this.verifiedProfile(realmId, tokens);
    await this.services.tokenStore.write(realmId, tokens);
    const saved = await this.saveFacts(realmId, profile);
    log.info('QuickBooks company connected', { realmId, reconnected: !!existing });
    return { connection: toView(saved, words), reconnected: !!existing };
  }

  /** The company's facts read with the new grant alone; refused when it is not that company's. */
  private async verifiedProfile(realmId: string, tokens: QboTokens): Promise<CompanyProfile> {
    const client = this.services.quickbooksWith(new InMemoryTokenStore({ [realmId]: tokens }));
    try {
      return await client.forRealm(realmId).company.profile(this.timing);
    } catch (error) {
      if (!(error instanceof QboAuthenticationError || error instanceof QboReconnectRequiredError))
        throw error;
      throw new AppError(
        'INVALID_INPUT',
        'This QuickBooks sign-in was not for company {realmId}, so nothing was connected or changed.',
        {
          field: 'redirectUrl',
          values: { realmId },
          fix: 'Start again with Connect, and paste the address exactly as the browser shows it.',
          detail: error.message,
        },
      );
    }
  }

  /** Reads CompanyInfo and Preferences again and keeps them on the connection record. */
  private async refreshFacts(realmId: string, companyName?: string): Promise<StoredConnection> {
    const company = this.services.quickbooks.forRealm(realmId, companyName ? { companyName } : {});
    return this.saveFacts(realmId, await company.company.profile(this.timing));
  }

  private async saveFacts(realmId: string, profile: CompanyProfile): Promise<StoredConnection> {
    const now = new Date(this.services.clock.now()).toISOString();
    return this.services.connections.save(realmId, {
      companyName: profile.companyName,
      country: profile.country ?? '',
      homeCurrency: profile.homeCurrency ?? '',
      environment: this.services.config.quickbooks().environment,
      factsJson: JSON.stringify(profile),
      factsRefreshedAt: now,
      lastUsedAt: now,
      status: 'connected',
      lastError: null,
    });
  }

  private async require(realmId: string): Promise<StoredConnection> {
    const connection = await this.services.connections.get(realmId);
    if (!connection) {
      throw new AppError('NOT_FOUND', 'QuickBooks company {realmId} is not connected.', {
        fix: 'Connect it from the Connections tab of the app’s settings.',
        values: { realmId },
      });
    }
    return connection;
  }

  /** Uses the connection for real (refreshing the token if due) and records the outcome. */
  async test(realmId: string, words: Translator = english): Promise<ConnectionView> {
    const connection = await this.require(realmId);
    try {
      return toView(await this.refreshFacts(realmId, connection.companyName), words);
    } catch (error) {
      // A dead refresh token was already recorded as "needs reconnect" by the token store.
      if (!(error instanceof QboReconnectRequiredError)) {
        const message = error instanceof Error ? error.message : String(error);
        await this.services.connections.save(realmId, { status: 'error', lastError: message });
      }
      throw error;
    }
  }

  /** The company's facts, read again when older than a day. */
  async profile(realmId: string): Promise<CompanyProfile> {
    const connection = await this.require(realmId);
    const fresh =
      connection.factsJson &&
      connection.factsRefreshedAt &&
      this.services.clock.now() - Date.parse(connection.factsRefreshedAt) < FACTS_MAX_AGE_MS;
    const current = fresh ? connection : await this.refreshFacts(realmId, connection.companyName);
    return JSON.parse(current.factsJson ?? '{}') as CompanyProfile;
  }

  /**
   * Revokes the grant at Intuit, then deletes the stored tokens and the connection record. Linked
   * invoices are separate records and stay linked. A failed revoke still removes the tokens here.
   */
  async disconnect(
    realmId: string,
    confirmCompanyName: string,
    words: Translator = english,
  ): Promise<{ realmId: string; revokedAtIntuit: boolean; message: string }> {
    const connection = await this.require(realmId);
    // The name the settings page shows (and asks the admin to type), unnamed companies included.
    const name = toView(connection, words).companyName;
    if (!confirmsName(confirmCompanyName, name)) {
      throw new AppError(
        'INVALID_INPUT',
        'Nothing was disconnected: the name typed is not “{name}”.',
        {
          field: 'input.confirmCompanyName',
          values: { name },
          fix: 'Type the company’s name exactly as the settings page shows it.',
        },
      );
    }
    let revokedAtIntuit = false;
    try {
      const tokens = await this.services.tokenStore.load(realmId);
      const deadline = Math.min(
        this.services.deadline,
        this.services.clock.now() + REVOKE_BUDGET_MS,
      );
      await this.services.quickbooks.revoke(tokens.refreshToken, { deadline });
      revokedAtIntuit = true;
    } catch (error) {
      log.warn('Revoking at Intuit failed; removing the tokens here anyway', {
        realmId,
        error: error instanceof Error ? error.message : String(error),
      });
    }
    await this.services.connections.save(realmId, { tokenCiphertext: null, tokenKeyId: null });
    await this.services.connections.archive(realmId);
    const message = revokedAtIntuit
      ? words.t('Disconnected {name}. Invoices already linked to HubSpot records stay linked.', {
          name,
        })
      : words.t(
          'Disconnected {name} here and deleted its tokens, but QuickBooks could not be told: remove the app under Apps in QuickBooks to finish. Invoices already linked to HubSpot records stay linked.',
          { name },
        );
    return { realmId, revokedAtIntuit, message };
  }
}
