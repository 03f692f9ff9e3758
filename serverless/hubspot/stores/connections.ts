import * as z from 'zod';
import { AppError } from '../../lib/errors';
import { log } from '../../lib/log';
import { CONNECTION_OBJECT, connectionObject } from '../definitions';
import { requireAllSaved, type Crm, type CrmRecord } from '../crm';
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
  /** How far the company's invoices have been brought up to date (owned by the invoices feature). */
  sync: SyncState;
  /** Which reminder tasks the admin turned on for this company (all off until then). */
  reminders: ReminderSettings;
  /** Contact and product sync rules as versioned JSON, read and migrated by the sync feature. */
  recordSyncSettingsJson: string | null;
  /** Contact and product sync progress as JSON, owned by the sync feature. */
  recordSyncStateJson: string | null;
  /** The item an admin chose for quote lines that match none (a QuickBooks item id). */
  defaultItemId?: string | null;
  /**
   * The contact and product sync log as JSON, owned by the sync feature; undefined until read
   * with `readRecordSyncLog` (it is large, and most calls never need it).
   */
  recordSyncLogJson?: string | null;
  /** Linking the company's past invoices: cursor and report, as JSON (owned by the invoices feature). */
  backfillJson?: string | null;
  /**
   * The locale (`es-ES`, `en-US`) notes and tasks are written in when no one person's action
   * wrote them; null (English) until an admin connects the company or saves its reminders.
   */
  language?: string | null;
}

export interface ReminderSettings {
  unsentAfterDays: number | null;
  overdue: boolean;
  paidInFull: boolean;
}

export const noReminders: ReminderSettings = {
  unsentAfterDays: null,
  overdue: false,
  paidInFull: false,
};

const storedReminders = z
  .object({
    unsentAfterDays: z.number().int().min(1).max(90).nullable().catch(null),
    overdue: z.boolean().catch(false),
    paidInFull: z.boolean().catch(false),
  })
  .catch(noReminders);

/** Settings someone edited into nonsense read as "off", never as an error. */
function remindersOf(json: string | null | undefined): ReminderSettings {
  if (!json) return noReminders;
  try {
    return storedReminders.parse(JSON.parse(json));
  } catch {
    return noReminders;
  }
}

/** The change-feed cursor of one company, kept on its connection record. */
export interface SyncState {
  /** QuickBooks changes up to here have been applied (ISO instant). */
  cursor: string | null;
  /** Since when the feed has been followed without a gap: links confirmed before need a re-read. */
  coveredSince: string | null;
  /** A full re-read in progress: when it started and the last link record it finished. */
  fullReread: { startedAt: string; afterRecordId: string | null } | null;
}

/** The sync log (up to 60 kB) is read only by the calls that need it, never with the rest. */
const SYNC_LOG = 'record_sync_log_json';
const PROPERTIES = connectionObject.properties
  .map((property) => property.name)
  .filter((name) => name !== SYNC_LOG);

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
  sync_cursor: z.string().nullish(),
  sync_covered_since: z.string().nullish(),
  sync_full_reread: z.string().nullish(),
  reminders_json: z.string().nullish(),
  record_sync_settings_json: z.string().nullish(),
  record_sync_state_json: z.string().nullish(),
  backfill_json: z.string().nullish(),
  language: z.string().nullish(),
  default_item_id: z.string().nullish(),
});

function syncStateOf(p: z.infer<typeof stored>): SyncState {
  const [startedAt, afterRecordId] = (p.sync_full_reread ?? '').split('|');
  return {
    cursor: orNull(p.sync_cursor),
    coveredSince: orNull(p.sync_covered_since),
    fullReread: startedAt ? { startedAt, afterRecordId: afterRecordId || null } : null,
  };
}

