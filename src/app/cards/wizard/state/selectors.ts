import { isCalendarDate } from '@qbo-invoicing/contract/catalog';
import type { DraftLine, InvoiceDraft, ItemSummary, PreflightCheck } from '@qbo-invoicing/contract';
import {
  add,
  dueDateFor,
  isDecimal,
  lineAmount,
  parseDecimal,
  toFixed,
  ZERO,
} from '@qbo-invoicing/invoicing';
import type { LinePatch } from './events';
import type { Form, LineForm, Said, StartData, Step, WizardState } from './types';

// Derived values: computed from the state whenever they are needed, never stored in it.

type Company = StartData['companies'][number];

/**
 * Whether a company can bill the deal in the deal's currency: its home currency, or any when
 * multi-currency is on (QuickBooks fixes a company's currencies: Intuit's "Currency" preference).
 * Unknown facts (`multiCurrency: null`) do not stop a company being offered.
 */
const billsDealCurrency = (start: StartData, company: Company) =>
  !start.deal.currency ||
  company.homeCurrency === start.deal.currency ||
  company.multiCurrency !== false;

/** The companies the rep may invoice in: connected, working, and able to bill the deal's currency. */
export const usableCompanies = (start: StartData) =>
  start.companies.filter((company) => company.usable && billsDealCurrency(start, company));

/**
 * Why a connected company is not offered, or null when it is: the functions' reason (already in
 * the user's language) for one that needs attention, else the wizard's own words.
 */
export function whyNotOffered(start: StartData, company: Company): Said | string | null {
  if (!company.usable) {
    return (
      company.reason ?? {
        id: 'it needs attention in the app settings.',
      }
    );
  }
  if (billsDealCurrency(start, company)) return null;
  return {
    id: 'it bills only in {home} and this deal is in {currency}.',
    values: {
      home: company.homeCurrency,
      currency: start.deal.currency ?? '',
    },
  };
}

/** Every usable connection is ruled out by the deal's currency alone: say so at the start. */
export const noCompanyForCurrency = (start: StartData) =>
  usableCompanies(start).length === 0 &&
  start.companies.some((company) => company.usable && !billsDealCurrency(start, company));

/** The account step is skipped when exactly one company can be used. */
export const firstStep = (start: StartData): Step =>
  usableCompanies(start).length === 1 ? 'source' : 'account';

export function dueDateOf(form: Form): string {
  if (form.dueDateOverride) return form.dueDateOverride;
  // While the invoice date is being typed it may not be a date yet: nothing to compute from.
  if (!isCalendarDate(form.txnDate)) return form.txnDate;
  const term = form.prepared?.terms.find((candidate) => candidate.id === form.termId) ?? null;
  return dueDateFor(form.txnDate, term);
}

/** The invoice is in the customer's currency (QuickBooks fixes it per customer). */
export function currencyOf(form: Form): string {
  return form.customer?.currency ?? form.prepared?.profile.homeCurrency ?? 'USD';
}

/** A US company that charges sales tax: only then do lines say taxable and a rate is chosen. */
export const usesSalesTax = (form: Form) =>
  form.prepared?.profile.taxModel === 'us' && form.prepared.profile.usingSalesTax;

/**
 * The US sales tax rates to choose from. A code that charges nothing (NON, a 0% rate) means the
 * same as "No sales tax", which the list already offers once: it is left out, not offered twice.
 */
export function salesTaxRates(form: Form) {
  return (form.prepared?.taxCodes ?? []).filter(
    (code) =>
      code.ratePercent !== null &&
      code.id !== 'NON' &&
      parseDecimal(code.ratePercent).numerator !== 0n,
  );
}

/**
 * What picking a QuickBooks product changes on a line (`null`: a new line): the product, and its
 * rate, description and tax where the line has none of its own yet.
 */
export function pickedItem(form: Form, line: LineForm | null, item: ItemSummary): LinePatch {
  const global = form.prepared?.profile.taxModel === 'global';
  return {
    item,
    unitPrice: line?.unitPrice || item.unitPrice || '',
    description: line?.description || item.description || '',
    ...(global && item.salesTaxCodeId ? { taxCodeId: item.salesTaxCodeId } : {}),
    ...(item.taxable !== null && !global ? { taxable: item.taxable } : {}),
  };
}

