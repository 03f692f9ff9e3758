import { describe, expect, it } from 'vitest';
import {
  appendToLog,
  isOpenFailure,
  MAX_LOG_CHARS,
  MAX_LOG_ENTRIES,
  readLog,
} from '../../serverless/sync/log';
import type { Decision } from '../../serverless/sync/tally';

const decision = (n: number, over: Partial<Decision> = {}): Decision => ({
  object: 'contacts',
  qboId: String(n),
  name: `Customer ${n}`,
  outcome: 'created',
  hubspotId: String(1000 + n),
  reason: null,
  ...over,
});
const at = Date.parse('2026-11-30T09:00:00Z');

describe('the sync log', () => {
  it('keeps decisions newest first, with their reasons as ids and values', () => {
    let json = appendToLog(null, [decision(1)], at);
    json = appendToLog(
      json,
      [
        decision(2, {
          outcome: 'failed',
          hubspotId: null,
          reason: { id: 'HubSpot refused the record: {reason}', values: { reason: 'bad email' } },
        }),
      ],
      at + 1000,
    );
    const log = readLog(json);
    expect(log.map((e) => [e.qboId, e.outcome, e.at])).toEqual([
      ['2', 'failed', '2026-11-30T09:00:01.000Z'],
      ['1', 'created', '2026-11-30T09:00:00.000Z'],
    ]);
    expect(log[0]!.reason).toEqual({
      id: 'HubSpot refused the record: {reason}',
      values: { reason: 'bad email' },
    });
    expect(isOpenFailure(log[0]!)).toBe(true);
  });

  it('gives every entry its own id, even for decisions at the same instant', () => {
    let json = appendToLog(null, [decision(1), decision(2)], at);
    json = appendToLog(json, [decision(3), decision(4)], at);
    const ids = readLog(json).map((e) => e.id);
    expect(new Set(ids).size).toBe(4);
  });

  it('marks the failures a retry ran again, so Retry all does not take them twice', () => {
    const first = appendToLog(null, [decision(1, { outcome: 'failed', hubspotId: null })], at);
    const [failure] = readLog(first);
    const after = readLog(appendToLog(first, [decision(1)], at + 1, new Set([failure!.id])));
    expect(after.map((e) => [e.outcome, e.retried ?? false])).toEqual([
      ['created', false],
      ['failed', true],
    ]);
    expect(after.filter(isOpenFailure)).toEqual([]);
  });

  it('is bounded: the newest entries, within HubSpot’s property size, oldest dropped first', () => {
    let json: string | null = null;
    for (let batch = 0; batch < 5; batch++)
      json = appendToLog(
        json,
        Array.from({ length: 100 }, (_, n) =>
          decision(batch * 100 + n, { name: 'A long customer name '.repeat(4) }),
        ),
        at + batch,
      );
    expect(json!.length).toBeLessThanOrEqual(MAX_LOG_CHARS);
    const log = readLog(json);
    expect(log.length).toBeLessThanOrEqual(MAX_LOG_ENTRIES);
    expect(log.length).toBeGreaterThan(100);
    expect(log[0]!.qboId).toBe('499');
  });

  it('reads an unreadable log as empty, and skips malformed entries', () => {
    expect(readLog('not json')).toEqual([]);
    expect(readLog(JSON.stringify([{ id: 'x' }]))).toEqual([]);
  });
});
