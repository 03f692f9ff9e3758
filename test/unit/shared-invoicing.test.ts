import { describe, expect, it } from 'vitest';
import type { DraftLine, TaxCodeSummary, TermSummary } from '@qbo-invoicing/contract';
import {
  dueDateFor,
  estimateTotals,
  isDecimal,
  lineAmount,
  nextDocNumber,
} from '@qbo-invoicing/invoicing';

describe('line amounts', () => {
  it('multiplies exactly and rounds half-up to the cent once', () => {
    expect(lineAmount('3', '0.1')).toBe('0.30'); // 0.30000000000000004 in floating point
    expect(lineAmount('1', '0.005')).toBe('0.01');
    expect(lineAmount('2.5', '19.99')).toBe('49.98'); // 49.975 → up
    expect(lineAmount('1000000', '1234.5678')).toBe('1234567800.00');
  });
  it('recognises decimal input', () => {
    expect(['12', '0.5', '-3.25'].every(isDecimal)).toBe(true);
    expect(['', '1e3', '1,5', 'abc', '.5'].some(isDecimal)).toBe(false);
  });
});

const term = (overrides: Partial<TermSummary>): TermSummary => ({
  id: '1',
  name: 'term',
  dueDays: null,
  dayOfMonthDue: null,
  dueNextMonthDays: null,
  ...overrides,
});

describe('due dates', () => {
  it('adds the net days across month and year ends', () => {
    expect(dueDateFor('2026-11-26', term({ dueDays: 30 }))).toBe('2026-12-26');
    expect(dueDateFor('2026-12-15', term({ dueDays: 30 }))).toBe('2027-01-14');
    expect(dueDateFor('2028-02-15', term({ dueDays: 14 }))).toBe('2028-02-29');
    expect(dueDateFor('2026-11-26', term({ dueDays: 0 }))).toBe('2026-11-26');
  });
  it('is due on the term’s day of the month, next month when issued too close to it', () => {
    const fifteenth = term({ dayOfMonthDue: 15, dueNextMonthDays: 5 });
    expect(dueDateFor('2026-11-01', fifteenth)).toBe('2026-11-15');
    expect(dueDateFor('2026-11-09', fifteenth)).toBe('2026-11-15');
    expect(dueDateFor('2026-11-10', fifteenth)).toBe('2026-12-15');
    expect(dueDateFor('2026-11-20', fifteenth)).toBe('2026-12-15');
    expect(dueDateFor('2026-12-20', fifteenth)).toBe('2027-01-15');
  });
  it('clamps a day the month does not have', () => {
    expect(dueDateFor('2026-02-01', term({ dayOfMonthDue: 31 }))).toBe('2026-02-28');
    expect(dueDateFor('2026-01-31', term({ dayOfMonthDue: 30 }))).toBe('2026-02-28');
  });
  it('is the invoice date without a term', () => {
    expect(dueDateFor('2026-11-26', null)).toBe('2026-11-26');
  });
});

describe('next invoice number', () => {
  it('keeps prefix, padding and width', () => {
    expect(nextDocNumber(['INV-0042', 'INV-0041'])).toBe('INV-0043');
    expect(nextDocNumber(['INV-0099'])).toBe('INV-0100');
    expect(nextDocNumber(['999'])).toBe('1000');
    expect(nextDocNumber(['2026-099'])).toBe('2026-100');
    expect(nextDocNumber(['A9/B'])).toBe('A10/B');
  });
  it('continues after the highest number of the same shape', () => {
    expect(nextDocNumber(['INV-0040', 'INV-0042', 'OLD-7'])).toBe('INV-0043');
  });
  it('has no proposal without a numbered invoice, or past 21 characters', () => {
    expect(nextDocNumber([])).toBeNull();
    expect(nextDocNumber(['DRAFT'])).toBeNull();
    expect(nextDocNumber(['X'.repeat(19) + '99'])).toBeNull();
  });
});

