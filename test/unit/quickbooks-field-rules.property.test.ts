/**
 * HubSpot values have no limits; QuickBooks refuses a value over its field's length or a colon in
 * a customer's name. Whatever HubSpot holds (any length, any character), no request the product
 * builds for QuickBooks breaks a field rule the emulator enforces from Intuit's XSD and API
 * reference: the prefill is fitted (and the rep told), and anything the contract accepts maps to
 * a body QuickBooks accepts; what the contract refuses is refused naming the field.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invoiceDraftSchema, newCustomerSchema } from '@qbo-invoicing/contract';
import { newCustomerProblems } from '@qbo-invoicing/contract/catalog';
import { checkEntity } from '../../emulators/conformance/index.js';
import { Fitter, LINE_DESCRIPTION_MAX } from '../../serverless/wizard/fit-for-quickbooks';
import { toCreate } from '../../serverless/wizard/customers';
import { toInvoiceCreate, type MappingContext } from '../../serverless/wizard/invoice-mapping';
import { prefillFrom } from '../../serverless/wizard/prepare';
import { english, translatorFor } from '../../serverless/lib/text';

// Any text, weighted towards what breaks rules: colons, whitespace, astral characters.
const tricky = fc.constantFrom(':', ' ', '\n', '\t', '😀', 'é', 'a', 'Z', '@', '.');
// size 'max': lengths spread up to maxLength, not fast-check's default of mostly short strings.
const anyText = (maxLength: number) =>
  fc.oneof(
    fc.string({ unit: 'binary', maxLength, size: 'max' }),
    fc.string({ unit: tricky, maxLength, size: 'max' }),
    fc.string({ unit: 'grapheme', maxLength, size: 'max' }),
    fc.string({ unit: tricky, maxLength: 12 }),
  );
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const record = (id: string) =>
  fc
    .record({
      address: maybe(anyText(700)),
      city: maybe(anyText(400)),
      state: maybe(anyText(400)),
      zip: maybe(anyText(60)),
      country: maybe(anyText(400)),
    })
    .map((properties) => ({ id, properties }));

/** Only QuickBooks' field rules: lengths, characters, required fields, enumerations. */
const breaches = (entity: string, body: unknown) =>
  checkEntity(entity, body, 'create').filter((issue) => issue.rule);

