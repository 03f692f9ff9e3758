// The field rules QuickBooks Online enforces on what a client sends: maximum lengths, characters
// it refuses and fields it requires. Intuit states most of them in the XSDs' documentation prose
// (not as facets), per product: "Product: QBW … Max. length: 41 characters. Product: QBO … Max.
// length: 500 characters." This module reads the QBO (or ALL) part of that prose; where the XSD
// is silent or older than Intuit's API reference, `documented-rules.ts` says what QBO enforces.

import { DOCUMENTED_RULES, READ_ONLY, RELAXED_REQUIRED } from './documented-rules.js';

export interface FieldRule {
  /** Longest value QBO accepts, in UTF-16 code units (QBO counts as Java does). */
  maxLength?: number;
  /** Characters QBO refuses in the value. */
  forbidden?: string;
  /** QBO refuses a create without it. */
  required?: boolean;
  /** Where the rule comes from: 'xsd' or the URL of Intuit's page. */
  source: string;
}

type Product = 'QBO' | 'QBW' | 'ALL';

// "Product: QBO" opens a section; "Description: QBW:" or "ValidRange: QBO:" tags a part of one.
const PRODUCT_MARK = /Product:\s*(QBO|QBW|ALL)\b|\b(QBO|QBW):/g;
// "Max. length: 41", "Max length: 21", "Max Length: 31", "The maximum length for DocNumber is 21",
// "max=21" (ValidRange). "Data Services max. length" and "Cloud Max Length" are other products'.
const MAX_LENGTH =
  /(Data Services |Cloud )?(?:max(?:imum)?\.?\s*length(?:\s+for\s+\w+(?:\s+\w+)?)?(?:\s+is)?\s*:?\s*|\bmax=)(\d+)/gi;
const REQUIRED = /Required:\s*(QBO|QBW|ALL)\b/g;

/** The QBO-applicable parts of one element's documentation, in order. */
function qboParts(doc: string): string[] {
  const text = doc.replace(/\s+/g, ' ');
  const parts: string[] = [];
  let product: Product = 'ALL';
  let from = 0;
  for (const m of text.matchAll(PRODUCT_MARK)) {
    if (product !== 'QBW') parts.push(text.slice(from, m.index));
    product = (m[1] ?? m[2]) as Product;
    from = m.index + m[0].length;
  }
  if (product !== 'QBW') parts.push(text.slice(from));
  return parts;
}

/** The rule an element's XSD documentation states for QBO, if any. */
export function ruleFromDocumentation(doc: string | undefined): FieldRule | undefined {
  if (!doc) return undefined;
  let maxLength: number | undefined;
  for (const part of qboParts(doc)) {
    for (const m of part.matchAll(MAX_LENGTH)) {
      if (m[1]) continue;
      maxLength ??= Number(m[2]);
    }
  }
  const required = [...doc.matchAll(REQUIRED)].some((m) => m[1] !== 'QBW');
  if (maxLength === undefined && !required) return undefined;
  return {
    ...(maxLength !== undefined ? { maxLength } : {}),
    ...(required ? { required } : {}),
    source: 'xsd',
  };
}

/**
 * The rule for `element` declared in complex type `owner`: the XSD's, with what Intuit's API
 * reference documents on top (it wins where both state a length).
 */
export function fieldRule(
  owner: string,
  element: string,
  doc: string | undefined,
): FieldRule | undefined {
  const key = `${owner}.${element}`;
  if (READ_ONLY.has(key)) return undefined;
  const fromXsd = ruleFromDocumentation(doc);
  const documented = DOCUMENTED_RULES[key];
  if (!fromXsd && !documented) return undefined;
  const merged: FieldRule = { ...fromXsd, ...documented, source: documented?.source ?? 'xsd' };
  if (RELAXED_REQUIRED.has(key)) delete merged.required;
  return merged;
}
