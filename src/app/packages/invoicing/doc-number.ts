/** QuickBooks' limit on an invoice number's length. */
export const MAX_DOC_NUMBER = 21;

const shape = /^(.*?)(\d+)(\D*)$/;

/**
 * The next invoice number in the company's own format, from its recent numbers (most recent
 * first): keeps prefix, suffix and zero padding ("INV-0042" → "INV-0043", "2026-099" → "2026-100").
 * Among numbers shaped like the most recent one, it continues after the highest, so an old number
 * typed out of order does not make it propose a duplicate.
 */
export function nextDocNumber(recentNumbers: string[]): string | null {
  const parsed = recentNumbers
    .map((value) => value.trim())
    .map((value) => ({ value, match: shape.exec(value) }))
    .filter((entry): entry is { value: string; match: RegExpExecArray } => entry.match !== null);
  const latest = parsed[0];
  if (!latest) return null;
  const [, prefix = '', , suffix = ''] = latest.match;
  const sameShape = parsed.filter(({ match }) => match[1] === prefix && match[3] === suffix);
  const highest = sameShape.reduce((best, { match }) => {
    const digits = match[2] ?? '0';
    return BigInt(digits) > BigInt(best) ? digits : best;
  }, latest.match[2] ?? '0');
  const next = (BigInt(highest) + 1n).toString();
  const width = Math.max(highest.length, next.length);
  const candidate = `${prefix}${next.padStart(width, '0')}${suffix}`;
  return candidate.length <= MAX_DOC_NUMBER ? candidate : null;
}
