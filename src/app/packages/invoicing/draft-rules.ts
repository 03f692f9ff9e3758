import { isCalendarDate } from '@qbo-invoicing/contract/catalog';
import type { InvoiceDraft } from '@qbo-invoicing/contract';
import { add, compare, isZero, parseDecimal, ZERO, type Fraction } from './fraction';
import { lineAmount } from './money';
import { formatMessage, type MessageValues } from '@qbo-invoicing/messages/format';

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
  /** In English, as logs and tests read it. */
  message: string;
  fix?: string;
  /** The message and fix as catalog ids (`@qbo-invoicing/messages`) with their values. */
  said: { message: string; fix?: string; values: MessageValues };
}

/** A problem said once: its English text, and its ids and values for the caller's language. */
function problem(
  field: string,
  message: string,
  values: MessageValues = {},
  fix?: string,
): DraftProblem {
  return {
    field,
    message: formatMessage(message, values),
    ...(fix ? { fix: formatMessage(fix, values) } : {}),
    said: { message, ...(fix ? { fix } : {}), values },
  };
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
      problems.push(
        value
          ? problem(
              field,
              '{date} is not a date on the calendar.',
              { date: value },
              'Pick the date again.',
            )
          : problem(
              field,
              'An empty date is not a date on the calendar.',
              {},
              'Pick the date again.',
            ),
      );
    }
  }
  if (draft.currency !== company.homeCurrency && !company.multiCurrency) {
    problems.push(
      problem(
        'currency',
        '{company} bills only in {currency}: multi-currency is off in QuickBooks.',
        { company: company.companyName, currency: company.homeCurrency },
        'Make the invoice in {currency}.',
      ),
    );
  }
  if (isCalendarDate(draft.txnDate) && isCalendarDate(draft.dueDate)) {
    if (draft.dueDate < draft.txnDate) {
      problems.push(
        problem(
          'dueDate',
          'The due date {dueDate} is before the invoice date {txnDate}.',
          { dueDate: draft.dueDate, txnDate: draft.txnDate },
          'Choose a due date on or after the invoice date.',
        ),
      );
    }
  }
  let subtotal = ZERO;
  draft.lines.forEach((line, index) => {
    try {
      if (isZero(parseDecimal(line.quantity))) {
        problems.push(
          problem(
            `lines.${index}.quantity`,
            'Line {line} has a quantity of 0.',
            { line: String(index + 1) },
            'Enter a quantity, or remove the line.',
          ),
        );
      }
      const amount = parseDecimal(lineAmount(line.quantity, line.unitPrice));
      subtotal = add(subtotal, amount);
      if (!fits(amount)) {
        problems.push(
          problem(
            `lines.${index}.unitPrice`,
            'Line {line} comes to more than an invoice can hold.',
            { line: String(index + 1) },
            'Check the quantity and the rate.',
          ),
        );
      }
    } catch {
      problems.push(
        problem(`lines.${index}.unitPrice`, 'Line {line} has an amount that cannot be computed.', {
          line: String(index + 1),
        }),
      );
    }
  });
  if (!fits(subtotal) && problems.every((problem) => !problem.field.startsWith('lines.'))) {
    problems.push(
      problem(
        'lines',
        'The lines come to more than an invoice can hold.',
        {},
        'Split the invoice in two.',
      ),
    );
  }
  if (draft.discount) {
    let value = null;
    try {
      value = parseDecimal(draft.discount.value);
    } catch {
      problems.push(problem('discount.value', 'The discount must be a number.'));
    }
    if (value !== null) {
      const negative = value.numerator < 0n;
      const overHundred =
        draft.discount.kind === 'percent' && value.numerator > 100n * value.denominator;
      if (negative || overHundred) {
        problems.push(
          problem(
            'discount.value',
            draft.discount.kind === 'percent'
              ? 'A discount must be between 0 and 100 percent.'
              : 'A discount cannot be negative.',
          ),
        );
      }
      if (!company.allowDiscount && !isZero(value)) {
        problems.push(
          problem(
            'discount',
            '{company} does not use discounts on invoices.',
            { company: company.companyName },
            'Remove the discount, or turn discounts on in QuickBooks (Account and settings → Sales).',
          ),
        );
      }
    }
  }
  if (company.taxModel === 'us') {
    const index = draft.lines.findIndex(
      (line) => line.taxCodeId !== null && !['TAX', 'NON'].includes(line.taxCodeId),
    );
    if (index >= 0) {
      problems.push(
        problem(
          `lines.${index}.taxCodeId`,
          'A US company marks lines taxable or not; lines take no tax code of their own.',
          {},
          'Leave the line’s tax code empty and set “taxable”.',
        ),
      );
    }
  }
  if (draft.docNumber && !company.customTxnNumbers) {
    problems.push(
      problem(
        'docNumber',
        '{company} lets QuickBooks number its invoices, so a number cannot be chosen.',
        { company: company.companyName },
        'Leave the invoice number empty.',
      ),
    );
  }
  return problems;
}