const line = (overrides: Partial<DraftLine> = {}): DraftLine => ({
  itemId: '1',
  description: null,
  quantity: '1',
  unitPrice: '100.00',
  serviceDate: null,
  taxCodeId: null,
  taxable: true,
  ...overrides,
});
const codes: TaxCodeSummary[] = [
  { id: '10', name: 'California', description: null, ratePercent: '8.25', taxable: true },
  { id: '20', name: '20.0% S', description: null, ratePercent: '20', taxable: true },
  { id: '21', name: '5.0% R', description: null, ratePercent: '5', taxable: true },
  { id: '22', name: 'Unknown rate', description: null, ratePercent: null, taxable: true },
];
const base = {
  currency: 'USD',
  discount: null,
  taxCodes: codes,
  txnTaxCodeId: null,
  globalTaxCalculation: null,
} as const;

describe('estimated totals', () => {
  it('US: taxes only the taxable lines at the transaction rate', () => {
    const totals = estimateTotals({
      ...base,
      taxModel: 'us',
      txnTaxCodeId: '10',
      lines: [line({ unitPrice: '100.00' }), line({ unitPrice: '50.00', taxable: false })],
    });
    expect(totals).toEqual({
      currency: 'USD',
      subtotal: '150.00',
      discount: '0.00',
      tax: '8.25',
      total: '158.25',
    });
  });
  it('US: shares a discount across lines before tax', () => {
    const totals = estimateTotals({
      ...base,
      taxModel: 'us',
      txnTaxCodeId: '10',
      discount: { kind: 'percent', value: '10' },
      lines: [line({ unitPrice: '100.00' }), line({ unitPrice: '100.00', taxable: false })],
    });
    // 10% of 200 = 20; taxable 100 keeps 90%: 90 × 8.25% = 7.425 → 7.43
    expect(totals).toMatchObject({
      subtotal: '200.00',
      discount: '20.00',
      tax: '7.43',
      total: '187.43',
    });
  });
  it('US: no transaction tax code means no tax', () => {
    expect(estimateTotals({ ...base, taxModel: 'us', lines: [line()] }).tax).toBe('0.00');
  });
  it('global, tax added: one rounding per rate', () => {
    const totals = estimateTotals({
      ...base,
      currency: 'GBP',
      taxModel: 'global',
      globalTaxCalculation: 'TaxExcluded',
      lines: [
        line({ unitPrice: '10.05', taxCodeId: '20' }),
        line({ unitPrice: '10.05', taxCodeId: '20' }),
        line({ unitPrice: '9.99', taxCodeId: '21' }),
      ],
    });
    // 20% of 20.10 = 4.02; 5% of 9.99 = 0.4995 → 0.50
    expect(totals).toMatchObject({ subtotal: '30.09', tax: '4.52', total: '34.61' });
  });
  it('global, tax included: the total stays the gross amount', () => {
    const totals = estimateTotals({
      ...base,
      currency: 'EUR',
      taxModel: 'global',
      globalTaxCalculation: 'TaxInclusive',
      lines: [line({ unitPrice: '120.00', taxCodeId: '20' })],
    });
    expect(totals).toMatchObject({ subtotal: '120.00', tax: '20.00', total: '120.00' });
  });
  it('cannot know the tax of a line without a code or with an unknown rate', () => {
    const withoutCode = estimateTotals({
      ...base,
      taxModel: 'global',
      globalTaxCalculation: 'TaxExcluded',
      lines: [line()],
    });
    expect(withoutCode).toMatchObject({ tax: null, total: '100.00' });
    const unknownRate = estimateTotals({
      ...base,
      taxModel: 'global',
      globalTaxCalculation: 'TaxExcluded',
      lines: [line({ taxCodeId: '22' })],
    });
    expect(unknownRate.tax).toBeNull();
  });
  it('never discounts more than the subtotal', () => {
    const totals = estimateTotals({
      ...base,
      taxModel: 'us',
      discount: { kind: 'amount', value: '500' },
      lines: [line()],
    });
    expect(totals).toMatchObject({ discount: '100.00', total: '0.00' });
  });
});
