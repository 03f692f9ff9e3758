import { isCalendarDate } from '@qbo-invoicing/contract/catalog';
import type { DraftLine, InvoiceDraft, ItemSummary, PreflightCheck } from '@qbo-invoicing/contract';
import {
  add,
  draftProblems,
  dueDateFor,
  estimateTotals,
  formatMoney,
  isDecimal,
  lineAmount,
  parseDecimal,
  toFixed,
  ZERO,
} from '@qbo-invoicing/invoicing';
import type { Form, StartData, Step, WizardState } from './types';

// Derived values: computed from the state whenever they are needed, never stored in it.

export const usableCompanies = (start: StartData) =>
  start.companies.filter((company) => company.usable);

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

export function draftLines(form: Form): DraftLine[] {
  const taxModel = form.prepared?.profile.taxModel;
  return form.lines
    .filter((line) => line.item && isDecimal(line.quantity) && isDecimal(line.unitPrice))
    .map((line) => ({
      itemId: (line.item as ItemSummary).id,
      description: line.description.trim() || null,
      quantity: line.quantity.trim(),
      unitPrice: line.unitPrice.trim(),
      serviceDate: form.prepared?.profile.allowServiceDate ? line.serviceDate : null,
      taxCodeId: taxModel === 'global' ? line.taxCodeId : null,
      taxable: taxModel === 'us' ? line.taxable : false,
    }));
}

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
    txnTaxCodeId: global ? null : form.txnTaxCodeId,
    globalTaxCalculation: global ? form.globalTaxCalculation : null,
    termId: form.termId,
    txnDate: form.txnDate,
    dueDate: dueDateOf(form),
    customerMemo: form.memo,
    docNumber: form.prepared.profile.customTxnNumbers ? form.docNumber.trim() || null : null,
  };
}

/** Totals as far as they can be known before QuickBooks computes them (exact decimals). */
export function totalsOf(form: Form) {
  if (!form.prepared) return null;
  const global = form.prepared.profile.taxModel === 'global';
  return estimateTotals({
    currency: currencyOf(form),
    lines: draftLines(form),
    discount: form.prepared.profile.allowDiscount ? form.discount : null,
    taxModel: form.prepared.profile.taxModel,
    taxCodes: form.prepared.taxCodes,
    txnTaxCodeId: global ? null : form.txnTaxCodeId,
    globalTaxCalculation: global ? form.globalTaxCalculation : null,
  });
}

/** Why Next is not possible yet, in words; empty when the step is complete. */
export function stepProblems(start: StartData, form: Form, step: Step): string[] {
  switch (step) {
    case 'account': {
      const company = start.companies.find((candidate) => candidate.realmId === form.realmId);
      return company?.usable ? [] : ['Choose a connected QuickBooks company.'];
    }
    case 'source':
      return form.source ? [] : ['Choose a quote or start from scratch.'];
    case 'customer':
      return form.customer ? [] : ['Choose or create the QuickBooks customer.'];
    case 'lines':
      return lineProblems(form);
    case 'terms': {
      if (!form.txnDate) return ['Choose the invoice date.'];
      return sharedProblems(form, (field) => field === 'txnDate' || field === 'dueDate');
    }
    case 'message':
      return form.prepared?.profile.customTxnNumbers && !form.docNumber.trim()
        ? ['Enter the invoice number: this company numbers its invoices itself.']
        : [];
    case 'review':
      return [];
  }
}

function lineProblems(form: Form): string[] {
  const problems: string[] = [];
  if (form.lines.length === 0) problems.push('Add at least one line.');
  for (const [index, line] of form.lines.entries()) {
    const name = `Line ${index + 1}${line.sourceName ? ` (${line.sourceName})` : ''}`;
    if (!line.item) {
      problems.push(
        line.sourceName
          ? `${name} matches no QuickBooks product: pick one or remove the line.`
          : `${name}: pick a QuickBooks product.`,
      );
    }
    if (!isDecimal(line.quantity)) problems.push(`${name}: the quantity must be a number.`);
    if (!isDecimal(line.unitPrice)) problems.push(`${name}: the rate must be a number.`);
    if (form.prepared?.profile.taxModel === 'global' && !line.taxCodeId)
      problems.push(`${name}: choose a tax code.`);
    if (line.serviceDate && !isCalendarDate(line.serviceDate))
      problems.push(`${name}: the service date must be a date as YYYY-MM-DD.`);
  }
  if (form.discount && !isDecimal(form.discount.value))
    problems.push('The discount must be a number.');
  if (problems.length > 0) return problems;
  return sharedProblems(
    form,
    (field) => field.startsWith('lines.') || field.startsWith('discount'),
  );
}

