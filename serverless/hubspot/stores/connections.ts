import * as z from 'zod';
import { log } from '../../lib/log';
import { CONNECTION_OBJECT, connectionObject } from '../definitions';
import type { Crm, CrmRecord } from '../crm';
import { isHubSpotStatus } from '../errors';
import type { SchemaRegistry } from '../schemas';

export const connectionStatuses = ['connected', 'needs_reconnect', 'error'] as const;
export type ConnectionStatus = (typeof connectionStatuses)[number];

/**
 * A connected QuickBooks company as stored in HubSpot. Tokens are only ever held here as
 * ciphertext (see the connections feature's token vault); this store never sees plain tokens.
 */
export interface StoredConnection {
  recordId: string | null;
  realmId: string;
  companyName: string;
  country: string;
  homeCurrency: string;
  environment: 'sandbox' | 'production';
  status: ConnectionStatus;
  lastError: string | null;
  refreshTokenExpiresAt: string | null;
  refreshTokenHardExpiresAt: string | null;
  lastUsedAt: string | null;
  factsRefreshedAt: string | null;
  /** Company facts (tax model, currencies, numbering...) as JSON, owned by the connections feature. */
  factsJson: string | null;
  tokenCiphertext: string | null;
  tokenKeyId: string | null;
}

const PROPERTIES = connectionObject.properties.map((property) => property.name);

const stored = z.object({
  realm_id: z.string().min(1),
  company_name: z.string().nullish(),
  country: z.string().nullish(),
  home_currency: z.string().nullish(),
  environment: z.enum(['sandbox', 'production']).catch('production'),
  status: z.enum(connectionStatuses).catch('error'),
  last_error: z.string().nullish(),
  refresh_token_expires_at: z.string().nullish(),
  refresh_token_hard_expires_at: z.string().nullish(),
  last_used_at: z.string().nullish(),
  facts_refreshed_at: z.string().nullish(),
  facts_json: z.string().nullish(),
  token_ciphertext: z.string().nullish(),
  token_key_id: z.string().nullish(),
});

const orNull = (value: string | null | undefined) => (value ? value : null);

function fromRecord(record: CrmRecord): StoredConnection | null {
  const parsed = stored.safeParse(record.properties);
  if (!parsed.success) {
    log.warn('Skipping a malformed QuickBooks connection record', { recordId: record.id });
    return null;
  }
  const p = parsed.data;
  return {
    recordId: record.id,
    realmId: p.realm_id,
    companyName: p.company_name ?? '',
    country: p.country ?? '',
    homeCurrency: p.home_currency ?? '',
    environment: p.environment,
    status: p.status,
    lastError: orNull(p.last_error),
    refreshTokenExpiresAt: orNull(p.refresh_token_expires_at),
    refreshTokenHardExpiresAt: orNull(p.refresh_token_hard_expires_at),
    lastUsedAt: orNull(p.last_used_at),
    factsRefreshedAt: orNull(p.facts_refreshed_at),
    factsJson: orNull(p.facts_json),
    tokenCiphertext: orNull(p.token_ciphertext),
    tokenKeyId: orNull(p.token_key_id),
  };
}

function toProperties(connection: Partial<StoredConnection>): Record<string, string> {
  const map: Array<[keyof StoredConnection, string]> = [
    ['realmId', 'realm_id'],
    ['companyName', 'company_name'],
    ['country', 'country'],
    ['homeCurrency', 'home_currency'],
    ['environment', 'environment'],
    ['status', 'status'],
    ['lastError', 'last_error'],
    ['refreshTokenExpiresAt', 'refresh_token_expires_at'],
    ['refreshTokenHardExpiresAt', 'refresh_token_hard_expires_at'],
    ['lastUsedAt', 'last_used_at'],
    ['factsRefreshedAt', 'facts_refreshed_at'],
    ['factsJson', 'facts_json'],
    ['tokenCiphertext', 'token_ciphertext'],
    ['tokenKeyId', 'token_key_id'],
  ];
  const properties: Record<string, string> = {};
  for (const [field, property] of map) {
    if (field in connection) properties[property] = (connection[field] as string | null) ?? '';
  }
  return properties;
}

