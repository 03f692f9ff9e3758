/**
 * A small ICU MessageFormat subset, enough for the product's messages and about 1 kB in a bundle
 * (intl-messageformat alone is 42 kB minified; docs/languages.md):
 *
 * - `{name}`: a value, as given (numbers through `Intl.NumberFormat` in the locale);
 * - `{count, plural, =0 {…} one {…} other {…}}`: chosen by `Intl.PluralRules`, `#` inside is the
 *   number in the locale's digits;
 * - `{kind, select, paid {…} other {…}}`: chosen by the value's text.
 *
 * Apostrophes are plain text (no ICU quoting). A placeholder with no value is left as written, so
 * a missing value shows instead of silently vanishing.
 */
export type MessageValues = Readonly<Record<string, string | number>>;

/** The index of the `}` that closes the `{` at `open`, counting nested braces. */
function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** `=0 {none} one {# item} other {# items}` → its cases by selector. */
function casesOf(body: string): Map<string, string> {
  const cases = new Map<string, string>();
  let i = 0;
  while (i < body.length) {
    const open = body.indexOf('{', i);
    if (open < 0) break;
    const close = closingBrace(body, open);
    if (close < 0) break;
    cases.set(body.slice(i, open).trim(), body.slice(open + 1, close));
    i = close + 1;
  }
  return cases;
}

function number(value: number, locale: string): string {
  try {
    return new Intl.NumberFormat(locale).format(value);
  } catch {
    return String(value);
  }
}

function pluralCategory(value: number, locale: string): string {
  try {
    return new Intl.PluralRules(locale).select(value);
  } catch {
    return value === 1 ? 'one' : 'other';
  }
}

function argument(expression: string, values: MessageValues, locale: string): string | null {
  const comma = expression.indexOf(',');
  const name = (comma < 0 ? expression : expression.slice(0, comma)).trim();
  const value = values[name];
  if (value === undefined) return null;
  if (comma < 0) return typeof value === 'number' ? number(value, locale) : value;
  const rest = expression.slice(comma + 1);
  const secondComma = rest.indexOf(',');
  const kind = rest.slice(0, secondComma).trim();
  const cases = casesOf(rest.slice(secondComma + 1));
  if (kind === 'plural') {
    const count = Number(value);
    const chosen =
      cases.get(`=${count}`) ?? cases.get(pluralCategory(count, locale)) ?? cases.get('other');
    return chosen === undefined
      ? null
      : formatMessage(chosen, values, locale).replace(/#/g, number(count, locale));
  }
  if (kind === 'select') {
    const chosen = cases.get(String(value)) ?? cases.get('other');
    return chosen === undefined ? null : formatMessage(chosen, values, locale);
  }
  return null;
}

/** Fills a message's placeholders for the locale; see the module's comment for the syntax. */
export function formatMessage(
  template: string,
  values: MessageValues = {},
  locale = 'en-US',
): string {
  if (!template.includes('{')) return template;
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) break;
    const close = closingBrace(template, open);
    if (close < 0) break;
    out += template.slice(i, open);
    const filled = argument(template.slice(open + 1, close), values, locale);
    out += filled ?? template.slice(open, close + 1);
    i = close + 1;
  }
  return out + template.slice(i);
}

/** The languages the product speaks; English is the source every message is written in. */
export const languages = ['en', 'es'] as const;
export type Language = (typeof languages)[number];

/**
 * "Loading" in each language: the one word an extension shows before its catalog has arrived, so
 * it cannot come from the catalog. A test holds it equal to the common catalog's "Loading".
 */
export const loadingWords: Record<Language, string> = { en: 'Loading', es: 'Cargando' };

/** `es-MX`, `es_ES`, `es` → `es`; anything the product does not speak → English. */
export function languageOf(locale: string | null | undefined): Language {
  const base = (locale ?? '').toLowerCase().split(/[-_]/)[0];
  return (languages as readonly string[]).includes(base ?? '') ? (base as Language) : 'en';
}

/** A locale Intl accepts for the language HubSpot gave (`es_MX` → `es-MX`), else the language. */
export function intlLocale(locale: string | null | undefined, language: Language): string {
  const candidate = (locale ?? '').replace('_', '-');
  try {
    if (candidate && Intl.NumberFormat.supportedLocalesOf([candidate]).length > 0) {
      return languageOf(candidate) === language ? candidate : language;
    }
  } catch {
    // An ill-formed tag: fall back to the language alone.
  }
  return language === 'en' ? 'en-US' : language;
}

/**
 * A message in the language of `catalog` (Spanish id → text), or the English id itself when the
 * catalog has no entry (English users, or a message not yet translated).
 */
export function translate(
  catalog: Readonly<Record<string, string>> | null,
  id: string,
  values: MessageValues | undefined,
  locale: string,
): string {
  return formatMessage(catalog?.[id] ?? id, values, locale);
}
