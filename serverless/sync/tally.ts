import type { SyncCounts } from '@qbo-invoicing/contract';

/** What a sync run did (or, in a dry run, would do), with the reasons records were left out. */
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
  private readonly why = new Map<string, number>();

  add(outcome: keyof SyncCounts, n = 1): void {
    this.counts[outcome] += n;
  }

  skip(reason: string): void {
    this.counts.skipped += 1;
    this.why.set(reason, (this.why.get(reason) ?? 0) + 1);
  }

  fail(reason: string, n = 1): void {
    this.counts.failed += n;
    this.why.set(reason, (this.why.get(reason) ?? 0) + n);
  }

  merge(other: Tally): void {
    for (const key of Object.keys(this.counts) as Array<keyof SyncCounts>)
      this.counts[key] += other.counts[key];
    for (const [reason, n] of other.why) this.why.set(reason, (this.why.get(reason) ?? 0) + n);
  }

  /** The commonest reasons first, at most ten. */
  reasons(): Array<{ reason: string; count: number }> {
    return [...this.why]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 10)
      .map(([reason, count]) => ({ reason, count }));
  }
}