export function draftLines(form: Form): DraftLine[] {
  const taxModel = form.prepared?.profile.taxModel;
  const taxed = usesSalesTax(form);
  return form.lines
    .filter((line) => line.item && isDecimal(line.quantity) && isDecimal(line.unitPrice))
    .map((line) => ({
      itemId: (line.item as ItemSummary).id,
      description: line.description.trim() || null,
      quantity: line.quantity.trim(),
      unitPrice: line.unitPrice.trim(),
      serviceDate: form.prepared?.profile.allowServiceDate ? line.serviceDate : null,
      taxCodeId: taxModel === 'global' ? line.taxCodeId : null,
      taxable: taxed ? line.taxable : false,
    }));
}

/** The US transaction tax code sent: none when the company charges no sales tax. */
const txnTaxCodeOf = (form: Form) => (usesSalesTax(form) ? form.txnTaxCodeId : null);

/** The draft sent to review and create; null until the steps before it are done. */
export function toDraft(form: Form): InvoiceDraft | null {
  if (!form.realmId || !form.source || !form.prepared || !form.customer) return null;
  const global = form.prepared.profile.taxModel === 'global';
  return {
    realmId: form.realmId,
    source: form.source,
    customerId: form.customer.id,
    currency: currencyOf(form),
    lines: draftLines(form),
    discount: form.prepared.profile.allowDiscount ? form.discount : null,
    txnTaxCodeId: txnTaxCodeOf(form),
    globalTaxCalculation: global ? form.globalTaxCalculation : null,
    termId: form.termId,
    txnDate: form.txnDate,
    dueDate: dueDateOf(form),
    customerMemo: form.memo,
    docNumber: form.prepared.profile.customTxnNumbers ? form.docNumber.trim() || null : null,
  };
}

/** Why Next is not possible yet; empty when the step is complete. */
export function stepProblems(start: StartData, form: Form, step: Step): Said[] {
  switch (step) {
    case 'account': {
      const offered = usableCompanies(start).some((company) => company.realmId === form.realmId);
      return offered ? [] : [{ id: 'Choose a connected QuickBooks company.' }];
    }
    case 'source':
      return form.source ? [] : [{ id: 'Choose a quote or start from scratch.' }];
    case 'customer':
      return form.customer ? [] : [{ id: 'Choose or create the QuickBooks customer.' }];
    case 'lines':
      return lineProblems(form);
    case 'terms':
      return dateProblems(form);
    case 'message':
      return form.prepared?.profile.customTxnNumbers && !form.docNumber.trim()
        ? [{ id: 'Enter the invoice number: this company numbers its invoices itself.' }]
        : [];
    case 'review':
      return [];
  }
}

function lineProblems(form: Form): Said[] {
  const problems: Said[] = [];
  if (form.lines.length === 0) problems.push({ id: 'Add at least one line.' });
  for (const [index, line] of form.lines.entries()) {
    const values = { number: index + 1 };
    if (!line.item) {
      problems.push(
        line.sourceName
          ? {
              id: 'Line {number} ({name}) matches no QuickBooks product: pick one or remove the line.',
              values: { ...values, name: line.sourceName },
            }
          : { id: 'Line {number}: pick a QuickBooks product.', values },
      );
    }
    // A new line's empty rate is filled in by the product picked: no second problem for it.
    if (!isDecimal(line.quantity))
      problems.push({ id: 'Line {number}: the quantity must be a number.', values });
    if (!isDecimal(line.unitPrice) && (line.item || line.touched))
      problems.push({ id: 'Line {number}: the rate must be a number.', values });
    if (form.prepared?.profile.taxModel === 'global' && !line.taxCodeId)
      problems.push({ id: 'Line {number}: choose a tax code.', values });
    if (line.serviceDate && !isCalendarDate(line.serviceDate))
      problems.push({ id: 'Line {number}: choose the service date again.', values });
  }
  if (problems.length > 0) return problems;
  return [...amountProblems(form), ...discountProblems(form)];
}

/**
 * The draft rules `wizard.review` and the create apply (`draftProblems` in
 * `@qbo-invoicing/invoicing`), for what the rep can enter on each step, checked here so a step is
 * complete before Next rather than refused at Review. The rules' own module stays out of the card
 * bundle (they carry the server's words); the server still refuses a draft that breaks any.
 */
