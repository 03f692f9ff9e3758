import * as z from 'zod';
import { log } from '../../lib/log';
import { CLAIM_OBJECT, claimObject } from '../definitions';
import { requireAllSaved, type Crm } from '../crm';
import { isHubSpotStatus } from '../errors';
import type { SchemaRegistry } from '../schemas';

/** A claim as stored: who holds it and until when (epoch ms). */
export interface Claim {
  recordId: string;
  key: string;
  owner: string;
  expiresAt: number;
}

export type ClaimOutcome = { held: true; claim: Claim } | { held: false; holder: Claim | null };

const PROPERTIES = claimObject.properties.map((property) => property.name);

const stored = z.object({
  claim_key: z.string().min(1),
  owner: z.string().nullish(),
  expires_at: z.string().nullish(),
});

/**
 * Claims in the custom object "QuickBooks app claim": creating one is atomic, because HubSpot
 * refuses a second record with the same unique `claim_key` with a 409 (HubSpot's properties guide,
 * "Create unique identifier properties": https://developers.hubspot.com/docs/guides/api/crm/properties).
 */
export class ClaimStore {
  constructor(
    private readonly crm: Crm,
    private readonly registry: SchemaRegistry,
  ) {}

  /** False in a portal whose setup predates claims (until an admin runs setup again). */
  async available(): Promise<boolean> {
    return !!(await this.registry.find(CLAIM_OBJECT));
  }

  private objectType(): Promise<string> {
    return this.registry.require(CLAIM_OBJECT, claimObject.labels.singular);
  }

  /**
   * Makes the claim unless someone else holds it. A create retried after a lost answer meets its
   * own record: the owner id tells it that it holds the claim after all.
   */
  async take(key: string, owner: string, expiresAt: number): Promise<ClaimOutcome> {
    const type = await this.objectType();
    try {
      const record = await this.crm.createObject(type, {
        claim_key: key,
        owner,
        expires_at: new Date(expiresAt).toISOString(),
      });
      return { held: true, claim: { recordId: record.id, key, owner, expiresAt } };
    } catch (error) {
      if (!isHubSpotStatus(error, 409)) throw error;
    }
    const holder = await this.read(key);
    if (holder?.owner === owner) return { held: true, claim: holder };
    return { held: false, holder };
  }

  async read(key: string): Promise<Claim | null> {
    const record = await this.crm.getObject(await this.objectType(), key, PROPERTIES, 'claim_key');
    const parsed = record ? stored.safeParse(record.properties) : null;
    if (!record || !parsed?.success) return null;
    const expiresAt = parsed.data.expires_at ? Date.parse(parsed.data.expires_at) : Number.NaN;
    return {
      recordId: record.id,
      key: parsed.data.claim_key,
      owner: parsed.data.owner ?? '',
      // A claim whose expiry cannot be read holds nothing.
      expiresAt: Number.isFinite(expiresAt) ? expiresAt : 0,
    };
  }

  /**
   * Adds values to what a key remembers (a write-ahead log of one submission), creating its record
   * on first use. Upserted by the unique key, so a retried write never makes a second record.
   */
  async remember(
    key: string,
    values: string[],
    expiresAt: number,
    known?: string[],
  ): Promise<void> {
    known ??= await this.recall(key);
    const all = [...new Set([...known, ...values])];
    if (known.length === all.length && known.length > 0) return;
    const type = await this.objectType();
    const outcome = await this.crm.batchUpsert(type, 'claim_key', [
      {
        id: key,
        properties: {
          claim_key: key,
          owner: 'wizard',
          expires_at: new Date(expiresAt).toISOString(),
          detail: all.join(','),
        },
      },
    ]);
    requireAllSaved(outcome, 1);
  }

  /** What a key remembers (nothing when it was never written). */
  async recall(key: string): Promise<string[]> {
    const record = await this.crm.getObject(await this.objectType(), key, ['detail'], 'claim_key');
    return (record?.properties.detail ?? '').split(',').filter(Boolean);
  }

  /** Removes a claim whose work is over; a failure only leaves a record that expires anyway. */
  async release(claim: Claim): Promise<void> {
    try {
      await this.crm.archiveObject(await this.objectType(), claim.recordId);
    } catch (error) {
      log.warn('A claim could not be removed; it expires on its own', {
        key: claim.key,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
}
