import { describe, expect, it } from 'vitest';
import { formatMessage, intlLocale, languageOf, translate } from '@qbo-invoicing/messages/format';
import { formatDate, formatInstant, formatMoney } from '@qbo-invoicing/invoicing';
import { messagesFor } from '@qbo-invoicing/ui';

// Intl puts narrow and ordinary no-break spaces in some locales' output; compare plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatMessage: the ICU subset the catalogs use', () => {
  it('fills named values and writes numbers in the locale', () => {
    expect(
      formatMessage('Invoice {number} for {customer}', { number: '1001', customer: 'Amy' }),
    ).toBe('Invoice 1001 for Amy');
    expect(plain(formatMessage('{n} lines', { n: 12345 }, 'es-ES'))).toBe('12.345 lines');
    expect(formatMessage('{n} lines', { n: 12345 }, 'en-US')).toBe('12,345 lines');
  });

  it('chooses plural cases by the language’s rules, exact matches first', () => {
    const template = '{count, plural, =0 {no invoices} one {# invoice} other {# invoices}}';
    expect(formatMessage(template, { count: 0 })).toBe('no invoices');
    expect(formatMessage(template, { count: 1 })).toBe('1 invoice');
    expect(formatMessage(template, { count: 1500 })).toBe('1,500 invoices');
    const spanish = '{count, plural, one {# factura vencida} other {# facturas vencidas}}';
    expect(formatMessage(spanish, { count: 1 }, 'es-ES')).toBe('1 factura vencida');
    expect(formatMessage(spanish, { count: 2 }, 'es-MX')).toBe('2 facturas vencidas');
  });

  it('selects by text, with values inside the chosen case', () => {
    const template = '{kind, select, paid {Paid by {who}} other {Open}}';
    expect(formatMessage(template, { kind: 'paid', who: 'Amy' })).toBe('Paid by Amy');
    expect(formatMessage(template, { kind: 'sent', who: 'Amy' })).toBe('Open');
  });

  it('leaves a placeholder with no value as written, and plain text untouched', () => {
    expect(formatMessage('Hello {name}', {})).toBe('Hello {name}');
    expect(formatMessage('It’s done')).toBe('It’s done');
    expect(formatMessage('Unclosed {brace')).toBe('Unclosed {brace');
  });

  it('translates through a catalog, falling back to the English id', () => {
    const catalog = { 'Invoice {number}': 'Factura {number}' };
    expect(translate(catalog, 'Invoice {number}', { number: '7' }, 'es-ES')).toBe('Factura 7');
    expect(translate(catalog, 'Not there', undefined, 'es-ES')).toBe('Not there');
    expect(translate(null, 'Invoice {number}', { number: '7' }, 'en-US')).toBe('Invoice 7');
  });
});

describe('languages and locales', () => {
  it('reads HubSpot’s locale tags, anything unknown as English', () => {
    expect(languageOf('es-mx')).toBe('es');
    expect(languageOf('es_ES')).toBe('es');
    expect(languageOf('es')).toBe('es');
    expect(languageOf('fr-fr')).toBe('en');
    expect(languageOf(undefined)).toBe('en');
    expect(languageOf('')).toBe('en');
  });

  it('keeps the user’s own country for numbers and dates', () => {
    expect(intlLocale('es-mx', 'es')).toBe('es-mx');
    expect(intlLocale('es_ES', 'es')).toBe('es-ES');
    expect(intlLocale('en-gb', 'en')).toBe('en-gb');
    expect(intlLocale('not a tag!', 'es')).toBe('es');
    expect(intlLocale(undefined, 'en')).toBe('en-US');
  });
});

describe('money and dates in the user’s formats', () => {
  it('writes money in the invoice’s currency and the user’s locale, exactly', () => {
    expect(formatMoney('1234567.89', 'USD', 'en-US')).toBe('$1,234,567.89');
    expect(plain(formatMoney('1234567.89', 'EUR', 'es-ES'))).toBe('1.234.567,89 €');
    expect(formatMoney('1234567.89', 'MXN', 'es-MX')).toBe('$1,234,567.89');
    expect(formatMoney('1234567.89', 'GBP', 'en-GB')).toBe('£1,234,567.89');
    // No float on the way: 0.1 + 0.2 style amounts keep their digits.
    expect(formatMoney('90071992547409.93', 'USD', 'en-US')).toBe('$90,071,992,547,409.93');
  });

  it('writes a calendar date as that day in every locale', () => {
    expect(formatDate('2026-11-19', 'en-US')).toBe('Nov 19, 2026');
    expect(formatDate('2026-11-19', 'en-GB')).toBe('19 Nov 2026');
    expect(formatDate('2026-11-19', 'es-ES')).toBe('19 nov 2026');
    expect(formatDate('2026-11-19', 'es-MX')).toBe('19 nov 2026');
  });

  it('writes a moment in the portal’s time zone, on either side of midnight', () => {
    const lateInUtc = '2026-11-19T23:30:00.000Z';
    expect(plain(formatInstant(lateInUtc, 'en-US', 'America/Mexico_City'))).toBe(
      'Nov 19, 2026, 5:30 PM',
    );
    expect(formatInstant(lateInUtc, 'es-ES', 'Europe/Madrid')).toBe('20 nov 2026, 0:30');
    expect(formatInstant(lateInUtc, 'en-GB', 'Europe/London')).toBe('19 Nov 2026, 23:30');
    const earlyInUtc = '2026-11-20T00:30:00.000Z';
    expect(plain(formatInstant(earlyInUtc, 'es-MX', 'America/Mexico_City'))).toBe(
      '19 nov 2026, 6:30 p.m.',
    );
  });

  it('gives a component one object for all of it', () => {
    const spanish = messagesFor('es-MX', 'America/Mexico_City', { Close: 'Cerrar' });
    expect(spanish.language).toBe('es');
    expect(spanish.t('Close')).toBe('Cerrar');
    expect(spanish.date('2026-01-05')).toBe('5 ene 2026');
    const english = messagesFor('es-MX', 'UTC', null);
    expect(english.language).toBe('en');
    expect(english.t('Close')).toBe('Close');
  });
});
