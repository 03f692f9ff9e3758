import { isCalendarDate } from '@qbo-invoicing/contract/catalog';
import type { InvoiceDraft } from '@qbo-invoicing/contract';
import { add, compare, isZero, parseDecimal, ZERO, type Fraction } from './fraction';
import { lineAmount } from './money';

/**
 * The largest amount the product carries (decimal strings of at most 15 integer digits, the
 * contract's `decimalString`): a larger line or total is refused before anything is written,
 * instead of being created in QuickBooks and then failing on its way back.
 */
const LARGEST_AMOUNT = parseDecimal('999999999999999.99');
const fits = (amount: Fraction) =>
  compare(amount, LARGEST_AMOUNT) <= 0 &&
  compare(amount, {
    numerator: -LARGEST_AMOUNT.numerator,
    denominator: LARGEST_AMOUNT.denominator,
  }) >= 0;

/** What the rules need to know about the QuickBooks company the draft is for. */
export interface DraftCompany {
  companyName: string;
  taxModel: 'us' | 'global';
  homeCurrency: string;
  multiCurrency: boolean;
  allowDiscount: boolean;
  customTxnNumbers: boolean;
}

export interface DraftProblem {
  /** The field inside the draft, e.g. "dueDate" or "lines.2.quantity". */
  field: string;
  message: string;
  fix?: string;
}

/**
 * Everything about a draft invoice that can be judged without QuickBooks, written once: the
 * wizard shows these problems on the step they belong to, and the server refuses a draft that has
 * any (naming the field), so both always agree.
 */
export function draftProblems(draft: InvoiceDraft, company: DraftCompany): DraftProblem[] {
  const problems: DraftProblem[] = [];
  const dates: Array<[string, string | null]> = [
    ['txnDate', draft.txnDate],
    ['dueDate', draft.dueDate],
    ...draft.lines.map((line, index): [string, string | null] => [
      `lines.${index}.serviceDate`,
      line.serviceDate,
    ]),
  ];
  for (const [field, value] of dates) {
    if (value !== null && !isCalendarDate(value)) {
      problems.push({
        field,
        message: `${value || 'An empty date'} is not a date on the calendar.`,
        fix: 'Pick the date again.',
      });
    }
  }
  if (draft.currency !== company.homeCurrency && !company.multiCurrency) {
    problems.push({
      field: 'currency',
      message: `${company.companyName} bills only in ${company.homeCurrency}: multi-currency is off in QuickBooks.`,
      fix: `Make the invoice in ${company.homeCurrency}.`,
    });
  }
  if (isCalendarDate(draft.txnDate) && isCalendarDate(draft.dueDate)) {
    if (draft.dueDate < draft.txnDate) {
      problems.push({
        field: 'dueDate',
        message: `The due date ${draft.dueDate} is before the invoice date ${draft.txnDate}.`,
        fix: 'Choose a due date on or after the invoice date.',
      });
    }
  }
  let subtotal = ZERO;
  draft.lines.forEach((line, index) => {
    try {
      if (isZero(parseDecimal(line.quantity))) {
        problems.push({
          field: `lines.${index}.quantity`,
          message: `Line ${index + 1} has a quantity of 0.`,
          fix: 'Enter a quantity, or remove the line.',
        });
      }
      const amount = parseDecimal(lineAmount(line.quantity, line.unitPrice));
      subtotal = add(subtotal, amount);
      if (!fits(amount)) {
        problems.push({
          field: `lines.${index}.unitPrice`,
          message: `Line ${index + 1} comes to more than an invoice can hold.`,
          fix: 'Check the quantity and the rate.',
        });
      }
    } catch {
      problems.push({
        field: `lines.${index}.unitPrice`,
        message: `Line ${index + 1} has an amount that cannot be computed.`,
      });
    }
  });
  if (!fits(subtotal) && problems.every((problem) => !problem.field.startsWith('lines.'))) {
    problems.push({
      field: 'lines',
      message: 'The lines come to more than an invoice can hold.',
      fix: 'Split the invoice in two.',
    });
  }
  if (draft.discount) {
    let value = null;
    try {
      value = parseDecimal(draft.discount.value);
    } catch {
      problems.push({ field: 'discount.value', message: 'The discount must be a number.' });
    }
    if (value !== null) {
      const negative = value.numerator < 0n;
      const overHundred =
        draft.discount.kind === 'percent' && value.numerator > 100n * value.denominator;
      if (negative || overHundred) {
        problems.push({
          field: 'discount.value',
          message:
            draft.discount.kind === 'percent'
              ? 'A discount must be between 0 and 100 percent.'
              : 'A discount cannot be negative.',
        });
      }
      if (!company.allowDiscount && !isZero(value)) {
        problems.push({
          field: 'discount',
          message: `${company.companyName} does not use discounts on invoices.`,
          fix: 'Remove the discount, or turn discounts on in QuickBooks (Account and settings → Sales).',
        });
      }
    }
  }
  if (company.taxModel === 'us') {
    const index = draft.lines.findIndex(
      (line) => line.taxCodeId !== null && !['TAX', 'NON'].includes(line.taxCodeId),
    );
    if (index >= 0) {
      problems.push({
        field: `lines.${index}.taxCodeId`,
        message: 'A US company marks lines taxable or not; lines take no tax code of their own.',
        fix: 'Leave the line’s tax code empty and set “taxable”.',
      });
    }
  }
  if (draft.docNumber && !company.customTxnNumbers) {
    problems.push({
      field: 'docNumber',
      message: `${company.companyName} lets QuickBooks number its invoices, so a number cannot be chosen.`,
      fix: 'Leave the invoice number empty.',
    });
  }
  return problems;
}
