import { propertyValueError, type PropertyValueError } from './errors.js';
import type { PropertyDef } from './types.js';

const NUMBER_RE = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const DATE_ONLY_RE = /^\d{4}-\d{2}-\d{2}$/;

/** JSON values HubSpot coerces to its string form; objects and arrays are refused. */
export function coerceInput(v: unknown): string | undefined {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

/** Epoch milliseconds from an epoch-ms string, ISO datetime or YYYY-MM-DD; undefined if invalid. */
export function parseTimestamp(raw: string): number | undefined {
  const s = raw.trim();
  if (/^-?\d+$/.test(s)) return Number(s);
  if (DATE_ONLY_RE.test(s)) {
    const t = Date.parse(`${s}T00:00:00.000Z`);
    return Number.isNaN(t) ? undefined : t;
  }
  if (!/^\d{4}-\d{2}-\d{2}T/.test(s)) return undefined;
  const t = Date.parse(s);
  return Number.isNaN(t) ? undefined : t;
}

export type Normalized = { ok: true; value: string } | { ok: false; error: PropertyValueError };

/** Validates one value as HubSpot does and returns the string HubSpot would store. */
export function normalizeValue(prop: PropertyDef, raw: string): Normalized {
  const fail = (code: string, message: string): Normalized => ({
    ok: false,
    error: propertyValueError(prop.name, code, message),
  });
  if (raw === '') return { ok: true, value: '' };
  switch (prop.type) {
    case 'string':
      if (raw.length > 65536) return fail('INVALID_STRING', `${prop.name} is too long`);
      return { ok: true, value: raw };
    case 'number': {
      const s = raw.trim();
      if (!NUMBER_RE.test(s) || !Number.isFinite(Number(s)))
        return fail('INVALID_DOUBLE', `${raw} was not a valid number.`);
      return { ok: true, value: s };
    }
    case 'bool': {
      const s = raw.trim().toLowerCase();
      if (s !== 'true' && s !== 'false')
        return fail('INVALID_BOOLEAN', `${raw} was not a valid boolean (true or false).`);
      return { ok: true, value: s };
    }
    case 'datetime': {
      const t = parseTimestamp(raw);
      if (t === undefined)
        return fail('INVALID_DATE', `${raw} was not a valid long or ISO-8601 datetime.`);
      return { ok: true, value: new Date(t).toISOString() };
    }
    case 'date': {
      const t = parseTimestamp(raw);
      if (t === undefined) return fail('INVALID_DATE', `${raw} was not a valid date.`);
      const d = new Date(t);
      if (t % 86_400_000 !== 0) {
        const time = d.toISOString().slice(11, 23);
        return fail('INVALID_DATE', `${raw} is at ${time} UTC, not midnight!`);
      }
      return { ok: true, value: d.toISOString().slice(0, 10) };
    }
    case 'enumeration': {
      const allowed = new Set(prop.options.map((o) => o.value));
      const parts = prop.fieldType === 'checkbox' ? raw.split(';') : [raw];
      const bad = parts.find((p) => !allowed.has(p));
      if (bad !== undefined) {
        const list = prop.options
          .map((o) => `[label: "${o.label}" value: "${o.value}"]`)
          .join(', ');
        return fail('INVALID_OPTION', `${bad} was not one of the allowed options: ${list}`);
      }
      return { ok: true, value: raw };
    }
  }
}

/** Typed comparison key for search and sorting. */
export function comparable(prop: PropertyDef | undefined, value: string): number | string {
  if (prop?.type === 'number') return Number(value);
  if (prop?.type === 'date' || prop?.type === 'datetime') return parseTimestamp(value) ?? NaN;
  return value.toLowerCase();
}