/** Connections live in the custom object "QuickBooks connection", one record per realm id. */
export class ConnectionStore {
  /**
   * The records this call has read, by realm id. A store lives for one call: a connection is read
   * from HubSpot at least once in every call that uses it, never taken from an earlier call, so a
   * disconnect or a reconnect made anywhere is seen by the next call of every instance.
   */
  private readonly read = new Map<string, StoredConnection>();

  constructor(
    private readonly crm: Crm,
    private readonly registry: SchemaRegistry,
  ) {}

  private remember(realmId: string, connection: StoredConnection): void {
    this.read.set(realmId, connection);
  }

  private objectType(): Promise<string> {
    return this.registry.require(CONNECTION_OBJECT, connectionObject.labels.singular);
  }

  async list(): Promise<StoredConnection[]> {
    const type = await this.objectType();
    const found: StoredConnection[] = [];
    let after: string | undefined;
    do {
      const page = await this.crm.search(type, {
        filterGroups: [{ filters: [{ propertyName: 'realm_id', operator: 'HAS_PROPERTY' }] }],
        properties: PROPERTIES,
        sorts: [{ propertyName: 'company_name', direction: 'ASCENDING' }],
        limit: 100,
        ...(after ? { after } : {}),
      });
      found.push(...page.results.flatMap((record) => fromRecord(record) ?? []));
      after = page.paging?.next?.after;
    } while (after);
    for (const connection of found) this.remember(connection.realmId, connection);
    return found;
  }

  /** Read once per call; `fresh` reads again (read-before-write). */
  async get(realmId: string, options: { fresh?: boolean } = {}): Promise<StoredConnection | null> {
    if (!options.fresh) {
      const known = this.read.get(realmId);
      if (known) return known;
    }
    const type = await this.objectType();
    const record = await this.crm.getObject(type, realmId, PROPERTIES, 'realm_id');
    const connection = record ? fromRecord(record) : null;
    if (connection) this.remember(realmId, connection);
    return connection;
  }

  /**
   * Creates or updates by realm id (so connecting a company twice keeps one record) and writes
   * only the fields given.
   */
  async save(
    realmId: string,
    changes: Partial<Omit<StoredConnection, 'realmId' | 'recordId'>>,
  ): Promise<StoredConnection> {
    const type = await this.objectType();
    const [record] = await this.crm.batchUpsert(type, 'realm_id', [
      { id: realmId, properties: toProperties({ ...changes, realmId }) },
    ]);
    const saved = record ? await this.crm.getObject(type, record.id, PROPERTIES) : null;
    const connection = saved ? fromRecord(saved) : null;
    if (!connection)
      throw new Error(`The connection for ${realmId} could not be read back after saving.`);
    this.remember(realmId, connection);
    return connection;
  }

  /**
   * Changes an existing record, by its id: never creates one, so a write that arrives after a
   * disconnect archived the record brings nothing back. Null when the record is gone.
   */
  async update(
    recordId: string,
    changes: Partial<Omit<StoredConnection, 'realmId' | 'recordId'>>,
  ): Promise<StoredConnection | null> {
    const type = await this.objectType();
    try {
      await this.crm.updateObject(type, recordId, toProperties(changes));
    } catch (error) {
      if (isHubSpotStatus(error, 404)) return null;
      throw error;
    }
    const saved = await this.crm.getObject(type, recordId, PROPERTIES);
    const connection = saved ? fromRecord(saved) : null;
    if (connection) this.remember(connection.realmId, connection);
    return connection;
  }

  /** Removes the connection record (HubSpot keeps archived records restorable for 90 days). */
  async archive(realmId: string): Promise<void> {
    const connection = await this.get(realmId, { fresh: true });
    this.read.delete(realmId);
    if (!connection?.recordId) return;
    await this.crm.archiveObject(await this.objectType(), connection.recordId);
  }
}