function syncProperties(sync: SyncState): Record<string, string> {
  return {
    sync_cursor: sync.cursor ?? '',
    sync_covered_since: sync.coveredSince ?? '',
    sync_full_reread: sync.fullReread
      ? `${sync.fullReread.startedAt}|${sync.fullReread.afterRecordId ?? ''}`
      : '',
  };
}

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
    sync: syncStateOf(p),
    reminders: remindersOf(p.reminders_json),
    recordSyncSettingsJson: orNull(p.record_sync_settings_json),
    recordSyncStateJson: orNull(p.record_sync_state_json),
    backfillJson: orNull(p.backfill_json),
    language: orNull(p.language),
    defaultItemId: orNull(p.default_item_id),
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
    ['recordSyncSettingsJson', 'record_sync_settings_json'],
    ['recordSyncStateJson', 'record_sync_state_json'],
    ['recordSyncLogJson', 'record_sync_log_json'],
  ];
  const properties: Record<string, string> = {};
  for (const [field, property] of map) {
    if (field in connection) properties[property] = (connection[field] as string | null) ?? '';
  }
  return connection.sync ? { ...properties, ...syncProperties(connection.sync) } : properties;
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
  async get(
    realmId: string,
    options: { fresh?: boolean; withSyncLog?: boolean } = {},
  ): Promise<StoredConnection | null> {
    if (!options.fresh) {
      const known = this.read.get(realmId);
      if (known && (!options.withSyncLog || known.recordSyncLogJson !== undefined)) return known;
    }
    const type = await this.objectType();
    const properties = options.withSyncLog ? [...PROPERTIES, SYNC_LOG] : PROPERTIES;
    const record = await this.crm.getObject(type, realmId, properties, 'realm_id');
    const connection = record ? fromRecord(record) : null;
    // A call that will add to the sync log reads it with the rest: one call, not two.
    if (connection && record && options.withSyncLog)
      connection.recordSyncLogJson = orNull(record.properties[SYNC_LOG]);
    if (connection) this.remember(realmId, connection);
    return connection;
  }

  /**
   * The company an admin operation names (`input.realmId`), read fresh; a clear NOT_FOUND when it
   * is not connected (disconnected meanwhile, or never).
   */
  async require(
    realmId: string,
    options: { withSyncLog?: boolean } = {},
  ): Promise<StoredConnection> {
    const connection = await this.get(realmId, { fresh: true, ...options });
    if (!connection) {
      throw new AppError('NOT_FOUND', 'QuickBooks company {realmId} is not connected.', {
        fix: 'Connect it from the Connections tab of the app’s settings.',
        field: 'input.realmId',
        values: { realmId },
      });
    }
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
    const [record] = requireAllSaved(
      await this.crm.batchUpsert(type, 'realm_id', [
        { id: realmId, properties: toProperties({ ...changes, realmId }) },
      ]),
      1,
    );
    const saved = record ? await this.crm.getObject(type, record.id, PROPERTIES) : null;
    const connection = saved ? fromRecord(saved) : null;
    if (!connection)
      throw new Error(`The connection for ${realmId} could not be read back after saving.`);
    this.remember(realmId, connection);
    return connection;
  }

  /**
   * Records how far the company's invoices are synced, in one write. A connection removed
   * meanwhile is not brought back (the write is by record id, never an upsert).
   */
  async saveSync(connection: StoredConnection, sync: SyncState): Promise<void> {
    if (!connection.recordId) return;
    await this.writeUnlessGone(connection.recordId, syncProperties(sync));
    this.remember(connection.realmId, { ...connection, sync });
  }

  /** Saves the company's reminder settings (by record id: a removed connection stays removed). */
  async saveReminders(connection: StoredConnection, reminders: ReminderSettings): Promise<void> {
    if (!connection.recordId) return;
    await this.writeUnlessGone(connection.recordId, { reminders_json: JSON.stringify(reminders) });
    this.remember(connection.realmId, { ...connection, reminders });
  }

  /** Saves the company's default item, or clears it with null (by record id, like reminders). */
  async saveDefaultItem(connection: StoredConnection, itemId: string | null): Promise<void> {
    if (!connection.recordId) return;
    await this.writeUnlessGone(connection.recordId, { default_item_id: itemId ?? '' });
    this.remember(connection.realmId, { ...connection, defaultItemId: itemId });
  }

  /** Saves contact and product sync settings, progress or log (JSON the sync feature owns). */
  async saveRecordSync(
    connection: StoredConnection,
    changes: Partial<
      Pick<StoredConnection, 'recordSyncSettingsJson' | 'recordSyncStateJson' | 'recordSyncLogJson'>
    >,
  ): Promise<void> {
    if (!connection.recordId) return;
    await this.writeUnlessGone(connection.recordId, toProperties(changes));
    this.remember(connection.realmId, { ...connection, ...changes });
  }

  /** The company's contact and product sync log (JSON), read on its own: one call. */
  async readRecordSyncLog(connection: StoredConnection): Promise<string | null> {
    if (connection.recordSyncLogJson !== undefined) return connection.recordSyncLogJson;
    if (!connection.recordId) return null;
    const record = await this.crm.getObject(await this.objectType(), connection.recordId, [
      SYNC_LOG,
    ]);
    const json = orNull(record?.properties[SYNC_LOG]);
    this.remember(connection.realmId, { ...connection, recordSyncLogJson: json });
    return json;
  }

  /** Saves where linking past invoices stands (by record id: a removed connection stays removed). */
  async saveBackfill(connection: StoredConnection, backfillJson: string): Promise<void> {
    if (!connection.recordId) return;
    await this.writeUnlessGone(connection.recordId, { backfill_json: backfillJson });
    this.remember(connection.realmId, { ...connection, backfillJson });
  }

  /**
   * Saves the company's language for notes and tasks (by record id: a removed connection stays
   * removed). Unchanged values are not written again.
   */
  async saveLanguage(connection: StoredConnection, language: string): Promise<void> {
    if (!connection.recordId || connection.language === language) return;
    try {
      await this.writeUnlessGone(connection.recordId, { language });
    } catch (error) {
      // A preference, never worth failing the admin's action for: a portal whose setup predates
      // the property keeps writing English until setup runs again.
      log.warn('The company’s language was not saved', {
        realmId: connection.realmId,
        error: error instanceof Error ? error.name : String(error),
      });
      return;
    }
    this.remember(connection.realmId, {
      ...(this.read.get(connection.realmId) ?? connection),
      language,
    });
  }

  /** A write by record id that a disconnect (which archived the record) makes a no-op. */
  private async writeUnlessGone(
    recordId: string,
    properties: Record<string, string>,
  ): Promise<void> {
    try {
      await this.crm.updateObject(await this.objectType(), recordId, properties);
    } catch (error) {
      if (!isHubSpotStatus(error, 404)) throw error;
    }
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
