import type {
  CustomerSummary,
  InvoiceDraft,
  ItemSummary,
  PreflightCheck,
  TaxCodeSummary,
} from '@qbo-invoicing/contract';
import { formatDate } from '@qbo-invoicing/invoicing';
import type { Translator } from '../lib/text';

export interface PreflightInput {
  draft: InvoiceDraft;
  taxModel: 'us' | 'global';
  homeCurrency: string;
  customTxnNumbers: boolean;
  /** The customer as QuickBooks has it now; null when it no longer exists. */
  customer: CustomerSummary | null;
  /** The draft's items as QuickBooks has them now, by id; a missing id was deleted. */
  items: Map<string, ItemSummary>;
  taxCodes: TaxCodeSummary[];
  dealCurrency: string | null;
  /** Books closed on or before this date, when known. */
  bookCloseDate: string | null;
  /** The invoice that already carries the draft's number, when one does. */
  numberTakenBy: { invoiceId: string } | null;
  /** The next free number, to suggest when the chosen one is taken. */
  nextFreeNumber: string | null;
  /** For a foreign-currency draft: whether QuickBooks has a rate for the invoice date. */
  exchangeRateFound: boolean;
}

/**
 * Everything QuickBooks would refuse, or the rep would regret, found before "Create draft
 * invoice". Errors block creating; warnings inform. Each says what is wrong and how to fix it.
 */
export function preflightChecks(input: PreflightInput, words: Translator): PreflightCheck[] {
  const { draft } = input;
  const { t } = words;
  const day = (date: string) => formatDate(date, words.locale);
  const checks: PreflightCheck[] = [];
  const add = (check: PreflightCheck) => checks.push(check);

  const customer = input.customer;
  if (!customer) {
    add({
      id: 'customerInactive',
      severity: 'error',
      message: t('The chosen customer no longer exists in QuickBooks.'),
      fix: t('Go back to the customer step and pick or create another customer.'),
    });
  } else {
    if (!customer.active) {
      add({
        id: 'customerInactive',
        severity: 'error',
        message: t('Customer “{customer}” is inactive in QuickBooks.', {
          customer: customer.displayName,
        }),
        fix: t('Make the customer active again in QuickBooks, or pick another customer.'),
      });
    }
    if (!customer.email) {
      add({
        id: 'customerEmail',
        severity: 'warning',
        message: t(
          'Customer “{customer}” has no email address, so QuickBooks cannot email this invoice.',
          { customer: customer.displayName },
        ),
        fix: t('Add an email address to the customer in QuickBooks before sending the invoice.'),
      });
    }
    if (customer.currency !== draft.currency) {
      add({
        id: 'currencyMismatch',
        severity: 'error',
        message: t(
          'Customer “{customer}” is billed in {customerCurrency}, but the invoice is in {currency}.',
          {
            customer: customer.displayName,
            customerCurrency: customer.currency,
            currency: draft.currency,
          },
        ),
        fix: t('Make the invoice in {customerCurrency}, or pick a customer billed in {currency}.', {
          customerCurrency: customer.currency,
          currency: draft.currency,
        }),
      });
    }
  }

  draft.lines.forEach((line, index) => {
    const item = input.items.get(line.itemId);
    if (!item) {
      add({
        id: 'inactiveItem',
        severity: 'error',
        message: t('Line {line}: its product or service was deleted in QuickBooks.', {
          line: index + 1,
        }),
        fix: t('Pick another product or service for the line, or remove the line.'),
      });
    } else if (!item.active) {
      add({
        id: 'inactiveItem',
        severity: 'error',
        message: t('Line {line}: “{item}” is inactive in QuickBooks.', {
          line: index + 1,
          item: item.name,
        }),
        fix: t('Make it active again in QuickBooks, or pick another product or service.'),
      });
    }
  });

  const known = new Set(input.taxCodes.map((code) => code.id));
  if (input.taxModel === 'global') {
    draft.lines.forEach((line, index) => {
      const item = input.items.get(line.itemId);
      if (line.taxCodeId === null || !known.has(line.taxCodeId)) {
        const values = { line: index + 1, item: item?.name ?? '' };
        add({
          id: 'missingTaxCode',
          severity: 'error',
          message:
            line.taxCodeId === null
              ? item
                ? t('Line {line} ({item}) has no tax code.', values)
                : t('Line {line} has no tax code.', values)
              : item
                ? t(
                    'Line {line} ({item}) has a tax code QuickBooks does not offer (any more).',
                    values,
                  )
                : t('Line {line} has a tax code QuickBooks does not offer (any more).', values),
          fix: t(
            'Choose a tax code for the line (use a zero-rated or exempt code when no tax applies).',
          ),
        });
      }
    });
  } else if (draft.lines.some((line) => line.taxable)) {
    if (draft.txnTaxCodeId === null || !known.has(draft.txnTaxCodeId)) {
      add({
        id: 'missingTaxCode',
        severity: 'warning',
        message: t(
          'Some lines are taxable, but no sales tax rate is chosen, so no tax will be charged.',
        ),
        fix: t('Choose the sales tax rate for the invoice, or mark the lines not taxable.'),
      });
    }
  }

  if (input.dealCurrency && input.dealCurrency !== draft.currency) {
    add({
      id: 'currencyMismatch',
      severity: 'warning',
      message: t(
        'The invoice is in {currency} but the deal is in {dealCurrency}, so the deal’s invoice properties will not follow this invoice.',
        { currency: draft.currency, dealCurrency: input.dealCurrency },
      ),
      fix: t(
        'Create it anyway, or bill a customer in {dealCurrency} to keep the deal’s invoice properties up to date.',
        { dealCurrency: input.dealCurrency },
      ),
    });
  }

  if (input.bookCloseDate && draft.txnDate <= input.bookCloseDate) {
    add({
      id: 'closedPeriod',
      severity: 'error',
      message: t(
        'The invoice date {date} is in a closed accounting period: the books are closed up to {closedUpTo}.',
        { date: day(draft.txnDate), closedUpTo: day(input.bookCloseDate) },
      ),
      fix: t(
        'Choose an invoice date after {closedUpTo}, or ask your accountant to change the closing date.',
        { closedUpTo: day(input.bookCloseDate) },
      ),
    });
  }

  if (input.customTxnNumbers && input.numberTakenBy && draft.docNumber) {
    add({
      id: 'numberTaken',
      severity: 'error',
      message: t('Invoice number {number} is already used by another invoice in QuickBooks.', {
        number: draft.docNumber,
      }),
      fix: input.nextFreeNumber
        ? t('Use {number}, the next free number.', { number: input.nextFreeNumber })
        : t('Choose another invoice number.'),
    });
  }

  if (draft.currency !== input.homeCurrency && !input.exchangeRateFound) {
    add({
      id: 'exchangeRate',
      severity: 'error',
      message: t('QuickBooks has no {currency} to {homeCurrency} exchange rate for {date}.', {
        currency: draft.currency,
        homeCurrency: input.homeCurrency,
        date: day(draft.txnDate),
      }),
      fix: t(
        'Enter the rate for {currency} in QuickBooks (Currencies), or choose another invoice date.',
        { currency: draft.currency },
      ),
    });
  }
  return checks;
}

export const blocking = (checks: PreflightCheck[]) =>
  checks.filter((check) => check.severity === 'error');
