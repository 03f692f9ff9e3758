import type * as z from 'zod';
import type {
  CustomerSummary,
  DraftLine,
  InvoiceDraft,
  InvoiceSource,
  ItemSummary,
  OperationError,
  createDraftOutput,
  wizardPrepareOutput,
  wizardReviewOutput,
  wizardStartOutput,
} from '../../shared/contract';
import { dueDateFor, estimateTotals, isDecimal } from '../../shared/invoicing';

export type StartData = z.infer<typeof wizardStartOutput>;
export type PrepareData = z.infer<typeof wizardPrepareOutput>;
export type ReviewData = z.infer<typeof wizardReviewOutput>;
export type CreatedData = z.infer<typeof createDraftOutput>;

export const steps = [
  'account',
  'source',
  'customer',
  'lines',
  'terms',
  'message',
  'review',
] as const;
export type Step = (typeof steps)[number];
export const stepNames: Record<Step, string> = {
  account: 'Account',
  source: 'Source',
  customer: 'Customer',
  lines: 'Products and tax',
  terms: 'Terms and dates',
  message: 'Message',
  review: 'Review',
};

/** A line as the rep edits it: numbers stay text until they are valid decimals. */
export interface LineForm {
  key: string;
  /** Set for lines that came from the quote or deal, to flag an unmatched one. */
  sourceName: string | null;
  item: ItemSummary | null;
  description: string;
  quantity: string;
  unitPrice: string;
  serviceDate: string | null;
  taxCodeId: string | null;
  taxable: boolean;
}

export interface Form {
  realmId: string | null;
  source: InvoiceSource | null;
  prepared: PrepareData | null;
  customer: CustomerSummary | null;
  lines: LineForm[];
  discount: InvoiceDraft['discount'];
  txnTaxCodeId: string | null;
  globalTaxCalculation: 'TaxExcluded' | 'TaxInclusive';
  termId: string | null;
  txnDate: string;
  /** Null while the due date follows the term; set once the rep edits it. */
  dueDateOverride: string | null;
  memo: string;
  docNumber: string;
}

/** The whole wizard: one discriminated union, changed only by `wizardReducer`. */
export type WizardState =
  | { phase: 'loading' }
  | { phase: 'loadFailed'; error: OperationError }
  | {
      phase: 'editing';
      start: StartData;
      step: Step;
      form: Form;
      pending: boolean;
      error: OperationError | null;
      review: ReviewData | null;
    }
  | { phase: 'submitting'; start: StartData; form: Form; review: ReviewData }
  | { phase: 'failed'; start: StartData; form: Form; review: ReviewData; error: OperationError }
  | { phase: 'created'; start: StartData; form: Form; created: CreatedData };

export type WizardEvent =
  | { type: 'opened' }
  | { type: 'started'; data: StartData }
  | { type: 'startFailed'; error: OperationError }
  | { type: 'companyChosen'; realmId: string }
  | { type: 'sourceChosen'; source: InvoiceSource }
  | { type: 'pending' }
  | { type: 'prepared'; data: PrepareData }
  | { type: 'requestFailed'; error: OperationError }
  | { type: 'customerChosen'; customer: CustomerSummary }
  | { type: 'lineChanged'; key: string; patch: Partial<Omit<LineForm, 'key'>> }
  | { type: 'lineAdded' }
  | { type: 'lineRemoved'; key: string }
  | {
      type: 'formChanged';
      patch: Partial<
        Pick<
          Form,
          | 'discount'
          | 'txnTaxCodeId'
          | 'globalTaxCalculation'
          | 'termId'
          | 'txnDate'
          | 'dueDateOverride'
          | 'memo'
          | 'docNumber'
        >
      >;
    }
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'reviewed'; data: ReviewData }
  | { type: 'submitted' }
  | { type: 'created'; data: CreatedData }
  | { type: 'createFailed'; error: OperationError }
  | { type: 'editAgain' };

export const initialState: WizardState = { phase: 'loading' };

let lineCounter = 0;
const newKey = () => `line-${++lineCounter}`;

export function blankLine(prepared: PrepareData | null): LineForm {
  return {
    key: newKey(),
    sourceName: null,
    item: null,
    description: '',
    quantity: '1',
    unitPrice: '',
    serviceDate: null,
    taxCodeId: prepared?.profile.taxModel === 'global' ? (prepared.taxCodes[0]?.id ?? null) : null,
    taxable: true,
  };
}

function emptyForm(start: StartData): Form {
  const usable = start.companies.filter((company) => company.usable);
  return {
    realmId: usable.length === 1 ? (usable[0]?.realmId ?? null) : null,
    source: null,
    prepared: null,
    customer: null,
    lines: [],
    discount: null,
    txnTaxCodeId: null,
    globalTaxCalculation: 'TaxExcluded',
    termId: null,
    txnDate: start.today,
    dueDateOverride: null,
    memo: '',
    docNumber: '',
  };
}

/** What `wizard.prepare` proposes becomes the form's starting point. */
function applyPrepared(form: Form, data: PrepareData): Form {
  const lines = data.lines.map<LineForm>((line) => ({
    key: newKey(),
    sourceName: line.name,
    item: line.match?.item ?? null,
    description: line.description ?? line.name,
    quantity: line.quantity,
    unitPrice: line.unitPrice,
    serviceDate: null,
    taxCodeId:
      data.profile.taxModel === 'global'
        ? (line.match?.item.salesTaxCodeId ?? data.taxCodes[0]?.id ?? null)
        : null,
    taxable: line.match?.item.taxable ?? true,
  }));
  const customer = data.customerMatch?.customer ?? null;
  return {
    ...form,
    prepared: data,
    customer,
    lines: lines.length > 0 ? lines : [blankLine(data)],
    txnTaxCodeId:
      data.profile.taxModel === 'us'
        ? (data.taxCodes.find((code) => code.ratePercent !== null)?.id ?? null)
        : null,
    termId: customer?.termId ?? data.profile.defaultTermId,
    memo: data.profile.defaultCustomerMessage ?? '',
    docNumber: data.suggestedNumber ?? '',
  };
}

