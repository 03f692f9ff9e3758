/**
 * HubSpot values have no length limits; QuickBooks refuses a value over its field's limit
 * (fault 2050) and a colon in a customer's display name (2040). These helpers shorten what can be
 * shortened safely (a prefill the rep reviews, a line's description) and say in words what
 * changed, so the rep is told rather than surprised.
 */
import { newCustomerLimits } from '@qbo-invoicing/contract/catalog';
import type { Translator } from '../lib/text';

/** The fields a prefill fits, named in the note that says one was shortened. */
export type FittedField =
  | 'displayName'
  | 'companyName'
  | 'givenName'
  | 'familyName'
  | 'line1'
  | 'city'
  | 'region'
  | 'postalCode'
  | 'country';

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

/** A value short enough to quote in a note (the note's message puts it in quotation marks). */
const excerpt = (value: string) => (value.length > 60 ? `${cutTo(value, 57)}…` : value);

/** Collects the notes for the rep, in the rep's language, while values are fitted. */
export class Fitter {
  readonly notes: string[] = [];

  constructor(private readonly words: Translator) {}

  /** A one-line value cut to `limit`, noted (naming `field`) when it was shortened. */
  field(value: string | null, limit: number, field: FittedField): string | null {
    if (value === null) return null;
    const line = oneLine(value);
    if (line === '') return null;
    const fitted = cutTo(line, limit);
    if (fitted !== line) {
      this.notes.push(
        this.words.t(
          'The {field, select, displayName {customer name} companyName {company name} givenName {first name} familyName {last name} line1 {street address} city {city} region {state or region} postalCode {postal code} other {country}} from HubSpot is {length} characters; QuickBooks takes at most {limit}, so it was shortened to “{value}”.',
          { field, length: line.length, limit, value: excerpt(fitted) },
        ),
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
        this.words.t(
          'QuickBooks does not allow a colon in a customer’s name, so “{name}” became “{fitted}”.',
          { name: excerpt(line), fitted: excerpt(withoutColons) },
        ),
      );
    }
    return (
      this.field(withoutColons, newCustomerLimits.displayName, 'displayName') ??
      this.words.t('Customer from HubSpot')
    );
  }

  /** A line's description cut to QuickBooks' limit (line breaks kept: QuickBooks prints them). */
  description(value: string | null, lineName: string): string | null {
    if (value === null) return null;
    const fitted = cutTo(value, LINE_DESCRIPTION_MAX);
    if (fitted !== value) {
      this.notes.push(
        this.words.t(
          'The description of “{line}” is {length} characters; QuickBooks takes at most {limit}, so its end was cut off.',
          { line: excerpt(lineName), length: value.length, limit: LINE_DESCRIPTION_MAX },
        ),
      );
    }
    return fitted;
  }
}
