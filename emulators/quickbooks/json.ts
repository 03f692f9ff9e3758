// Small helpers for the loosely-typed JSON that QBO exchanges.
import Decimal from 'decimal.js';

export type Obj = Record<string, unknown>;

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function clone<T>(v: T): T {
  return structuredClone(v);
}

export function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

/** The id inside a ReferenceType (`{value, name}`); QBO also tolerates a bare string. */
export function refValue(v: unknown): string | undefined {
  if (isObj(v)) return str(v.value);
  return str(v);
}

export function obj(v: unknown): Obj | undefined {
  return isObj(v) ? v : undefined;
}

export function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/** A decimal from a JSON number or numeric string; undefined when absent or not numeric. */
export function dec(v: unknown): Decimal | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return new Decimal(String(v));
  if (typeof v === 'string' && v.trim() !== '' && /^-?\d+(\.\d+)?$/.test(v.trim()))
    return new Decimal(v.trim());
  return undefined;
}

/** Money as QBO stores it: 2 decimal places, half-up. */
export function round2(d: Decimal): Decimal {
  return d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** A decimal written back as a JSON number. */
export function num(d: Decimal): number {
  return d.toNumber();
}

export function money(d: Decimal): number {
  return round2(d).toNumber();
}

export const ZERO = new Decimal(0);