const firstStep = (start: StartData): Step =>
  start.companies.filter((company) => company.usable).length === 1 ? 'source' : 'account';

function move(step: Step, by: 1 | -1): Step {
  return steps[Math.min(steps.length - 1, Math.max(0, steps.indexOf(step) + by))] ?? step;
}

export function wizardReducer(state: WizardState, event: WizardEvent): WizardState {
  switch (event.type) {
    case 'opened':
      return initialState;
    case 'started':
      return {
        phase: 'editing',
        start: event.data,
        step: firstStep(event.data),
        form: emptyForm(event.data),
        pending: false,
        error: null,
        review: null,
      };
    case 'startFailed':
      return { phase: 'loadFailed', error: event.error };
    case 'createFailed':
      return state.phase === 'submitting'
        ? { ...state, phase: 'failed', error: event.error }
        : state;
    case 'created':
      return state.phase === 'submitting'
        ? { phase: 'created', start: state.start, form: state.form, created: event.data }
        : state;
    case 'submitted':
      if ((state.phase === 'editing' && state.review) || state.phase === 'failed') {
        const review = state.phase === 'failed' ? state.review : (state.review as ReviewData);
        return { phase: 'submitting', start: state.start, form: state.form, review };
      }
      return state;
    case 'editAgain':
      return state.phase === 'failed'
        ? {
            phase: 'editing',
            start: state.start,
            form: state.form,
            step: 'review',
            pending: false,
            error: null,
            review: state.review,
          }
        : state;
    default:
      break;
  }
  if (state.phase !== 'editing') return state;
  const form = state.form;
  const edit = (next: Partial<Form>): WizardState => ({
    ...state,
    form: { ...form, ...next },
    review: null,
  });
  switch (event.type) {
    case 'companyChosen':
      // Another company has other customers, items and taxes: what was prepared no longer applies.
      return event.realmId === form.realmId
        ? state
        : edit({ realmId: event.realmId, prepared: null, customer: null, lines: [] });
    case 'sourceChosen':
      return edit({ source: event.source, prepared: null, customer: null, lines: [] });
    case 'pending':
      return { ...state, pending: true, error: null };
    case 'requestFailed':
      return { ...state, pending: false, error: event.error };
    case 'prepared':
      return {
        ...state,
        pending: false,
        error: null,
        step: 'customer',
        form: applyPrepared(form, event.data),
        review: null,
      };
    case 'customerChosen':
      return edit({
        customer: event.customer,
        termId: event.customer.termId ?? form.prepared?.profile.defaultTermId ?? null,
      });
    case 'lineChanged':
      return edit({
        lines: form.lines.map((line) =>
          line.key === event.key ? { ...line, ...event.patch } : line,
        ),
      });
    case 'lineAdded':
      return edit({ lines: [...form.lines, blankLine(form.prepared)] });
    case 'lineRemoved':
      return edit({ lines: form.lines.filter((line) => line.key !== event.key) });
    case 'formChanged':
      return edit(event.patch);
    case 'next':
      return stepProblems(state.start, form, state.step).length > 0
        ? state
        : { ...state, step: move(state.step, 1), error: null };
    case 'back':
      return { ...state, step: move(state.step, -1), error: null, pending: false };
    case 'reviewed':
      return { ...state, pending: false, error: null, review: event.data };
    default:
      return state;
  }
}

// ---------- derived values: computed, never stored ----------

/** A real calendar date written as YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}

export function dueDateOf(form: Form): string {
  if (form.dueDateOverride) return form.dueDateOverride;
  // While the invoice date is being typed it may not be a date yet: nothing to compute from.
  if (!isCalendarDate(form.txnDate)) return form.txnDate;
  const term = form.prepared?.terms.find((candidate) => candidate.id === form.termId) ?? null;
  return dueDateFor(form.txnDate, term);
}

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

/** The draft sent to review and create; null until every step is valid. */
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

export function totalsOf(form: Form) {
  if (!form.prepared) return null;
  return estimateTotals({
    currency: currencyOf(form),
    lines: draftLines(form),
    discount: form.prepared.profile.allowDiscount ? form.discount : null,
    taxModel: form.prepared.profile.taxModel,
    taxCodes: form.prepared.taxCodes,
    txnTaxCodeId: form.txnTaxCodeId,
    globalTaxCalculation:
      form.prepared.profile.taxModel === 'global' ? form.globalTaxCalculation : null,
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
    case 'lines': {
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
      return problems;
    }
    case 'terms': {
      if (!isCalendarDate(form.txnDate)) return ['The invoice date must be a date as YYYY-MM-DD.'];
      const due = dueDateOf(form);
      if (!isCalendarDate(due)) return ['The due date must be a date as YYYY-MM-DD.'];
      return due < form.txnDate ? ['The due date cannot be before the invoice date.'] : [];
    }
    case 'message':
      return form.prepared?.profile.customTxnNumbers && !form.docNumber.trim()
        ? ['Enter the invoice number: this company numbers its invoices itself.']
        : [];
    case 'review':
      return [];
  }
}

export function canCreate(state: WizardState): boolean {
  return (
    state.phase === 'editing' &&
    state.step === 'review' &&
    !state.pending &&
    state.review !== null &&
    state.review.checks.every((check) => check.severity !== 'error')
  );
}