function dateProblems(form: Form): Said[] {
  const due = dueDateOf(form);
  if (!isCalendarDate(form.txnDate)) return [{ id: 'Choose the invoice date.' }];
  if (!isCalendarDate(due)) return [{ id: 'Choose the due date.' }];
  return due < form.txnDate
    ? [
        {
          id: 'The due date ({due}) is before the invoice date ({date}).',
          dates: { due, date: form.txnDate },
        },
      ]
    : [];
}

/** Amounts have at most 15 integer digits (the contract's decimal strings). */
const tooLarge = (amount: string) => amount.replace('-', '').split('.')[0]!.length > 15;

function amountProblems(form: Form): Said[] {
  const problems: Said[] = [];
  let subtotal = ZERO;
  for (const [index, line] of form.lines.entries()) {
    const values = { number: index + 1 };
    if (parseDecimal(line.quantity).numerator === 0n)
      problems.push({ id: 'Line {number}: the quantity cannot be 0.', values });
    const amount = lineAmount(line.quantity, line.unitPrice);
    subtotal = add(subtotal, parseDecimal(amount));
    if (tooLarge(amount))
      problems.push({ id: 'Line {number}: the amount is more than an invoice can hold.', values });
  }
  if (problems.length === 0 && tooLarge(toFixed(subtotal, 2)))
    problems.push({ id: 'The lines add up to more than an invoice can hold.' });
  return problems;
}

function discountProblems(form: Form): Said[] {
  const discount = form.prepared?.profile.allowDiscount ? form.discount : null;
  if (!discount) return [];
  if (!isDecimal(discount.value)) return [{ id: 'The discount must be a number.' }];
  const value = parseDecimal(discount.value);
  if (discount.kind === 'percent' && value.numerator > 100n * value.denominator)
    return [{ id: 'The discount must be from 0 to 100 percent.' }];
  if (value.numerator < 0n)
    return [
      discount.kind === 'percent'
        ? { id: 'The discount must be from 0 to 100 percent.' }
        : { id: 'The discount must be 0 or more.' },
    ];
  return [];
}

/** Next is possible: the step is complete and nothing is under way. */
export function canGoNext(state: WizardState): boolean {
  return (
    state.phase === 'editing' &&
    state.step !== 'review' &&
    !state.pending &&
    stepProblems(state.start, state.form, state.step).length === 0
  );
}

/** The pre-flight checks split by what they do: errors block creating, warnings only inform. */
export function checksBySeverity(checks: PreflightCheck[]) {
  return {
    errors: checks.filter((check) => check.severity === 'error'),
    warnings: checks.filter((check) => check.severity === 'warning'),
  };
}

export function canCreate(state: WizardState): boolean {
  return (
    state.phase === 'editing' &&
    state.step === 'review' &&
    !state.pending &&
    state.review !== null &&
    checksBySeverity(state.review.checks).errors.length === 0
  );
}

/**
 * What the rep should know before the review runs its checks, from what the form already holds:
 * shown beside the customer so a surprise at Review is rarer. They never block.
 */
export function warningsOf(form: Form): Said[] {
  const warnings: Said[] = [];
  const customer = form.customer;
  if (!customer) return warnings;
  const name = customer.displayName;
  const dealCurrency = form.prepared?.dealCurrency ?? null;
  if (dealCurrency && customer.currency !== dealCurrency) {
    warnings.push({
      id: '{name} is invoiced in {currency} and the deal is in {dealCurrency}: the deal’s invoice properties will not follow this invoice.',
      values: { name, currency: customer.currency, dealCurrency },
    });
  }
  if (!customer.email) {
    warnings.push({
      id: '{name} has no email address in QuickBooks: the invoice can be created but not emailed until one is added.',
      values: { name },
    });
  }
  if (!customer.active) {
    warnings.push({
      id: '{name} is inactive in QuickBooks: make the customer active or choose another.',
      values: { name },
    });
  }
  return warnings;
}

/** The QuickBooks company being invoiced, by name (null before one is chosen). */
export function companyOf(start: StartData, form: Form) {
  return start.companies.find((company) => company.realmId === form.realmId) ?? null;
}
