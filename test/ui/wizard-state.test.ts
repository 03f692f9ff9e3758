import { describe, expect, it } from 'vitest';
import { messagesFor } from '@qbo-invoicing/ui';
import { say } from '../../src/app/cards/wizard/say';
import { fromPicked, toPicked } from '../../src/app/cards/wizard/dates';
import {
  canGoNext,
  checksBySeverity,
  initialState,
  warningsOf,
  wizardReducer,
  type WizardEvent,
  type WizardState,
} from '../../src/app/cards/wizard/state';
import {
  company,
  created,
  customer,
  everyCheck,
  gbCompany,
  globalPrepared,
  review,
  startData,
  usPrepared,
} from '../support/wizard-fixtures';

/** What the wizard says, as an English-speaking rep in the US reads it. */
const english = messagesFor('en-US', 'UTC');

/** Transitions the card tests reach only indirectly; the main ones are in the reducer's unit tests. */
const run = (events: WizardEvent[], from: WizardState = initialState) =>
  events.reduce(wizardReducer, from);
const editing = (state: WizardState) => {
  if (state.phase !== 'editing') throw new Error(`expected editing, got ${state.phase}`);
  return state;
};
const error = { code: 'UNAVAILABLE' as const, message: 'QuickBooks is down.', retryable: true };
const quote501 = { kind: 'quote', quoteId: '501' } as const;

const atLines = () =>
  run([
    { type: 'started', data: startData() },
    { type: 'sourceChosen', source: quote501 },
    { type: 'prepared', data: usPrepared() },
    { type: 'next' },
  ]);

const atReview = () => {
  const lines = editing(atLines());
  return run(
    [
      { type: 'lineRemoved', key: lines.form.lines[1]!.key },
      { type: 'next' },
      { type: 'next' },
      { type: 'next' },
      { type: 'reviewed', data: review() },
    ],
    lines,
  );
};

describe('wizard reducer: purity and stale answers', () => {
  it('gives the same state for the same events (line keys come from the state)', () => {
    const events: WizardEvent[] = [
      { type: 'started', data: startData() },
      { type: 'sourceChosen', source: quote501 },
      { type: 'prepared', data: usPrepared() },
      { type: 'lineAdded' },
    ];
    const first = editing(run(events));
    expect(run(events)).toEqual(first);
    expect(first.form.lines.map((line) => line.key)).toEqual(['line-1', 'line-2', 'line-3']);
    const more = editing(wizardReducer(first, { type: 'lineAdded' }));
    expect(more.form.lines.at(-1)?.key).toBe('line-4');
  });

  it('drops a prepare answer that arrives after the rep left the source step', () => {
    const twoCompanies = startData({ companies: [company(), gbCompany()] });
    const left = run([
      { type: 'started', data: twoCompanies },
      { type: 'companyChosen', realmId: '9130001' },
      { type: 'next' },
      { type: 'sourceChosen', source: { kind: 'scratch' } },
      { type: 'pending' },
      { type: 'back' },
    ]);
    expect(editing(left)).toMatchObject({ step: 'account', pending: false });
    expect(wizardReducer(left, { type: 'prepared', data: usPrepared() })).toBe(left);
  });

  it('does not move on while a call is under way', () => {
    const pending = run(
      [{ type: 'sourceChosen', source: quote501 }, { type: 'pending' }],
      run([{ type: 'started', data: startData() }]),
    );
    expect(canGoNext(pending)).toBe(false);
    expect(wizardReducer(pending, { type: 'next' })).toBe(pending);
  });

  it('ignores review results off the review step and a start failure after the start', () => {
    const lines = atLines();
    expect(wizardReducer(lines, { type: 'reviewed', data: review() })).toBe(lines);
    expect(wizardReducer(lines, { type: 'startFailed', error })).toBe(lines);
  });

  it('choosing the same source again keeps what was prepared and entered', () => {
    const lines = editing(atLines());
    const key = lines.form.lines[0]!.key;
    const edited = run([{ type: 'lineChanged', key, patch: { quantity: '4' } }], lines);
    const again = editing(wizardReducer(edited, { type: 'sourceChosen', source: quote501 }));
    expect(again.form.lines[0]!.quantity).toBe('4');
    const other = editing(
      wizardReducer(edited, { type: 'sourceChosen', source: { kind: 'scratch' } }),
    );
    expect(other.form).toMatchObject({ prepared: null, customer: null, lines: [] });
  });
});

