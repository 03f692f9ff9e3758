import { multiply, parseDecimal, roundTo, toFixed, type Fraction } from './fraction';

export { isDecimal } from './fraction';

/**
 * Money for the wizard, the same on both sides of the wire: amounts travel as decimal strings and
 * are computed as exact fractions (`fraction.ts`), rounded half-up to cents once, where QuickBooks
 * rounds.
 */
const asFraction = (value: string | Fraction): Fraction =>
  typeof value === 'string' ? parseDecimal(value) : value;

/** The value rounded to the cent, as a fraction to compute on. */
export const toCents = (value: string | Fraction): Fraction => roundTo(asFraction(value), 2);

/** The value rounded to the cent, as a string with two decimals ("12.30"). */
export const money = (value: string | Fraction): string => toFixed(asFraction(value), 2);

/** A line's amount as QuickBooks computes it: quantity × rate, to the cent. */
export function lineAmount(quantity: string, unitPrice: string): string {
  return money(multiply(parseDecimal(quantity), parseDecimal(unitPrice)));
}
