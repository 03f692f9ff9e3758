// Field-by-field comparison of an emulator answer with a payload Intuit published
// (./intuit-samples, see its README and NOTICE): every field both carry must have the same JSON
// kind, with dates and date-times told apart from other strings, since that is what a client's
// parser depends on. Values differ (other companies, other years) and are compared by the tests
// only where they are conventions (domain, sparse, currency names, fault types).

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadSchema } from '../../emulators/conformance/schema.js';

export type Kind =
  'string' | 'date' | 'dateTime' | 'number' | 'boolean' | 'object' | 'array' | 'null';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/;

function kindOf(v: unknown): Kind {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'string')
    return DATE.test(v) ? 'date' : DATE_TIME.test(v) ? 'dateTime' : 'string';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'boolean';
  return 'object';
}

/**
 * Every field path in `json` with its kind; array items share one path (`Line[]`). With
 * `generic`, a key naming an entity (Invoice, Deposit, …) becomes `<Entity>`, so envelopes
 * carrying different entities (a CDC answer of deposits, one of invoices) line up.
 */
export function fieldKinds(json: unknown, generic = false): Map<string, string> {
  const entities = loadSchema().entities;
  const out = new Map<string, string>();
  const walk = (v: unknown, path: string): void => {
    // Array items share a path; items of different kinds show as both ("date|dateTime").
    const kind = kindOf(v);
    const seen = out.get(path)?.split('|') ?? [];
    if (path && !seen.includes(kind)) out.set(path, [...seen, kind].sort().join('|'));
    if (Array.isArray(v)) {
      for (const item of v) walk(item, `${path}[]`);
    } else if (typeof v === 'object' && v !== null) {
      for (const [key, child] of Object.entries(v)) {
        const name = generic && entities.has(key) ? '<Entity>' : key;
        walk(child, path ? `${path}.${name}` : name);
      }
    }
  };
  walk(json, '');
  return out;
}

export interface Comparison {
  /** Paths both carry. */
  shared: string[];
  /** Paths both carry with different kinds: [path, ours, Intuit's]. */
  mismatched: Array<[string, string, string]>;
}

export function compareFields(ours: unknown, intuits: unknown, generic = false): Comparison {
  const a = fieldKinds(ours, generic);
  const b = fieldKinds(intuits, generic);
  const shared = [...a.keys()].filter((path) => b.has(path)).sort();
  const mismatched = shared
    .filter((path) => a.get(path) !== b.get(path))
    .map((path): [string, string, string] => [path, a.get(path) ?? '', b.get(path) ?? '']);
  return { shared, mismatched };
}

const DIR = fileURLToPath(new URL('./intuit-samples/', import.meta.url));

/** One of Intuit's samples, parsed (some start with a byte-order mark or a space). */
export function intuitSample(path: string): unknown {
  return JSON.parse(
    readFileSync(DIR + path, 'utf8')
      .replace(/^\uFEFF/u, '')
      .trim(),
  ) as unknown;
}
