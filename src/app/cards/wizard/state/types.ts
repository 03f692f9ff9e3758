import type {
  CustomerSummary,
  InvoiceDraft,
  InvoiceSource,
  ItemSummary,
  OperationError,
  OperationOutput,
} from '@qbo-invoicing/contract';
import type { CardMessage, MessageValues } from '@qbo-invoicing/messages';

export type StartData = OperationOutput<'wizard.start'>;
export type PrepareData = OperationOutput<'wizard.prepare'>;
export type ReviewData = OperationOutput<'wizard.review'>;
export type CreatedData = OperationOutput<'invoices.createDraft'>;

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
export const stepNames: Record<Step, CardMessage> = {
  account: 'Account',
  source: 'Source',
  customer: 'Customer',
  lines: 'Products and tax',
  terms: 'Terms and dates',
  message: 'Message',
  review: 'Review',
};

/**
 * Something the wizard says, kept as its message id and values: the state and its selectors stay
 * free of any language, and a component says it with `t` in the user's.
 */
export interface Said {
  id: CardMessage;
  values?: MessageValues;
  /** Calendar dates (YYYY-MM-DD) among the values, said in the user's date format. */
  dates?: Readonly<Record<string, string>>;
}

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
  /** The rep has typed in the quantity or rate: only then does a wrong value show as an error. */
  touched: boolean;
}

/** What the rep has entered (and what the server proposed for it), kept across Back and Next. */
export interface Form {
  realmId: string | null;
  source: InvoiceSource | null;
  prepared: PrepareData | null;
  customer: CustomerSummary | null;
  lines: LineForm[];
  /** The number of the next line key: keys come from the state, so the reducer stays pure. */
  nextLine: number;
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

/**
 * The whole wizard: one discriminated union, changed only by `wizardReducer`. `start` (with the
 * run's submission id) is carried by every phase after loading, so a Retry reuses the same id.
 */
export type WizardState =
  | { phase: 'loading' }
  | { phase: 'loadFailed'; error: OperationError }
  | {
      phase: 'editing';
      start: StartData;
      step: Step;
      form: Form;
      /** A call of this step (prepare, review) is under way. */
      pending: boolean;
      error: OperationError | null;
      /** The pre-flight result for the form as it is; null once anything changes. */
      review: ReviewData | null;
    }
  | { phase: 'submitting'; start: StartData; form: Form; review: ReviewData }
  | { phase: 'failed'; start: StartData; form: Form; review: ReviewData; error: OperationError }
  | { phase: 'created'; start: StartData; form: Form; created: CreatedData };

export type EditingState = Extract<WizardState, { phase: 'editing' }>;