describe('wizard reducer: moving between steps', () => {
  it('Back never lands on a skipped account step', () => {
    const source = run([{ type: 'started', data: startData() }]);
    expect(editing(wizardReducer(source, { type: 'back' })).step).toBe('source');
  });

  it('goes to an earlier step from the step indicator, never to a later one', () => {
    const lines = atLines();
    expect(editing(wizardReducer(lines, { type: 'goTo', step: 'customer' })).step).toBe('customer');
    expect(wizardReducer(lines, { type: 'goTo', step: 'review' })).toBe(lines);
    // One usable company: the account step is not a place to go.
    expect(wizardReducer(lines, { type: 'goTo', step: 'account' })).toBe(lines);
  });

  it('Back after a failed create keeps the form and the run’s submission id', () => {
    const failed = run([{ type: 'submitted' }, { type: 'createFailed', error }], atReview());
    expect(failed.phase).toBe('failed');
    const back = run([{ type: 'editAgain' }, { type: 'back' }, { type: 'back' }], failed);
    expect(editing(back)).toMatchObject({
      step: 'terms',
      error: null,
      start: { submissionId: 'run-0001-abcd' },
    });
    expect(editing(back).form).toEqual(editing(atReview()).form);
    // A Retry from the failure goes straight back to submitting with the same run.
    expect(wizardReducer(failed, { type: 'submitted' })).toMatchObject({
      phase: 'submitting',
      start: { submissionId: 'run-0001-abcd' },
    });
  });

  it('created and failed answers count only while submitting', () => {
    const reviewState = atReview();
    expect(wizardReducer(reviewState, { type: 'created', data: created() })).toBe(reviewState);
    expect(wizardReducer(reviewState, { type: 'createFailed', error })).toBe(reviewState);
    const done = run([{ type: 'submitted' }, { type: 'created', data: created() }], reviewState);
    expect(done).toMatchObject({ phase: 'created', created: created() });
    expect(wizardReducer(done, { type: 'next' })).toBe(done);
  });
});

describe('wizard selectors', () => {
  it('splits the checks into errors and warnings', () => {
    const { errors, warnings } = checksBySeverity(everyCheck);
    expect(errors.map((check) => check.id)).toEqual([
      'customerEmail',
      'inactiveItem',
      'missingTaxCode',
      'closedPeriod',
      'numberTaken',
      'customerInactive',
    ]);
    expect(warnings.map((check) => check.id)).toEqual(['currencyMismatch', 'exchangeRate']);
  });

  it('warns early about the currency, a missing email and an inactive customer', () => {
    const state = editing(
      run([
        { type: 'started', data: startData({ companies: [gbCompany()] }) },
        { type: 'sourceChosen', source: { kind: 'scratch' } },
        { type: 'prepared', data: globalPrepared() },
      ]),
    );
    expect(warningsOf(state.form)).toEqual([]);
    const chosen = editing(
      wizardReducer(state, {
        type: 'customerChosen',
        customer: customer({ displayName: 'SG', currency: 'EUR', email: null, active: false }),
      }),
    );
    expect(warningsOf(chosen.form).map((said) => say(english, said))).toEqual([
      'SG is invoiced in EUR and the deal is in GBP: the deal’s invoice properties will not follow this invoice.',
      'SG has no email address in QuickBooks: the invoice can be created but not emailed until one is added.',
      'SG is inactive in QuickBooks: make the customer active or choose another.',
    ]);
  });

  it('converts dates to and from the date picker (months from 0)', () => {
    expect(toPicked('2026-01-31')).toEqual({ year: 2026, month: 0, date: 31 });
    expect(toPicked('2026-02-30')).toBeUndefined();
    expect(toPicked('')).toBeUndefined();
    expect(fromPicked({ year: 2026, month: 11, date: 5 })).toBe('2026-12-05');
    expect(fromPicked(null)).toBeNull();
  });
});

describe('the company being invoiced', () => {
  it('is the chosen one, by its realm; none before one is chosen', async () => {
    const { companyOf } = await import('../../src/app/cards/wizard/state');
    const lines = editing(atLines());
    expect(companyOf(lines.start, lines.form)?.realmId).toBe(lines.form.realmId);
    expect(companyOf(lines.start, { ...lines.form, realmId: null })).toBeNull();
  });
});