describe('customers created from HubSpot', () => {
  it('tells the rep what was changed, in words', () => {
    const fit = new Fitter(english);
    const company = `Acme: West ${'x'.repeat(120)}`;
    const prefill = prefillFrom(
      { email: ' amy@acme.example ', firstName: 'Amy', lastName: null, companyName: company },
      undefined,
      { id: '7', properties: { city: 'Leeds\nWest Yorkshire' } },
      null,
      fit,
    );
    expect(prefill.displayName).toBe(`Acme - West ${'x'.repeat(120)}`);
    expect(prefill.companyName).toHaveLength(100);
    expect(prefill.email).toBe('amy@acme.example');
    expect(prefill.billAddr?.city).toBe('Leeds West Yorkshire');
    expect(fit.notes).toEqual([
      expect.stringContaining('QuickBooks does not allow a colon in a customer’s name'),
      expect.stringMatching(
        /company name from HubSpot is 131 characters; QuickBooks takes at most 100/,
      ),
    ]);
  });

  it('tells a Spanish-speaking rep in Spanish, with the numbers in their format', () => {
    const fit = new Fitter(translatorFor('es-ES'));
    prefillFrom(
      { email: null, firstName: null, lastName: null, companyName: `Acme: ${'x'.repeat(120)}` },
      undefined,
      undefined,
      null,
      fit,
    );
    fit.description('y'.repeat(LINE_DESCRIPTION_MAX + 1), 'Diseño');
    expect(fit.notes).toEqual([
      expect.stringMatching(/^QuickBooks no admite dos puntos en el nombre de un cliente/),
      expect.stringMatching(
        /^El nombre de la empresa de HubSpot tiene 126 caracteres; QuickBooks admite como máximo 100/,
      ),
      expect.stringMatching(
        /^La descripción de “Diseño” tiene 4001 caracteres; QuickBooks admite como máximo 4000/,
      ),
    ]);
  });

  it('the prefill always fits QuickBooks, and says what it changed', () => {
    fc.assert(
      fc.property(
        fc.record({
          email: maybe(anyText(150)),
          firstName: maybe(anyText(300)),
          lastName: maybe(anyText(300)),
          companyName: maybe(anyText(800)),
        }),
        fc.option(record('1'), { nil: undefined }),
        fc.option(record('2'), { nil: undefined }),
        (buyer, contact, company) => {
          const fit = new Fitter(english);
          const prefill = prefillFrom(buyer, contact, company, null, fit);
          expect(newCustomerProblems(prefill)).toEqual([]);
          const body = toCreate(newCustomerSchema.parse(prefill), false);
          expect(breaches('Customer', body)).toEqual([]);
          if (buyer.companyName?.includes(':'))
            expect(fit.notes.some((n) => n.includes('colon'))).toBe(true);
          if ((buyer.companyName?.trim().length ?? 0) > 500 && !buyer.companyName?.includes(':'))
            expect(fit.notes.some((n) => n.includes('at most 500'))).toBe(true);
        },
      ),
      { numRuns: 300, endOnFailure: true },
    );
  });

  it('what the rep submits is either accepted by QuickBooks or refused naming the field', () => {
    fc.assert(
      fc.property(
        fc.record({
          displayName: anyText(520),
          companyName: maybe(anyText(120)),
          givenName: maybe(anyText(120)),
          familyName: maybe(anyText(120)),
          email: maybe(fc.oneof(fc.emailAddress(), anyText(120))),
          billAddr: maybe(
            fc.record({
              line1: maybe(anyText(520)),
              city: maybe(anyText(270)),
              region: maybe(anyText(270)),
              postalCode: maybe(anyText(40)),
              country: maybe(anyText(270)),
            }),
          ),
          currency: maybe(fc.constantFrom('USD', 'EUR', 'usd')),
        }),
        fc.boolean(),
        (customer, multiCurrency) => {
          const parsed = newCustomerSchema.safeParse(customer);
          if (!parsed.success) {
            for (const issue of parsed.error.issues) {
              expect(issue.path.length).toBeGreaterThan(0);
              expect(issue.message).toMatch(/at most \d+ characters|colon|required|email|currency/);
            }
            return;
          }
          expect(breaches('Customer', toCreate(parsed.data, multiCurrency))).toEqual([]);
        },
      ),
      { numRuns: 300, endOnFailure: true },
    );
  });
});

describe('invoices', () => {
  const context = (customTxnNumbers: boolean): MappingContext => ({
    taxModel: 'us',
    homeCurrency: 'USD',
    multiCurrency: false,
    customTxnNumbers,
    allowDiscount: true,
    allowServiceDate: true,
    customerEmail: null,
    exchangeRate: null,
  });

  it('a line description from HubSpot is cut to what QuickBooks takes, and the rep told', () => {
    fc.assert(
      fc.property(anyText(LINE_DESCRIPTION_MAX + 300), (description) => {
        const fit = new Fitter(english);
        const fitted = fit.description(description, 'Design') ?? '';
        expect(fitted.length).toBeLessThanOrEqual(LINE_DESCRIPTION_MAX);
        expect(fit.notes.length > 0).toBe(description.length > LINE_DESCRIPTION_MAX);
        expect(fitted).not.toMatch(/[\uD800-\uDBFF]$/u);
      }),
      { endOnFailure: true },
    );
  });

  it('every draft the contract accepts becomes an invoice with no field QuickBooks refuses', () => {
    fc.assert(
      fc.property(
        anyText(1050),
        maybe(anyText(30)),
        fc.array(maybe(anyText(4050)), { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        (customerMemo, docNumber, descriptions, custom) => {
          const parsed = invoiceDraftSchema.safeParse({
            realmId: '9130357766501001',
            source: { kind: 'scratch' },
            customerId: '1',
            currency: 'USD',
            lines: descriptions.map((description) => ({
              itemId: '4',
              description,
              quantity: '1',
              unitPrice: '10',
              serviceDate: null,
              taxCodeId: null,
              taxable: true,
            })),
            discount: null,
            txnTaxCodeId: null,
            globalTaxCalculation: null,
            termId: null,
            txnDate: '2025-06-16',
            dueDate: '2025-07-16',
            customerMemo,
            docNumber,
          });
          if (!parsed.success) {
            for (const issue of parsed.error.issues) expect(issue.path.length).toBeGreaterThan(0);
            return;
          }
          const body = toInvoiceCreate(parsed.data, context(custom));
          expect(breaches('Invoice', body)).toEqual([]);
        },
      ),
      { numRuns: 200, endOnFailure: true },
    );
  });
});
