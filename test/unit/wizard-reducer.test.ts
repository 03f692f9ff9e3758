import { describe, expect, it } from 'vitest';
import { draftProblems } from '@qbo-invoicing/invoicing';
import { messagesFor } from '@qbo-invoicing/ui';
import { say } from '../../src/app/cards/wizard/say';
import {
  canCreate,
  dueDateOf,
  initialState,
  stepProblems as saidProblems,
  toDraft,
  wizardReducer,
  type WizardEvent,
  type WizardState,
} from '../../src/app/cards/wizard/state';
import {
  customer,
  globalPrepared,
  item,
  review,
  startData,
  usPrepared,
  usQuoteDraft,
} from '../support/wizard-fixtures';

/** Why Next is not possible, as an English-speaking rep reads it. */
const english = messagesFor('en-US', 'UTC');
const stepProblems = (...args: Parameters<typeof saidProblems>) =>
  saidProblems(...args).map((said) => say(english, said));

const run = (events: WizardEvent[], from: WizardState = initialState) =>
  events.reduce(wizardReducer, from);
const editing = (state: WizardState) => {
  if (state.phase !== 'editing') throw new Error(`expected editing, got ${state.phase}`);
  return state;
};
const error = { code: 'UNAVAILABLE' as const, message: 'QuickBooks is down.', retryable: true };

/** From the start to the products step of a US run from the quote. */
function atLines() {
  return run([
    { type: 'started', data: startData() },
    { type: 'sourceChosen', source: { kind: 'quote', quoteId: '501' } },
    { type: 'prepared', data: usPrepared() },
    { type: 'next' },
  ]);
}

