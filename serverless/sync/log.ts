import * as z from 'zod';
import { syncObjects } from '@qbo-invoicing/contract/catalog';
import type { SyncLogOutcome } from '@qbo-invoicing/contract';
import type { ServerMessage } from '@qbo-invoicing/messages';
import type { Decision } from './tally';
import type { Reason } from './reasons';

/**
 * The sync log: every decision for a record, kept per QuickBooks company as JSON on its connection
 * record (`record_sync_log_json`), newest first. HubSpot takes at most 65,536 characters in a text
 * property (HubSpot's knowledge base, "Property field types in HubSpot":
 * https://knowledge.hubspot.com/properties/property-field-types-in-hubspot), so the log keeps the
 * newest MAX_LOG_ENTRIES and drops the oldest until it fits in MAX_LOG_CHARS. It is written with
 * the sync's own progress, in the same HubSpot call: logging costs no call of its own.
 */
export const MAX_LOG_ENTRIES = 200;
export const MAX_LOG_CHARS = 60_000;
/** Names are cut here: a log entry must stay small. */
const MAX_NAME = 80;

export const logOutcomes = [
  'created',
  'updated',
  'matched',
  'skipped',
  'failed',
  'inactive',
  'archived',
] as const satisfies readonly SyncLogOutcome[];
export type LogOutcome = (typeof logOutcomes)[number];

const storedReason = z.object({
  id: z.string(),
  values: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

const storedEntry = z.object({
  id: z.string(),
  at: z.string(),
  object: z.enum(syncObjects),
  outcome: z.enum(logOutcomes),
  qboId: z.string(),
  name: z.string(),
  hubspotId: z.string().nullable(),
  reason: storedReason.nullable(),
  /** A failure that Retry has since run again (its new outcome is a newer entry). */
  retried: z.boolean().optional(),
});
export type LogEntry = Omit<z.infer<typeof storedEntry>, 'reason'> & { reason: Reason | null };

/** The stored log, newest first; an unreadable one reads as empty (it is a record, not a rule). */
export function readLog(json: string | null | undefined): LogEntry[] {
  if (!json) return [];
  try {
    const parsed = z.array(z.unknown()).parse(JSON.parse(json));
    return parsed.flatMap((raw) => {
      const entry = storedEntry.safeParse(raw);
      if (!entry.success) return [];
      const { reason, ...rest } = entry.data;
      return [
        {
          ...rest,
          reason: reason
            ? {
                id: reason.id as ServerMessage,
                ...(reason.values ? { values: reason.values } : {}),
              }
            : null,
        },
      ];
    });
  } catch {
    return [];
  }
}

/** The log as stored: the newest entries that fit the caps. */
export function writeLog(entries: LogEntry[]): string {
  const kept = entries.slice(0, MAX_LOG_ENTRIES);
  let json = JSON.stringify(kept);
  while (json.length > MAX_LOG_CHARS && kept.length > 0) {
    kept.splice(Math.max(1, Math.floor(kept.length * 0.9)));
    json = JSON.stringify(kept);
  }
  return json;
}

/**
 * Entries for decisions made at `at` (epoch ms), newest first. Ids are unique within a company's
 * log (`taken`): the instant in base 36, then the decision's place in its batch.
 */
export function entriesFor(
  decisions: Decision[],
  at: number,
  taken: ReadonlySet<string> = new Set(),
): LogEntry[] {
  const stamp = at.toString(36);
  const iso = new Date(at).toISOString();
  const unique = (base: string) => {
    let id = base;
    for (let n = 1; taken.has(id); n++) id = `${base}.${n}`;
    return id;
  };
  return decisions
    .map((decision, index) => ({
      id: unique(`${stamp}-${index.toString(36)}`),
      at: iso,
      object: decision.object,
      outcome: decision.outcome,
      qboId: decision.qboId,
      name:
        decision.name.length > MAX_NAME ? `${decision.name.slice(0, MAX_NAME)}…` : decision.name,
      hubspotId: decision.hubspotId,
      reason: decision.reason,
    }))
    .reverse();
}

/** The log with new decisions in front (and, for a retry, the failures it ran again marked). */
export function appendToLog(
  json: string | null | undefined,
  decisions: Decision[],
  at: number,
  retriedIds: ReadonlySet<string> = new Set(),
): string {
  const old = readLog(json).map((entry) =>
    retriedIds.has(entry.id) ? { ...entry, retried: true } : entry,
  );
  const taken = new Set(old.map((entry) => entry.id));
  return writeLog([...entriesFor(decisions, at, taken), ...old]);
}

/** Failures not yet run again: what Retry all failures takes. */
export const isOpenFailure = (entry: LogEntry) => entry.outcome === 'failed' && !entry.retried;
