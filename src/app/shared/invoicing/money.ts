import Decimal from 'decimal.js';

/**
 * Money arithmetic for the wizard, the same on both sides of the wire: exact decimals, rounded
 * half-up to cents once, where QuickBooks rounds.
 */
export const toCents = (value: Decimal.Value): Decimal =>
  new Decimal(value).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

export const money = (value: Decimal.Value): string => toCents(value).toFixed(2);

/** A line's amount as QuickBooks computes it: quantity × rate, to the cent. */
export function lineAmount(quantity: string, unitPrice: string): string {
  return money(new Decimal(quantity).times(unitPrice));
}

/** True for a string that is a finite decimal number ("12", "0.5", "-3.25"). */
export function isDecimal(value: string): boolean {
  if (!/^-?\d+(\.\d+)?$/.test(value.trim())) return false;
  return new Decimal(value).isFinite();
}