describe('wizard reducer', () => {
  it('skips the account step when exactly one company is usable', () => {
    const state = editing(run([{ type: 'started', data: startData() }]));
    expect(state.step).toBe('source');
    expect(state.form.realmId).toBe('9130001');
  });

  it('asks for the account when several companies (or none) are usable', () => {
    const two = startData({
      companies: [
        {
          realmId: '1',
          companyName: 'A',
          country: 'US',
          homeCurrency: 'USD',
          usable: true,
          reason: null,
          multiCurrency: null,
        },
        {
          realmId: '2',
          companyName: 'B',
          country: 'GB',
          homeCurrency: 'GBP',
          usable: true,
          reason: null,
          multiCurrency: null,
        },
      ],
    });
    const state = editing(run([{ type: 'started', data: two }]));
    expect(state.step).toBe('account');
    expect(state.form.realmId).toBeNull();
    expect(stepProblems(state.start, state.form, 'account')).toEqual([
      'Choose a connected QuickBooks company.',
    ]);
    expect(editing(wizardReducer(state, { type: 'next' })).step).toBe('account');
    const chosen = run([{ type: 'companyChosen', realmId: '2' }, { type: 'next' }], state);
    expect(editing(chosen).step).toBe('source');
  });

  it('records a failed start', () => {
    expect(run([{ type: 'startFailed', error }])).toEqual({ phase: 'loadFailed', error });
  });

  it('turns what prepare proposes into the form and moves to the customer', () => {
    const state = editing(
      run([
        { type: 'started', data: startData() },
        { type: 'sourceChosen', source: { kind: 'quote', quoteId: '501' } },
        { type: 'prepared', data: usPrepared() },
      ]),
    );
    expect(state.step).toBe('customer');
    expect(state.form.customer?.id).toBe('58');
    expect(state.form.termId).toBe('3');
    expect(state.form.memo).toBe('Thank you for your business.');
    expect(state.form.lines.map((line) => [line.item?.id ?? null, line.sourceName])).toEqual([
      ['11', 'Design'],
      [null, 'Custom engraving'],
    ]);
  });

  it('keeps a failed prepare on the same step with the error, and Back clears it', () => {
    const failed = editing(
      run([
        { type: 'started', data: startData() },
        { type: 'sourceChosen', source: { kind: 'scratch' } },
        { type: 'pending' },
        { type: 'requestFailed', error },
      ]),
    );
    expect(failed).toMatchObject({ step: 'source', pending: false, error });
    expect(editing(wizardReducer(failed, { type: 'back' }))).toMatchObject({
      error: null,
      form: { source: { kind: 'scratch' } },
    });
  });

  it('blocks Next while a quote line matches no product, until it is resolved or removed', () => {
    const state = editing(atLines());
    expect(state.step).toBe('lines');
    expect(stepProblems(state.start, state.form, 'lines')).toEqual([
      'Line 2 (Custom engraving) matches no QuickBooks product: pick one or remove the line.',
    ]);
    expect(editing(wizardReducer(state, { type: 'next' })).step).toBe('lines');
    const unmatched = state.form.lines[1]!.key;
    const picked = editing(
      wizardReducer(state, {
        type: 'lineChanged',
        key: unmatched,
        patch: { item: item({ id: '12', name: 'Engraving' }) },
      }),
    );
    expect(editing(wizardReducer(picked, { type: 'next' })).step).toBe('terms');
    const dropped = editing(wizardReducer(state, { type: 'lineRemoved', key: unmatched }));
    expect(editing(wizardReducer(dropped, { type: 'next' })).step).toBe('terms');
  });

  it('names a quantity or rate that is not a number', () => {
    const state = editing(atLines());
    const key = state.form.lines[0]!.key;
    const bad = editing(
      wizardReducer(state, {
        type: 'lineChanged',
        key,
        patch: { quantity: 'ten', unitPrice: '7,5' },
      }),
    );
    expect(stepProblems(bad.start, bad.form, 'lines')).toEqual(
      expect.arrayContaining([
        'Line 1: the quantity must be a number.',
        'Line 1: the rate must be a number.',
      ]),
    );
  });

  it('Back keeps everything entered', () => {
    const state = editing(atLines());
    const key = state.form.lines[0]!.key;
    const edited = run(
      [{ type: 'lineChanged', key, patch: { quantity: '12' } }, { type: 'back' }, { type: 'back' }],
      state,
    );
    expect(editing(edited).step).toBe('source');
    const again = editing(run([{ type: 'next' }], edited));
    expect(again.form.lines[0]!.quantity).toBe('12');
  });

  it('derives the due date from the term until the rep sets it', () => {
    const state = editing(atLines());
    expect(dueDateOf(state.form)).toBe('2026-12-26');
    const noTerm = editing(wizardReducer(state, { type: 'formChanged', patch: { termId: '1' } }));
    expect(dueDateOf(noTerm.form)).toBe('2026-11-26');
    const manual = editing(
      wizardReducer(state, { type: 'formChanged', patch: { dueDateOverride: '2027-01-15' } }),
    );
    expect(dueDateOf(manual.form)).toBe('2027-01-15');
    const early = editing(
      wizardReducer(state, { type: 'formChanged', patch: { dueDateOverride: '2026-11-01' } }),
    );
    // The server's own rule (draftProblems), shown before anything is sent, with dates as dates.
    expect(stepProblems(early.start, early.form, 'terms')).toEqual([
      'The due date (Nov 1, 2026) is before the invoice date (Nov 26, 2026).',
    ]);
  });

  it('names dates that are not dates instead of computing from them', () => {
    const state = editing(atLines());
    const typing = editing(
      wizardReducer(state, { type: 'formChanged', patch: { txnDate: '2026-11-3' } }),
    );
    expect(dueDateOf(typing.form)).toBe('2026-11-3');
    expect(stepProblems(typing.start, typing.form, 'terms')).toEqual(['Choose the invoice date.']);
    const badDue = editing(
      wizardReducer(state, { type: 'formChanged', patch: { dueDateOverride: '2026-02-30' } }),
    );
    expect(stepProblems(badDue.start, badDue.form, 'terms')).toEqual(['Choose the due date.']);
    const key = state.form.lines[0]!.key;
    const badService = editing(
      wizardReducer(state, { type: 'lineChanged', key, patch: { serviceDate: 'tomorrow' } }),
    );
    expect(stepProblems(badService.start, badService.form, 'lines')).toContain(
      'Line 1: choose the service date again.',
    );
  });

  it('names what the server’s draft rules would refuse before Review, on the step it belongs to', () => {
    const state = editing(atLines());
    const [design, engraving] = state.form.lines.map((line) => line.key) as [string, string];
    const resolved = run(
      [{ type: 'lineChanged', key: engraving, patch: { item: item({ id: '12' }) } }],
      state,
    );
    const cases: Array<[WizardEvent, string, string]> = [
      [
        { type: 'lineChanged', key: design, patch: { quantity: '0' } },
        'Line 1: the quantity cannot be 0.',
        'lines.0.quantity',
      ],
      [
        { type: 'lineChanged', key: design, patch: { unitPrice: '1000000000000000' } },
        'Line 1: the amount is more than an invoice can hold.',
        'lines.0.unitPrice',
      ],
      [
        { type: 'formChanged', patch: { discount: { kind: 'percent', value: '120' } } },
        'The discount must be from 0 to 100 percent.',
        'discount.value',
      ],
      [
        { type: 'formChanged', patch: { discount: { kind: 'amount', value: '-5' } } },
        'The discount must be 0 or more.',
        'discount.value',
      ],
    ];
    for (const [event, said, field] of cases) {
      const changed = editing(wizardReducer(resolved, event));
      expect(stepProblems(changed.start, changed.form, 'lines')).toEqual([said]);
      expect(editing(wizardReducer(changed, { type: 'next' })).step).toBe('lines');
      // The same draft is one the functions refuse, naming the same field.
      const draft = toDraft(changed.form)!;
      const fields = draftProblems(draft, changed.form.prepared!.profile).map((p) => p.field);
      expect(fields).toContain(field);
    }
    expect(stepProblems(editing(resolved).start, editing(resolved).form, 'lines')).toEqual([]);
  });

  it('choosing another customer brings that customer’s term', () => {
    const state = editing(atLines());
    const next = editing(
      wizardReducer(state, {
        type: 'customerChosen',
        customer: customer({ id: '60', termId: '1' }),
      }),
    );
    expect(next.form.termId).toBe('1');
  });

  it('builds the draft from the form, with only what the company uses', () => {
    const state = editing(atLines());
    const key = state.form.lines[1]!.key;
    const resolved = editing(
      wizardReducer(state, {
        type: 'lineChanged',
        key,
        patch: { item: item({ id: '12', name: 'Engraving' }) },
      }),
    );
    expect(toDraft(resolved.form)).toEqual(usQuoteDraft());
  });

  it('asks for a tax code per line and the invoice number in a global company', () => {
    const state = editing(
      run([
        { type: 'started', data: startData() },
        { type: 'sourceChosen', source: { kind: 'scratch' } },
        { type: 'prepared', data: globalPrepared() },
      ]),
    );
    expect(state.form.docNumber).toBe('INV-0043');
    expect(state.form.lines).toHaveLength(1);
    expect(state.form.lines[0]!.taxCodeId).toBe('20');
    const cleared = editing(
      wizardReducer(state, { type: 'formChanged', patch: { docNumber: ' ' } }),
    );
    expect(stepProblems(cleared.start, cleared.form, 'message')).toEqual([
      'Enter the invoice number: this company numbers its invoices itself.',
    ]);
  });

  it('creates only after a review without errors, and keeps the run’s submission id through a failure', () => {
    let state = atLines();
    const key = editing(state).form.lines[1]!.key;
    state = run(
      [{ type: 'lineRemoved', key }, { type: 'next' }, { type: 'next' }, { type: 'next' }],
      state,
    );
    expect(editing(state).step).toBe('review');
    expect(canCreate(state)).toBe(false);
    const blocked = wizardReducer(state, {
      type: 'reviewed',
      data: review({
        checks: [{ id: 'customerEmail', severity: 'error', message: 'No email.', fix: 'Add one.' }],
      }),
    });
    expect(canCreate(blocked)).toBe(false);
    const warned = wizardReducer(state, {
      type: 'reviewed',
      data: review({
        checks: [
          {
            id: 'currencyMismatch',
            severity: 'warning',
            message: 'EUR vs GBP.',
            fix: 'None needed.',
          },
        ],
      }),
    });
    expect(canCreate(warned)).toBe(true);
    const failed = run([{ type: 'submitted' }, { type: 'createFailed', error }], warned);
    expect(failed).toMatchObject({
      phase: 'failed',
      error,
      start: { submissionId: 'run-0001-abcd' },
    });
    const retrying = wizardReducer(failed, { type: 'submitted' });
    expect(retrying.phase).toBe('submitting');
    const back = editing(wizardReducer(failed, { type: 'editAgain' }));
    expect(back.step).toBe('review');
    expect(back.form.lines).toHaveLength(1);
  });

  it('a change after review asks for a fresh review', () => {
    const lines = atLines();
    const key = editing(lines).form.lines[1]!.key;
    const state = run(
      [
        { type: 'lineRemoved', key },
        { type: 'next' },
        { type: 'next' },
        { type: 'next' },
        { type: 'reviewed', data: review() },
      ],
      lines,
    );
    expect(editing(state)).toMatchObject({ step: 'review', review: review() });
    const changed = editing(
      wizardReducer(state, { type: 'formChanged', patch: { memo: 'New text' } }),
    );
    expect(changed.review).toBeNull();
  });

  it('opening again starts a new run', () => {
    expect(wizardReducer(atLines(), { type: 'opened' })).toEqual({ phase: 'loading' });
  });
});
