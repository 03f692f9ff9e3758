/**
 * One set of draft rules (`draftProblems` in @qbo-invoicing/invoicing): the wizard shows them on
 * the step they belong to, and the server refuses the same drafts with the same words, naming the
 * field.
 */
import { describe, expect, it } from 'vitest';
import type { InvoiceDraft } from '@qbo-invoicing/contract';
import { draftProblems, type DraftCompany } from '@qbo-invoicing/invoicing';
import { catalogFor } from '@qbo-invoicing/messages/catalogs';
import { AppError } from '../../serverless/lib/errors';
import { translatorFor } from '../../serverless/lib/text';
import { toOperationError } from '../../serverless/runtime/errors';
import type { CompanyProfile } from '../../serverless/quickbooks';
import { checkDraftShape } from '../../serverless/wizard/inspect';

const company: DraftCompany = {
  companyName: 'Cedar & Pine',
  taxModel: 'us',
  homeCurrency: 'USD',
  multiCurrency: false,
  allowDiscount: true,
  customTxnNumbers: false,
};
const profile = {
  ...company,
  realmId: '1',
  country: 'US',
} as unknown as CompanyProfile;

const draft = (over: Partial<InvoiceDraft> = {}): InvoiceDraft => ({
  realmId: '1',
  source: { kind: 'scratch' },
  customerId: '7',
  currency: 'USD',
  lines: [
    {
      itemId: '10',
      description: null,
      quantity: '2',
      unitPrice: '15',
      serviceDate: null,
      taxCodeId: null,
      taxable: true,
    },
  ],
  discount: null,
  txnTaxCodeId: null,
  globalTaxCalculation: null,
  termId: null,
  txnDate: '2026-11-26',
  dueDate: '2026-12-26',
  customerMemo: '',
  docNumber: null,
  ...over,
});

const broken: Array<[string, Partial<InvoiceDraft>, string]> = [
  [
    'dueDate',
    { dueDate: '2026-11-01' },
    'The due date 2026-11-01 is before the invoice date 2026-11-26.',
  ],
  ['txnDate', { txnDate: '2026-02-30' }, '2026-02-30 is not a date on the calendar.'],
  [
    'currency',
    { currency: 'EUR' },
    'Cedar & Pine bills only in USD: multi-currency is off in QuickBooks.',
  ],
  [
    'lines.0.quantity',
    { lines: [{ ...draft().lines[0]!, quantity: '0' }] },
    'Line 1 has a quantity of 0.',
  ],
  [
    'discount.value',
    { discount: { kind: 'percent', value: '120' } },
    'A discount must be between 0 and 100 percent.',
  ],
  [
    'discount.value',
    { discount: { kind: 'amount', value: '-5' } },
    'A discount cannot be negative.',
  ],
  [
    'lines.0.taxCodeId',
    { lines: [{ ...draft().lines[0]!, taxCodeId: '7' }] },
    'A US company marks lines taxable or not; lines take no tax code of their own.',
  ],
  [
    'docNumber',
    { docNumber: 'INV-9' },
    'Cedar & Pine lets QuickBooks number its invoices, so a number cannot be chosen.',
  ],
];

describe('draft rules', () => {
  it('find nothing wrong with a complete draft, on either side', () => {
    expect(draftProblems(draft(), company)).toEqual([]);
    expect(() => checkDraftShape(draft(), profile)).not.toThrow();
  });

  it.each(broken)(
    'name %s, and the server refuses with the same words',
    (field, change, message) => {
      expect(draftProblems(draft(change), company)).toContainEqual(
        expect.objectContaining({ field, message }),
      );
      let refused: unknown;
      try {
        checkDraftShape(draft(change), profile);
      } catch (error) {
        refused = error;
      }
      expect(refused).toBeInstanceOf(AppError);
      expect((refused as AppError).message).toBe(message);
      expect((refused as AppError).field).toBe(`input.draft.${field}`);
      // Said in the caller's language: the message and its fix are catalog ids with Spanish.
      const spanish = toOperationError(refused, 'test', translatorFor('es-ES'));
      expect(spanish.message).not.toBe(message);
      const { message: id, fix } = (refused as AppError).template;
      expect(catalogFor('es', 'server')).toHaveProperty([id]);
      if (fix) expect(catalogFor('es', 'server')).toHaveProperty([fix]);
    },
  );

  it('refuses a discount in a company that does not use them', () => {
    const problems = draftProblems(draft({ discount: { kind: 'amount', value: '5' } }), {
      ...company,
      allowDiscount: false,
    });
    expect(problems).toContainEqual(expect.objectContaining({ field: 'discount' }));
  });
});
