import Decimal from 'decimal.js';
import * as z from 'zod';

/**
 * Shapes shared by the resources. Reads are zod schemas that check what we rely on and keep
 * every other field (QuickBooks adds fields over time; sparse updates need Id and SyncToken).
 * Money is never a float here: read as a decimal string, written from a string or a Decimal.
 */

/** A decimal amount as a string, e.g. "1234.50". */
export type Money = string;
/** What callers may hand us for an amount: never a JavaScript number. */
export type MoneyInput = string | Decimal;

/** QuickBooks sends amounts as JSON numbers; keep their exact decimal text. */
export const moneySchema = z.union([z.number(), z.string()]).transform((value, context): Money => {
  try {
    return new Decimal(value).toFixed();
  } catch {
    // For the log only: parseWith puts a parse's issues in the error's `detail`, never shown.
    const forTheLog = `not a decimal amount: ${String(value)}`;
    context.addIssue({ code: 'custom', message: forTheLog });
    return z.NEVER;
  }
});

export const refSchema = z.looseObject({
  value: z.string(),
  name: z.string().optional(),
});
export type Ref = z.infer<typeof refSchema>;
/** A reference we send: the id, optionally its name. */
export interface RefInput {
  value: string;
  name?: string;
}

export const metaDataSchema = z.looseObject({
  CreateTime: z.string().optional(),
  LastUpdatedTime: z.string().optional(),
});

export const emailSchema = z.looseObject({ Address: z.string().optional() });

export const addressSchema = z.looseObject({
  Id: z.string().optional(),
  Line1: z.string().optional(),
  Line2: z.string().optional(),
  Line3: z.string().optional(),
  City: z.string().optional(),
  CountrySubDivisionCode: z.string().optional(),
  PostalCode: z.string().optional(),
  Country: z.string().optional(),
});
export type Address = z.infer<typeof addressSchema>;
export type AddressInput = Partial<
  Pick<
    Address,
    'Line1' | 'Line2' | 'Line3' | 'City' | 'CountrySubDivisionCode' | 'PostalCode' | 'Country'
  >
>;

/** Fields every stored entity has. */
export const entityBase = {
  Id: z.string(),
  SyncToken: z.string(),
  domain: z.string().optional(),
  sparse: z.boolean().optional(),
  MetaData: metaDataSchema.optional(),
};

/** What a sparse update needs to name its target. */
export interface EntityVersion {
  Id: string;
  SyncToken: string;
}

/** Fields whose values are amounts or quantities and must reach QuickBooks as exact numbers. */
// eslint-disable-next-line no-restricted-syntax -- a constant lookup table, never changed
const decimalKeys: ReadonlySet<string> = new Set([
  'Amount',
  'UnitPrice',
  'Qty',
  'ExchangeRate',
  'Deposit',
  'TotalTax',
  'TotalAmt',
  'DiscountPercent',
  'TaxPercent',
  'Balance',
]);

function exactNumber(value: Decimal, key: string): number {
  const asNumber = value.toNumber();
  // A JSON number is a double: refuse amounts that would not survive the trip exactly.
  if (!new Decimal(asNumber).eq(value)) {
    throw new RangeError(`${key} ${value.toFixed()} cannot be sent to QuickBooks exactly`);
  }
  return asNumber;
}

/**
 * Prepares a write body for JSON: Decimals (and decimal strings under amount keys) become JSON
 * numbers with exactly the same digits; undefined fields are dropped.
 */
export function toWireBody(value: unknown, key = ''): unknown {
  if (Decimal.isDecimal(value)) return exactNumber(value, key);
  if (typeof value === 'string' && decimalKeys.has(key)) {
    return exactNumber(new Decimal(value), key);
  }
  if (Array.isArray(value)) return value.map((item) => toWireBody(item, key));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [childKey, child] of Object.entries(value)) {
      if (child !== undefined) out[childKey] = toWireBody(child, childKey);
    }
    return out;
  }
  return value;
}

/** Every call takes a time budget; writes also take the caller's stable idempotency key. */
export interface CallOptions {
  /** Epoch milliseconds after which the call gives up with a retryable error. */
  deadline?: number;
  /** Budget from now, when no deadline is given. Default 8 s. */
  timeoutMs?: number;
}

export interface WriteOptions extends CallOptions {
  /**
   * Stable for the user's intent (e.g. the wizard's submission id): retries with the same key
   * never write twice.
   */
  idempotencyKey: string;
}
