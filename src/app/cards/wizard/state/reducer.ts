import type { InvoiceSource } from '@qbo-invoicing/contract';
import type { WizardEvent } from './events';
import { firstStep, salesTaxRates, stepProblems, usableCompanies } from './selectors';
import {
  steps,
  type EditingState,
  type Form,
  type LineForm,
  type PrepareData,
  type ReviewData,
  type StartData,
  type Step,
  type WizardState,
} from './types';

export const initialState: WizardState = { phase: 'loading' };

/** An empty line; its key is `line-<form.nextLine>`, so the caller must advance `nextLine`. */
export function blankLine(prepared: PrepareData | null, number: number): LineForm {
  return {
    key: `line-${number}`,
    sourceName: null,
    item: null,
    description: '',
    quantity: '1',
    unitPrice: '',
    serviceDate: null,
    taxCodeId: prepared?.profile.taxModel === 'global' ? (prepared.taxCodes[0]?.id ?? null) : null,
    taxable: true,
    touched: false,
  };
}

function emptyForm(start: StartData): Form {
  const usable = usableCompanies(start);
  return {
    realmId: usable.length === 1 ? (usable[0]?.realmId ?? null) : null,
    source: null,
    prepared: null,
    customer: null,
    lines: [],
    nextLine: 1,
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
  const global = data.profile.taxModel === 'global';
  const lines = data.lines.map<LineForm>((line, index) => ({
    ...blankLine(data, form.nextLine + index),
    sourceName: line.name,
    item: line.match?.item ?? null,
    description: line.description ?? line.name,
    quantity: line.quantity,
    unitPrice: line.unitPrice,
    ...(global && line.match?.item.salesTaxCodeId
      ? { taxCodeId: line.match.item.salesTaxCodeId }
      : {}),
    taxable: line.match?.item.taxable ?? true,
  }));
  const nextLine = form.nextLine + lines.length;
  const customer = data.customerMatch?.customer ?? null;
  const withPrepared = { ...form, prepared: data };
  return {
    ...withPrepared,
    customer,
    lines: lines.length > 0 ? lines : [blankLine(data, nextLine)],
    nextLine: lines.length > 0 ? nextLine : nextLine + 1,
    txnTaxCodeId: global ? null : (salesTaxRates(withPrepared)[0]?.id ?? null),
    termId: customer?.termId ?? data.profile.defaultTermId,
    memo: data.profile.defaultCustomerMessage ?? '',
    docNumber: data.suggestedNumber ?? '',
  };
}

const sameSource = (a: InvoiceSource | null, b: InvoiceSource) =>
  a !== null &&
  a.kind === b.kind &&
  (a.kind === 'scratch' || (b.kind === 'quote' && a.quoteId === b.quoteId));

/** The steps the rep can be on: the account step only when there is a company to choose. */
function reachable(start: StartData): readonly Step[] {
  return firstStep(start) === 'account' ? steps : steps.slice(1);
}

function move(state: EditingState, by: 1 | -1): Step {
  const path = reachable(state.start);
  const at = path.indexOf(state.step);
  return path[Math.min(path.length - 1, Math.max(0, at + by))] ?? state.step;
}

/** Phases outside editing: loading, the create call and its outcome. */
function lifecycle(state: WizardState, event: WizardEvent): WizardState | null {
  switch (event.type) {
    case 'opened':
      return initialState;
    case 'started': {
      return {
        phase: 'editing',
        start: event.data,
        step: firstStep(event.data),
        form: emptyForm(event.data),
        pending: false,
        error: null,
        review: null,
      };
    }
    case 'startFailed':
      return state.phase === 'loading' ? { phase: 'loadFailed', error: event.error } : state;
    case 'submitted':
      if (state.phase === 'failed') {
        return { phase: 'submitting', start: state.start, form: state.form, review: state.review };
      }
      if (state.phase === 'editing' && state.step === 'review' && state.review) {
        const review: ReviewData = state.review;
        return { phase: 'submitting', start: state.start, form: state.form, review };
      }
      return state;
    case 'createFailed':
      return state.phase === 'submitting'
        ? { ...state, phase: 'failed', error: event.error }
        : state;
    case 'created':
      return state.phase === 'submitting'
        ? { phase: 'created', start: state.start, form: state.form, created: event.data }
        : state;
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
      return null;
  }
}

/**
 * The wizard's only state transition: pure, so every path (Back after an error included) is
 * tested without rendering anything.
 */
export function wizardReducer(state: WizardState, event: WizardEvent): WizardState {
  const outside = lifecycle(state, event);
  if (outside) return outside;
  if (state.phase !== 'editing') return state;
  const form = state.form;
  // Any edit makes the last review stale: Review asks again.
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
      return sameSource(form.source, event.source)
        ? state
        : edit({ source: event.source, prepared: null, customer: null, lines: [] });
    case 'pending':
      return { ...state, pending: true, error: null };
    case 'requestFailed':
      return { ...state, pending: false, error: event.error };
    case 'prepared':
      // An answer that arrives after the rep went elsewhere is dropped.
      if (state.step !== 'source') return state;
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
        dueDateOverride: null,
      });
    case 'lineChanged':
      return edit({
        lines: form.lines.map((line) =>
          line.key === event.key
            ? {
                ...line,
                ...event.patch,
                touched: line.touched || 'quantity' in event.patch || 'unitPrice' in event.patch,
              }
            : line,
        ),
      });
    case 'lineAdded':
      return edit({
        lines: [...form.lines, { ...blankLine(form.prepared, form.nextLine), ...event.patch }],
        nextLine: form.nextLine + 1,
      });
    case 'lineRemoved':
      return edit({ lines: form.lines.filter((line) => line.key !== event.key) });
    case 'formChanged':
      return edit(event.patch);
    case 'next':
      return state.pending || stepProblems(state.start, form, state.step).length > 0
        ? state
        : { ...state, step: move(state, 1), error: null };
    case 'back':
      return { ...state, step: move(state, -1), error: null, pending: false };
    case 'goTo': {
      const path = reachable(state.start);
      const to = path.indexOf(event.step);
      return to >= 0 && to < path.indexOf(state.step)
        ? { ...state, step: event.step, error: null, pending: false }
        : state;
    }
    case 'reviewed':
      return state.step === 'review'
        ? { ...state, pending: false, error: null, review: event.data }
        : state;
    default:
      return state;
  }
}
