import type {
  CustomerSummary,
  InvoiceDraft,
  ItemSummary,
  PreflightCheck,
  TaxCodeSummary,
} from '@qbo-invoicing/contract';

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

const lineLabel = (index: number, item: ItemSummary | undefined) =>
  `Line ${index + 1}${item ? ` (${item.name})` : ''}`;

/**
 * Everything QuickBooks would refuse, or the rep would regret, found before "Create draft
 * invoice". Errors block creating; warnings inform. Each says what is wrong and how to fix it.
 */
export function preflightChecks(input: PreflightInput): PreflightCheck[] {
  const { draft } = input;
  const checks: PreflightCheck[] = [];
  const add = (check: PreflightCheck) => checks.push(check);

  const customer = input.customer;
  if (!customer) {
    add({
      id: 'customerInactive',
      severity: 'error',
      message: 'The chosen customer no longer exists in QuickBooks.',
      fix: 'Go back to the customer step and pick or create another customer.',
    });
  } else {
    if (!customer.active) {
      add({
        id: 'customerInactive',
        severity: 'error',
        message: `Customer “${customer.displayName}” is inactive in QuickBooks.`,
        fix: 'Make the customer active again in QuickBooks, or pick another customer.',
      });
    }
    if (!customer.email) {
      add({
        id: 'customerEmail',
        severity: 'warning',
        message: `Customer “${customer.displayName}” has no email address, so QuickBooks cannot email this invoice.`,
        fix: 'Add an email address to the customer in QuickBooks before sending the invoice.',
      });
    }
    if (customer.currency !== draft.currency) {
      add({
        id: 'currencyMismatch',
        severity: 'error',
        message: `Customer “${customer.displayName}” is billed in ${customer.currency}, but the invoice is in ${draft.currency}.`,
        fix: `Make the invoice in ${customer.currency}, or pick a customer billed in ${draft.currency}.`,
      });
    }
  }

  draft.lines.forEach((line, index) => {
    const item = input.items.get(line.itemId);
    if (!item) {
      add({
        id: 'inactiveItem',
        severity: 'error',
        message: `${lineLabel(index, item)}: its product or service was deleted in QuickBooks.`,
        fix: 'Pick another product or service for the line, or remove the line.',
      });
    } else if (!item.active) {
      add({
        id: 'inactiveItem',
        severity: 'error',
        message: `${lineLabel(index, item)}: “${item.name}” is inactive in QuickBooks.`,
        fix: 'Make it active again in QuickBooks, or pick another product or service.',
      });
    }
  });

  const known = new Set(input.taxCodes.map((code) => code.id));
  if (input.taxModel === 'global') {
    draft.lines.forEach((line, index) => {
      const item = input.items.get(line.itemId);
      if (line.taxCodeId === null || !known.has(line.taxCodeId)) {
        add({
          id: 'missingTaxCode',
          severity: 'error',
          message:
            line.taxCodeId === null
              ? `${lineLabel(index, item)} has no tax code.`
              : `${lineLabel(index, item)} has a tax code QuickBooks does not offer (any more).`,
          fix: 'Choose a tax code for the line (use a zero-rated or exempt code when no tax applies).',
        });
      }
    });
  } else if (draft.lines.some((line) => line.taxable)) {
    if (draft.txnTaxCodeId === null || !known.has(draft.txnTaxCodeId)) {
      add({
        id: 'missingTaxCode',
        severity: 'warning',
        message:
          'Some lines are taxable, but no sales tax rate is chosen, so no tax will be charged.',
        fix: 'Choose the sales tax rate for the invoice, or mark the lines not taxable.',
      });
    }
  }

  if (input.dealCurrency && input.dealCurrency !== draft.currency) {
    add({
      id: 'currencyMismatch',
      severity: 'warning',
      message: `The invoice is in ${draft.currency} but the deal is in ${input.dealCurrency}, so the deal’s invoice properties will not follow this invoice.`,
      fix: `Create it anyway, or bill a customer in ${input.dealCurrency} to keep the deal’s invoice properties up to date.`,
    });
  }

  if (input.bookCloseDate && draft.txnDate <= input.bookCloseDate) {
    add({
      id: 'closedPeriod',
      severity: 'error',
      message: `The invoice date ${draft.txnDate} is in a closed accounting period: the books are closed up to ${input.bookCloseDate}.`,
      fix: `Choose an invoice date after ${input.bookCloseDate}, or ask your accountant to change the closing date.`,
    });
  }

  if (input.customTxnNumbers && input.numberTakenBy && draft.docNumber) {
    add({
      id: 'numberTaken',
      severity: 'error',
      message: `Invoice number ${draft.docNumber} is already used by another invoice in QuickBooks.`,
      fix: input.nextFreeNumber
        ? `Use ${input.nextFreeNumber}, the next free number.`
        : 'Choose another invoice number.',
    });
  }

  if (draft.currency !== input.homeCurrency && !input.exchangeRateFound) {
    add({
      id: 'exchangeRate',
      severity: 'error',
      message: `QuickBooks has no ${draft.currency} to ${input.homeCurrency} exchange rate for ${draft.txnDate}.`,
      fix: `Enter the rate for ${draft.currency} in QuickBooks (Currencies), or choose another invoice date.`,
    });
  }
  return checks;
}

export const blocking = (checks: PreflightCheck[]) =>
  checks.filter((check) => check.severity === 'error');
