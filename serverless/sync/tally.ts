import type { SyncCounts } from '@qbo-invoicing/contract';
import type { SyncObject } from '@qbo-invoicing/contract/catalog';
import type { Translator } from '../lib/text';
import type { Reason } from './reasons';

/** The QuickBooks record a decision is about. */
export interface Subject {
  object: SyncObject;
  /** The QuickBooks customer or item id. */
  qboId: string;
  /** Its name as QuickBooks has it (display name, item name), for people reading the log. */
  name: string;
}

/** One sync decision for one record, as the sync log keeps it. */
export interface Decision extends Subject {
  outcome: keyof SyncCounts;
  /** The HubSpot record written, when there is one. */
  hubspotId: string | null;
  reason: Reason | null;
}

const reasonKey = (reason: Reason) => JSON.stringify([reason.id, reason.values ?? {}]);

/**
 * What a sync run did (or, in a dry run, would do): counts, the reasons records were left out,
 * and every decision by record (for the sync log).
 */
export class Tally {
  readonly counts: SyncCounts = {
    created: 0,
    updated: 0,
    matched: 0,
    skipped: 0,
    failed: 0,
    inactive: 0,
    archived: 0,
  };
  readonly decisions: Decision[] = [];
  private readonly why = new Map<string, { reason: Reason; count: number }>();

  /** A record written (or, in a dry run, that would be). */
  add(outcome: keyof SyncCounts, subject: Subject, hubspotId: string | null = null): void {
    this.counts[outcome] += 1;
    this.decisions.push({ ...subject, outcome, hubspotId, reason: null });
  }

  skip(reason: Reason, subject: Subject): void {
    this.note('skipped', reason, subject);
  }

  fail(reason: Reason, subject: Subject): void {
    this.note('failed', reason, subject);
  }

  private note(outcome: 'skipped' | 'failed', reason: Reason, subject: Subject): void {
    this.counts[outcome] += 1;
    this.decisions.push({ ...subject, outcome, hubspotId: null, reason });
    const key = reasonKey(reason);
    const seen = this.why.get(key);
    this.why.set(key, { reason, count: (seen?.count ?? 0) + 1 });
  }

  merge(other: Tally): void {
    for (const key of Object.keys(this.counts) as Array<keyof SyncCounts>)
      this.counts[key] += other.counts[key];
    this.decisions.push(...other.decisions);
    for (const [key, { reason, count }] of other.why) {
      const seen = this.why.get(key);
      this.why.set(key, { reason, count: (seen?.count ?? 0) + count });
    }
  }

  /** The commonest reasons first, at most ten. */
  reasons(): Array<{ reason: Reason; count: number }> {
    return [...this.why.values()].sort((a, b) => b.count - a.count).slice(0, 10);
  }

  /** The reasons said in the caller's language, as the operations answer them. */
  reasonsIn(words: Translator): Array<{ reason: string; count: number }> {
    return this.reasons().map(({ reason, count }) => ({
      reason: words.t(reason.id, reason.values),
      count,
    }));
  }
}
