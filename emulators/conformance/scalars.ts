// Checks one JSON scalar against an XSD simple type, the way QBO's JSON encodes it.

import type { Builtin, Facets } from './model.js';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// QBO always sends an offset (or Z); fractional seconds are optional.
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-](0\d|1[0-4]):[0-5]\d)$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;
const INT32 = { min: -2147483648, max: 2147483647 };

function validDay(y: string, m: string, d: string): boolean {
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string')
    return `string ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)}`;
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${String(v)}`;
}

export { describe as describeValue };

/** Returns what is wrong with `v` as an xs:`base`, or undefined when it fits. */
function checkBase(base: Builtin, v: unknown): string | undefined {
  switch (base) {
    case 'anyType':
      return undefined;
    case 'string':
    case 'anyURI':
      return typeof v === 'string' ? undefined : `expected a string, got ${describe(v)}`;
    case 'boolean':
      return typeof v === 'boolean'
        ? undefined
        : `expected a boolean (xs:boolean), got ${describe(v)}`;
    case 'decimal':
    case 'double':
    case 'float':
      if (typeof v === 'number' && Number.isFinite(v)) return undefined;
      return `expected a JSON number (xs:${base}), got ${describe(v)}`;
    case 'int':
    case 'long':
    case 'integer':
    case 'positiveInteger':
    case 'nonNegativeInteger': {
      if (typeof v !== 'number' || !Number.isInteger(v)) {
        return `expected an integer JSON number (xs:${base}), got ${describe(v)}`;
      }
      if (base === 'int' && (v < INT32.min || v > INT32.max)) return `${v} is outside xs:int`;
      if (base === 'positiveInteger' && v < 1) return `expected xs:positiveInteger (≥ 1), got ${v}`;
      if (base === 'nonNegativeInteger' && v < 0) return `expected xs:nonNegativeInteger, got ${v}`;
      return undefined;
    }
    case 'date': {
      const m = typeof v === 'string' ? DATE.exec(v) : null;
      if (m && validDay(m[1] as string, m[2] as string, m[3] as string)) return undefined;
      return `expected an xs:date YYYY-MM-DD, got ${describe(v)}`;
    }
    case 'dateTime': {
      const m = typeof v === 'string' ? DATE_TIME.exec(v) : null;
      if (m && validDay(m[1] as string, m[2] as string, m[3] as string)) return undefined;
      return `expected an xs:dateTime with offset (YYYY-MM-DDThh:mm:ss±hh:mm), got ${describe(v)}`;
    }
    case 'time':
      return typeof v === 'string' && TIME.test(v)
        ? undefined
        : `expected an xs:time, got ${describe(v)}`;
  }
}

function checkFacets(typeName: string, facets: Facets, v: unknown): string | undefined {
  const text = typeof v === 'string' ? v : String(v);
  const { enumeration, maxLength, minLength, length, pattern, minInclusive, maxInclusive } = facets;
  if (enumeration && !enumeration.has(text)) {
    return `${JSON.stringify(v)} is not a ${typeName} value; allowed: ${[...enumeration].join(', ')}`;
  }
  const chars = [...text].length;
  if (maxLength !== undefined && chars > maxLength) return `longer than ${maxLength} characters`;
  if (minLength !== undefined && chars < minLength) return `shorter than ${minLength} characters`;
  if (length !== undefined && chars !== length) return `not exactly ${length} characters`;
  if (pattern && !pattern.test(text)) return `does not match the pattern ${pattern.source}`;
  if (typeof v === 'number') {
    if (minInclusive !== undefined && v < minInclusive) return `below ${minInclusive}`;
    if (maxInclusive !== undefined && v > maxInclusive) return `above ${maxInclusive}`;
  }
  return undefined;
}

/** Checks a scalar against a built-in plus the facets of a named simple type. */
export function checkScalar(
  typeName: string,
  base: Builtin,
  facets: Facets,
  v: unknown,
): string | undefined {
  return checkBase(base, v) ?? checkFacets(typeName, facets, v);
}
