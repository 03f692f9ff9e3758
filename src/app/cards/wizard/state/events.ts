import type { CustomerSummary, InvoiceSource, OperationError } from '@qbo-invoicing/contract';
import type {
  CreatedData,
  Form,
  LineForm,
  PrepareData,
  ReviewData,
  StartData,
  Step,
} from './types';

/** The fields of the form a step edits directly. */
export type FormPatch = Partial<
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
export type LinePatch = Partial<Omit<LineForm, 'key' | 'touched'>>;

/** Everything that can happen to the wizard: what the rep does and what the operations answer. */
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
  | { type: 'lineChanged'; key: string; patch: LinePatch }
  /** A new line, blank or with the product the rep picked for it. */
  | { type: 'lineAdded'; patch?: LinePatch }
  | { type: 'lineRemoved'; key: string }
  | { type: 'formChanged'; patch: FormPatch }
  | { type: 'next' }
  | { type: 'back' }
  /** A click on an earlier step of the step indicator. */
  | { type: 'goTo'; step: Step }
  | { type: 'reviewed'; data: ReviewData }
  | { type: 'submitted' }
  | { type: 'created'; data: CreatedData }
  | { type: 'createFailed'; error: OperationError }
  | { type: 'editAgain' };