/**
 * The draft rules the server applies too (`draftProblems`), for the fields a step edits: what
 * the wizard lets through, the server accepts, and the reverse.
 */
function sharedProblems(form: Form, onStep: (field: string) => boolean): string[] {
  const draft = toDraft(form);
  const profile = form.prepared?.profile;
  if (!draft || !profile) return [];
  const problems = draftProblems(draft, profile)
    .filter((problem) => onStep(problem.field))
    .map((problem) => problem.message);
  // A date being typed is both the invoice date and the due date derived from it: say it once.
  return [...new Set(problems)];
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
export function warningsOf(form: Form): string[] {
  const warnings: string[] = [];
  const customer = form.customer;
  if (!customer) return warnings;
  const dealCurrency = form.prepared?.dealCurrency ?? null;
  if (dealCurrency && customer.currency !== dealCurrency) {
    warnings.push(
      `${customer.displayName} is invoiced in ${customer.currency} and the deal is in ${dealCurrency}: the deal’s invoice properties will not follow this invoice.`,
    );
  }
  if (!customer.email) {
    warnings.push(
      `${customer.displayName} has no email address in QuickBooks: the invoice can be created but not emailed until one is added.`,
    );
  }
  if (!customer.active) {
    warnings.push(
      `${customer.displayName} is inactive in QuickBooks: make the customer active or choose another.`,
    );
  }
  return warnings;
}

/** The QuickBooks company being invoiced, by name (null before one is chosen). */
export function companyOf(start: StartData, form: Form) {
  return start.companies.find((company) => company.realmId === form.realmId) ?? null;
}

export interface QuoteComparison {
  quoteTitle: string;
  /** The quote's amount as HubSpot has it. */
  quoteAmount: string | null;
  /** The quote's lines as proposed, and the invoice's lines, before discount and tax. */
  quoteLines: string;
  invoiceLines: string;
  /** Each difference between the two, in words. */
  differences: string[];
}

/**
 * How the invoice differs from the quote it came from: lines left out, lines whose quantity or
 * price changed, lines added, a discount. Null for an invoice from scratch.
 */
export function quoteComparison(start: StartData, form: Form): QuoteComparison | null {
  const source = form.source;
  if (source?.kind !== 'quote' || !form.prepared) return null;
  const quote = start.quotes.find((candidate) => candidate.id === source.quoteId);
  const money = (amount: string) => formatMoney(amount, currencyOf(form));
  const unused = [...form.lines];
  const differences: string[] = [];
  let quoteLines = ZERO;
  for (const proposed of form.prepared.lines) {
    const amount = lineAmount(proposed.quantity, proposed.unitPrice);
    quoteLines = add(quoteLines, parseDecimal(amount));
    const index = unused.findIndex((line) => line.sourceName === proposed.name);
    const kept = index >= 0 ? unused.splice(index, 1)[0] : undefined;
    if (!kept) {
      differences.push(`${proposed.name} (${money(amount)}) is left out.`);
      continue;
    }
    if (!kept.item) differences.push(`${proposed.name} has no QuickBooks product yet.`);
    else if (isDecimal(kept.quantity) && isDecimal(kept.unitPrice)) {
      const now = lineAmount(kept.quantity, kept.unitPrice);
      if (now !== amount)
        differences.push(
          `${proposed.name}: ${kept.quantity} × ${money(kept.unitPrice)} = ${money(now)} instead of ${money(amount)}.`,
        );
    }
  }
  for (const added of unused) {
    if (added.item && isDecimal(added.quantity) && isDecimal(added.unitPrice))
      differences.push(
        `${added.item.name} (${money(lineAmount(added.quantity, added.unitPrice))}) is added.`,
      );
  }
  const totals = totalsOf(form);
  if (totals && parseDecimal(totals.discount).numerator !== 0n)
    differences.push(`A discount of ${money(totals.discount)} is applied.`);
  return {
    quoteTitle: quote?.title ?? `Quote ${source.quoteId}`,
    quoteAmount: quote?.amount ?? null,
    quoteLines: toFixed(quoteLines, 2),
    invoiceLines: totals?.subtotal ?? toFixed(ZERO, 2),
    differences,
  };
}
