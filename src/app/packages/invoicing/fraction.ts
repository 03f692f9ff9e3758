/**
 * Exact rational arithmetic on BigInts, for money. A decimal string such as "-12.345" becomes
 * -12345/1000; sums, products and quotients stay exact, and a value is rounded only when asked,
 * once, where QuickBooks rounds. No binary floating point anywhere.
 */
export interface Fraction {
  readonly numerator: bigint;
  /** Always positive. */
  readonly denominator: bigint;
}

const decimalPattern = /^(-?)(\d+)(?:\.(\d+))?$/;

/** True for a string that is a decimal number ("12", "0.5", "-3.25"). */
export function isDecimal(value: string): boolean {
  return decimalPattern.test(value.trim());
}

const gcd = (a: bigint, b: bigint): bigint => {
  let [x, y] = [a < 0n ? -a : a, b < 0n ? -b : b];
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
};

function reduced(numerator: bigint, denominator: bigint): Fraction {
  if (denominator === 0n) throw new RangeError('Division by zero');
  const sign = denominator < 0n ? -1n : 1n;
  const divisor = gcd(numerator, denominator) || 1n;
  return { numerator: (sign * numerator) / divisor, denominator: (sign * denominator) / divisor };
}

export const ZERO: Fraction = { numerator: 0n, denominator: 1n };
export const ONE: Fraction = { numerator: 1n, denominator: 1n };

/** A decimal string as an exact fraction; throws on anything that is not a decimal number. */
export function parseDecimal(value: string): Fraction {
  const match = decimalPattern.exec(value.trim());
  if (!match) throw new RangeError(`Not a decimal number: "${value.slice(0, 40)}"`);
  const [, sign = '', whole = '0', decimals = ''] = match;
  const digits = BigInt(`${whole}${decimals}`);
  return reduced(sign === '-' ? -digits : digits, 10n ** BigInt(decimals.length));
}

export const fromInteger = (value: bigint | number): Fraction => ({
  numerator: BigInt(value),
  denominator: 1n,
});

export const add = (a: Fraction, b: Fraction): Fraction =>
  reduced(a.numerator * b.denominator + b.numerator * a.denominator, a.denominator * b.denominator);

export const subtract = (a: Fraction, b: Fraction): Fraction =>
  add(a, { numerator: -b.numerator, denominator: b.denominator });

export const multiply = (a: Fraction, b: Fraction): Fraction =>
  reduced(a.numerator * b.numerator, a.denominator * b.denominator);

export const divide = (a: Fraction, b: Fraction): Fraction =>
  reduced(a.numerator * b.denominator, a.denominator * b.numerator);

export const isZero = (a: Fraction): boolean => a.numerator === 0n;

export const compare = (a: Fraction, b: Fraction): number => {
  const difference = a.numerator * b.denominator - b.numerator * a.denominator;
  return difference === 0n ? 0 : difference < 0n ? -1 : 1;
};

export const min = (a: Fraction, b: Fraction): Fraction => (compare(a, b) <= 0 ? a : b);

/** Rounded to `places` decimals, half away from zero (QuickBooks' and decimal.js' ROUND_HALF_UP). */
export function roundTo(value: Fraction, places: number): Fraction {
  const scale = 10n ** BigInt(places);
  const scaled = value.numerator * scale;
  const quotient = scaled / value.denominator; // truncates toward zero
  const remainder = scaled % value.denominator;
  const absolute = remainder < 0n ? -remainder : remainder;
  const away = 2n * absolute >= value.denominator ? (scaled < 0n ? -1n : 1n) : 0n;
  return reduced(quotient + away, scale);
}

/** The value with exactly `places` decimals, rounded half away from zero ("-0.50", "12.30"). */
export function toFixed(value: Fraction, places: number): string {
  const scale = 10n ** BigInt(places);
  const rounded = roundTo(value, places);
  const units = (rounded.numerator * scale) / rounded.denominator;
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(places + 1, '0');
  const whole = digits.slice(0, digits.length - places);
  const decimals = digits.slice(digits.length - places);
  return `${negative ? '-' : ''}${whole}${places > 0 ? `.${decimals}` : ''}`;
}
