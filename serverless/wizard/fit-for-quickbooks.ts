/**
 * HubSpot values have no length limits; QuickBooks refuses a value over its field's limit
 * (fault 2050) and a colon in a customer's display name (2040). These helpers shorten what can be
 * shortened safely (a prefill the rep reviews, a line's description) and say in words what
 * changed, so the rep is told rather than surprised.
 */
import { newCustomerLimits } from '@qbo-invoicing/contract/catalog';

/** QuickBooks' limit on a line's description (Intuit's XSD, `Line.Description`). */
export const LINE_DESCRIPTION_MAX = 4000;

/**
 * The first `limit` UTF-16 units of `value` (QuickBooks counts as Java does), never ending
 * inside a surrogate pair, with trailing spaces trimmed.
 */
export function cutTo(value: string, limit: number): string {
  if (value.length <= limit) return value;
  let end = limit;
  const last = value.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return value.slice(0, end).trimEnd();
}

/** One line of text: runs of whitespace (newlines, tabs) become one space. */
export function oneLine(value: string): string {
  return value.replace(/\s+/gu, ' ').trim();
}

const quoted = (value: string) => `“${value.length > 60 ? `${cutTo(value, 57)}…` : value}”`;

/** Collects the notes for the rep while values are fitted. */
export class Fitter {
  readonly notes: string[] = [];

  /** A one-line value cut to `limit`, noted as `label` when it was shortened. */
  field(value: string | null, limit: number, label: string): string | null {
    if (value === null) return null;
    const line = oneLine(value);
    if (line === '') return null;
    const fitted = cutTo(line, limit);
    if (fitted !== line) {
      this.notes.push(
        `The ${label} from HubSpot is ${line.length} characters; QuickBooks takes at most ${limit}, so it was shortened to ${quoted(fitted)}.`,
      );
    }
    return fitted;
  }

  /** A display name without colons (QuickBooks keeps them for sub-customers), cut to its limit. */
  displayName(value: string): string {
    const line = oneLine(value);
    const withoutColons = line
      .replace(/\s*:+\s*/gu, ' - ')
      .replace(/^ - | - $/gu, '')
      .trim();
    if (withoutColons !== line) {
      this.notes.push(
        `QuickBooks does not allow a colon in a customer's name, so ${quoted(line)} became ${quoted(withoutColons)}.`,
      );
    }
    return (
      this.field(withoutColons, newCustomerLimits.displayName, 'customer name') ?? 'New customer'
    );
  }

  /** A line's description cut to QuickBooks' limit (line breaks kept: QuickBooks prints them). */
  description(value: string | null, lineName: string): string | null {
    if (value === null) return null;
    const fitted = cutTo(value, LINE_DESCRIPTION_MAX);
    if (fitted !== value) {
      this.notes.push(
        `The description of ${quoted(lineName)} is ${value.length} characters; QuickBooks takes at most ${LINE_DESCRIPTION_MAX}, so its end was cut off.`,
      );
    }
    return fitted;
  }
}
