import { Alert, DescriptionListItem, Text } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { describe, expect, it } from 'vitest';
import {
  initialState,
  wizardReducer,
  type EditingState,
  type WizardEvent,
  type WizardState,
} from '../../src/app/cards/wizard/state';
import { quoteDifferences } from '../../src/app/cards/wizard/state/quote-differences';
import { QuoteComparison } from '../../src/app/cards/wizard/steps/QuoteComparison';
import { inSpanish } from '../support/languages';
import { item, startData, usPrepared } from '../support/wizard-fixtures';
import { estimateTotals } from '@qbo-invoicing/invoicing';
import { currencyOf, draftLines, type Form } from '../../src/app/cards/wizard/state';

/** The totals `wizard.review` answers for a form: the same estimator the functions run. */
function totalsOf(form: Form) {
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

const run = (events: WizardEvent[], from: WizardState = initialState) =>
  events.reduce(wizardReducer, from);
const editing = (state: WizardState): EditingState => {
  if (state.phase !== 'editing') throw new Error(`expected editing, got ${state.phase}`);
  return state;
};
const atLines = () =>
  editing(
    run([
      { type: 'started', data: startData() },
      { type: 'sourceChosen', source: { kind: 'quote', quoteId: '501' } },
      { type: 'prepared', data: usPrepared() },
      { type: 'next' },
    ]),
  );
const services = item({ id: '1', name: 'Services', sku: null, taxable: false, unitPrice: '0' });

/**
 * Quote 501 (Design 10 × 75.00, Custom engraving 1 × 625.00; 1,375.00) invoiced with Design at
 * 70.00, the engraving on the default item Services at its quote price, a 25.00 discount and
 * California sales tax (8.25 %).
 */
function changedRun() {
  const lines = atLines();
  const [design, engraving] = lines.form.lines;
  return editing(
    run(
      [
        { type: 'lineChanged', key: design!.key, patch: { unitPrice: '70.00' } },
        {
          type: 'lineChanged',
          key: engraving!.key,
          patch: { item: services, description: 'Custom engraving – Engraving', taxable: false },
        },
        { type: 'formChanged', patch: { discount: { kind: 'amount', value: '25.00' } } },
        { type: 'formChanged', patch: { txnTaxCodeId: '2' } },
      ],
      lines,
    ),
  );
}

describe('the quote beside the invoice', () => {
  it('explains each difference: a new price, an item substituted, a discount, tax estimated', () => {
    const state = changedRun();
    const totals = totalsOf(state.form)!;
    const compared = quoteDifferences(state.start, state.form, totals)!;
    expect(compared.quoteTotal).toBe('1375.00');
    expect(compared.invoiceTotal).toBe(totals.total);
    expect(totals.tax).not.toBeNull();
    expect(compared.differences).toEqual([
      {
        kind: 'changed',
        name: 'Design',
        quantity: '10',
        unitPrice: '70.00',
        amount: '700.00',
        quoteAmount: '750.00',
      },
      { kind: 'substituted', name: 'Custom engraving', itemName: 'Services' },
      { kind: 'discount', amount: '25.00' },
      { kind: 'taxEstimated', amount: totals.tax },
    ]);
  });

  it('names a removed line and a line not resolved yet; nothing for an invoice from scratch', () => {
    const lines = atLines();
    const removed = editing(run([{ type: 'lineRemoved', key: lines.form.lines[0]!.key }], lines));
    expect(
      quoteDifferences(removed.start, removed.form, totalsOf(removed.form))!.differences,
    ).toEqual([
      { kind: 'removed', name: 'Design', amount: '750.00' },
      { kind: 'unresolved', name: 'Custom engraving' },
    ]);
    const scratch = editing(
      run([
        { type: 'started', data: startData() },
        { type: 'sourceChosen', source: { kind: 'scratch' } },
        { type: 'prepared', data: usPrepared({ lines: [] }) },
      ]),
    );
    expect(quoteDifferences(scratch.start, scratch.form, totalsOf(scratch.form))).toBeNull();
  });

  it('says tax is left to QuickBooks when no rate is known', () => {
    const lines = atLines();
    const state = editing(run([{ type: 'lineRemoved', key: lines.form.lines[1]!.key }], lines));
    const totals = { ...totalsOf(state.form)!, tax: null };
    expect(quoteDifferences(state.start, state.form, totals)!.differences).toEqual([
      { kind: 'removed', name: 'Custom engraving', amount: '625.00' },
      { kind: 'taxByQuickBooks' },
    ]);
  });

  it('shows both totals and every difference, in English and in Spanish', () => {
    const state = changedRun();
    const totals = totalsOf(state.form)!;
    const english = createRenderer('crm.record.sidebar');
    english.render(
      <QuoteComparison start={state.start} form={state.form} totals={totals} currency="USD" />,
    );
    expect(english.find(Alert).props.title).toBe('Quote “Fleet graphics” beside this invoice');
    expect(english.findAll(DescriptionListItem).map((node) => node.props.label)).toEqual([
      'Quote’s total',
      'Invoice’s total (estimate)',
    ]);
    expect(english.find(DescriptionListItem).text).toBe('$1,375.00');
    expect(english.find(Text, { testId: 'quote-difference-changed' }).text).toBe(
      'Quantity or price changed: Design is 10 × $70.00 = $700.00 instead of $750.00.',
    );
    expect(english.find(Text, { testId: 'quote-difference-substituted' }).text).toBe(
      'Item substituted: Custom engraving matched no QuickBooks product, so it is invoiced as Services.',
    );
    expect(english.find(Text, { testId: 'quote-difference-discount' }).text).toBe(
      'Discount: $25.00 off the invoice.',
    );
    expect(english.find(Text, { testId: 'quote-difference-taxEstimated' }).text).toMatch(
      /^Tax estimated: \$\d+\.\d{2} is an estimate; QuickBooks computes the final tax when it creates the invoice\.$/,
    );

    const spanish = createRenderer('crm.record.sidebar');
    spanish.render(
      inSpanish(
        <QuoteComparison start={state.start} form={state.form} totals={totals} currency="USD" />,
      ),
    );
    expect(spanish.find(Alert).props.title).toBe(
      'La cotización “Fleet graphics” junto a esta factura',
    );
    expect(spanish.find(DescriptionListItem).props.label).toBe('Total de la cotización');
    expect(spanish.find(DescriptionListItem).text).toBe('1375,00\u00a0US$');
    expect(spanish.find(Text, { testId: 'quote-difference-changed' }).text).toBe(
      'Cantidad o precio cambiado: Design es 10 × 70,00\u00a0US$ = 700,00\u00a0US$ en lugar de 750,00\u00a0US$.',
    );
    expect(spanish.find(Text, { testId: 'quote-difference-substituted' }).text).toBe(
      'Producto sustituido: Custom engraving no coincidió con ningún producto de QuickBooks, así que se factura como Services.',
    );
  });

  it('says when the invoice has the quote’s lines as they are', () => {
    const state = editing(
      run([
        { type: 'started', data: startData() },
        { type: 'sourceChosen', source: { kind: 'quote', quoteId: '501' } },
        { type: 'prepared', data: usPrepared({ lines: [usPrepared().lines[0]!] }) },
      ]),
    );
    const renderer = createRenderer('crm.record.sidebar');
    renderer.render(
      inSpanish(
        <QuoteComparison
          start={state.start}
          form={state.form}
          totals={totalsOf(state.form)}
          currency="USD"
        />,
      ),
    );
    expect(renderer.find(Alert).props.variant).toBe('info');
    expect(renderer.find(Text, { testId: 'quote-differences-none' }).text).toBe(
      'Sin diferencias en las partidas: la factura tiene las partidas, cantidades y precios de la cotización.',
    );
  });
});
