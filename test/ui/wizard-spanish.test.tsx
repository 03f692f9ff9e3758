import {
  Alert,
  Button,
  DateInput,
  DescriptionListItem,
  Input,
  LoadingButton,
  Panel,
  SearchInput,
  Select,
  StepIndicator,
  Text,
  Toggle,
} from '@hubspot/ui-extensions';
import { describe, expect, it } from 'vitest';
import { ok } from '../support/fake-call';
import { allText } from '../support/ui';
import {
  company,
  created,
  gbCompany,
  globalPrepared,
  item,
  review,
  startData,
  usPrepared,
} from '../support/wizard-fixtures';
import { inputs, renderCard, type Script } from '../support/wizard-ui';

/**
 * The wizard as a rep in Spain meets it (es-ES, Europe/Madrid): the company it invoices named
 * even when there is nothing to choose, the lines step, review and the confirmation, with money
 * and dates in Spanish formats. Components outside a provider stay English (the other tests).
 */

/** The US company bills only in dollars; the UK one, without multi-currency, only in pounds. */
const usOnly = company({ multiCurrency: false });
const ukPoundsOnly = gbCompany({ multiCurrency: false });

/** US tax codes as prepare answers them: a rate, and NON which charges nothing (0%). */
const usTaxCodes = [
  { id: 'TAX', name: 'TAX', description: null, ratePercent: null, taxable: true },
  { id: 'NON', name: 'NON', description: null, ratePercent: '0', taxable: false },
  { id: '2', name: 'California', description: null, ratePercent: '8.25', taxable: true },
];

const engraving = item({ id: '12', name: 'Engraving', sku: 'ENG-1', unitPrice: '600.00' });

function usRun(extra: Script = {}, language: 'en' | 'es' = 'es') {
  return renderCard(
    {
      'wizard.start': ok(startData({ companies: [usOnly, ukPoundsOnly] })),
      'wizard.prepare': ok(usPrepared({ taxCodes: usTaxCodes })),
      'items.search': ok({ items: [engraving], nextStartPosition: null }),
      'wizard.review': ok(review()),
      'invoices.createDraft': ok(created()),
      ...extra,
    },
    'deals',
    language,
  );
}

/** From the quote to the lines step (step 3). */
async function toLines(card: ReturnType<typeof usRun>) {
  await card.open();
  card.chooseSource('quote:501');
  await card.next(2);
  await card.next(3);
}

/** Picks the engraving for the line the product search is choosing for. */
async function pickEngraving(card: ReturnType<typeof usRun>) {
  card
    .panel()
    .find(SearchInput, { name: 'productSearch' })
    .trigger('onChange', 'engr' as never);
  await card.waitFor(() =>
    expect(card.panel().maybeFind(Select, { name: 'productResult' })).not.toBeNull(),
  );
  card
    .panel()
    .find(Select, { name: 'productResult' })
    .trigger('onChange', '12' as never);
}

describe('the wizard in Spanish: the company is always named', () => {
  it('names the only company that can bill the deal in the title, and why the other is not offered', async () => {
    const card = usRun();
    await card.open();
    expect(card.step()).toBe(1); // nothing to choose: straight to the source
    expect(card.panel().find(Panel).props.title).toBe(
      'Crear una factura de QuickBooks en Craig’s Design',
    );
    expect(allText(card.panel().find(Text, { testId: 'unusable-9130002' }))).toBe(
      'Brightwater Ltd no está disponible: solo factura en GBP y este negocio está en USD.',
    );
    expect(card.panel().find(StepIndicator).props.stepNames).toEqual([
      'Cuenta',
      'Origen',
      'Cliente',
      'Productos e impuestos',
      'Condiciones y fechas',
      'Mensaje',
      'Revisión',
    ]);
  });

  it('says at the start that no connected company can invoice the deal’s currency, and what to do', async () => {
    const card = renderCard(
      {
        'wizard.start': ok(
          startData({
            deal: { id: '1032', name: 'Fleet', amount: '900.00', currency: 'EUR' },
            companies: [usOnly, ukPoundsOnly],
          }),
        ),
      },
      'deals',
      'es',
    );
    await card.open();
    const alert = card.panel().find(Alert, { testId: 'no-company' });
    expect(alert.props.title).toBe('Ninguna empresa de QuickBooks conectada puede facturar en EUR');
    expect(allText(alert)).toContain('Pide a un administrador que active la multidivisa');
    expect(allText(alert)).toContain('Abrir la configuración de la aplicación');
    expect(card.panel().maybeFind(Select, { name: 'realmId' })).toBeNull();
    expect(allText(card.panel().find(Text, { testId: 'unusable-9130001' }))).toContain(
      'Craig’s Design no está disponible: solo factura en USD y este negocio está en EUR.',
    );
    expect(card.panel().find(Text, { testId: 'why-not-next' }).text).toBe(
      'Elige una empresa de QuickBooks conectada.',
    );
    expect(card.panel().find(LoadingButton, { testId: 'next' }).props.disabled).toBe(true);
  });

  it('offers a company whose currency facts are not known yet (multi-currency unknown)', async () => {
    const card = renderCard(
      { 'wizard.start': ok(startData({ companies: [usOnly, gbCompany()] })) },
      'deals',
      'es',
    );
    await card.open();
    expect(card.step()).toBe(0);
    expect(
      card
        .panel()
        .find(Select, { name: 'realmId' })
        .props.options.map((option) => option.label),
    ).toEqual(['Craig’s Design (US, USD)', 'Brightwater Ltd (GB, GBP)']);
  });
});

describe('the wizard in Spanish: a calmer lines step', () => {
  it('has one product search that picks for the unmatched line, then for the next line without a product', async () => {
    const card = usRun();
    await toLines(card);
    const { panel } = card;
    expect(allText(panel().find(Text, { testId: 'line-2-unmatched' }))).toContain(
      'Ningún producto o servicio de QuickBooks tiene el SKU o el nombre de esta partida.',
    );
    expect(panel().findAll(SearchInput)).toHaveLength(1);
    expect(panel().find(SearchInput, { name: 'productSearch' }).props.label).toBe(
      'Buscar un producto o servicio de QuickBooks para la partida 2',
    );
    expect(panel().find(Text, { testId: 'why-not-next' }).text).toBe(
      'La partida 2 (Custom engraving) no coincide con ningún producto o servicio de QuickBooks: elige uno o quita la partida.',
    );
    await pickEngraving(card);
    await card.waitFor(() =>
      expect(panel().find(LoadingButton, { testId: 'next' }).props.disabled).toBe(false),
    );
    // The quote's own rate stays; the amount is in Spanish format.
    expect(panel().find(Text, { testId: 'line-2-amount' }).text).toBe('625,00\u00a0US$');

    // A new blank line: the search now chooses for it, and its empty rate is not shown in error.
    panel().find(Button, { testId: 'add-line' }).trigger('onClick');
    await card.waitFor(() =>
      expect(panel().find(SearchInput, { name: 'productSearch' }).props.label).toBe(
        'Buscar un producto o servicio de QuickBooks para la partida 3',
      ),
    );
    expect(panel().find(Input, { name: 'line-3-rate' }).props.error).toBe(false);
    expect(panel().find(Input, { name: 'line-3-quantity' }).props.error).toBe(false);
    expect(panel().find(Text, { testId: 'why-not-next' }).text).toBe(
      'Partida 3: elige un producto o servicio de QuickBooks.',
    );
    // Once the rep types a rate that is not a number, it is.
    panel()
      .find(Input, { name: 'line-3-rate' })
      .trigger('onChange', 'diez' as never);
    await card.waitFor(() =>
      expect(panel().find(Input, { name: 'line-3-rate' }).props.error).toBe(true),
    );
    expect(panel().find(Text, { testId: 'why-not-next' }).text).toContain(
      'Partida 3: la tarifa debe ser un número.',
    );
    // Pointing at a line with a product makes the search choose for it instead.
    panel().find(Button, { testId: 'line-1-pick' }).trigger('onClick');
    await card.waitFor(() =>
      expect(panel().find(SearchInput, { name: 'productSearch' }).props.label).toBe(
        'Buscar un producto o servicio de QuickBooks para la partida 1',
      ),
    );
    expect(inputs(card.calls, 'items.search')).toEqual([
      { realmId: '9130001', text: 'engr', startPosition: 1 },
    ]);
  });

  it('offers one US “no tax” choice, with rates in Spanish numbers', async () => {
    const card = usRun();
    await toLines(card);
    expect(card.panel().find(Select, { name: 'txnTaxCodeId' }).props.options).toEqual([
      { label: 'Sin impuesto sobre las ventas', value: '' },
      { label: 'California (8,25 %)', value: '2' },
    ]);
    // The default rate is a real one, never the 0% code.
    expect(card.panel().find(Select, { name: 'txnTaxCodeId' }).props.value).toBe('2');
  });

  it('adds a line with the product picked when no line is waiting for one', async () => {
    const card = usRun({ 'wizard.prepare': ok(usPrepared({ lines: [usPrepared().lines[0]!] })) });
    await toLines(card);
    expect(card.panel().find(SearchInput, { name: 'productSearch' }).props.label).toBe(
      'Buscar un producto o servicio de QuickBooks para añadirlo como partida',
    );
    await pickEngraving(card);
    await card.waitFor(() =>
      expect(card.panel().find(Input, { name: 'line-2-rate' }).props.value).toBe('600.00'),
    );
    expect(card.panel().find(Text, { testId: 'line-2-amount' }).text).toBe('600,00\u00a0US$');
  });

  it('shows Taxable and the sales tax rate only where the company charges sales tax, and service dates only where used', async () => {
    const noSalesTax = usPrepared({ lines: [usPrepared().lines[0]!] });
    const card = usRun(
      {
        'wizard.prepare': ok({
          ...noSalesTax,
          profile: { ...noSalesTax.profile, usingSalesTax: false, allowServiceDate: false },
        }),
      },
      'en',
    );
    await toLines(card);
    const { panel } = card;
    expect(panel().maybeFind(Toggle, { name: 'line-1-taxable' })).toBeNull();
    expect(panel().maybeFind(Select, { name: 'txnTaxCodeId' })).toBeNull();
    expect(panel().maybeFind(DateInput, { name: 'line-1-service-date' })).toBeNull();
    await card.next(4);
    await card.next(5);
    await card.next(6);
    const [draft] = inputs(card.calls, 'wizard.review') as Array<{
      draft: { txnTaxCodeId: string | null; lines: Array<{ taxable: boolean }> };
    }>;
    expect(draft?.draft.txnTaxCodeId).toBeNull();
    expect(draft?.draft.lines.map((line) => line.taxable)).toEqual([false]);
  });

  it('shows each line’s tax code in a global company, without Taxable', async () => {
    const card = renderCard(
      {
        'wizard.start': ok(startData({ companies: [gbCompany()] })),
        'wizard.prepare': ok(
          globalPrepared({
            lines: [usPrepared().lines[0]!],
            customerMatch: usPrepared().customerMatch,
          }),
        ),
      },
      'deals',
      'es',
    );
    await toLines(card as ReturnType<typeof usRun>);
    expect(card.panel().find(Select, { name: 'line-1-tax-code' }).props.label).toBe(
      'Código de impuesto',
    );
    expect(card.panel().maybeFind(Toggle, { name: 'line-1-taxable' })).toBeNull();
    expect(card.panel().find(Select, { name: 'globalTaxCalculation' }).props.options).toEqual([
      { label: 'Sin impuestos', value: 'TaxExcluded' },
      { label: 'Con impuestos incluidos', value: 'TaxInclusive' },
    ]);
  });
});

describe('the wizard in Spanish: review and done', () => {
  it('reviews with the company named, dates and money in Spanish, and the tax as an estimate; then creates and offers Open in QuickBooks and Close', async () => {
    const card = usRun();
    await toLines(card);
    await pickEngraving(card);
    await card.next(4);
    await card.next(5);
    await card.next(6);
    const { panel } = card;
    await card.waitFor(() =>
      expect(panel().maybeFind(Text, { testId: 'checks-passed' })).not.toBeNull(),
    );
    const facts = Object.fromEntries(
      panel()
        .findAll(DescriptionListItem)
        .map((entry) => [entry.props.label, allText(entry)]),
    );
    expect(facts).toMatchObject({
      'Empresa de QuickBooks': 'Craig’s Design (USD)',
      Cliente: 'Cool Cars',
      'Fecha de la factura': '26 nov 2026',
      Vencimiento: '26 dic 2026 (Net 30)',
      Subtotal: '1375,00 US$',
      'Impuesto estimado': '113,44 US$',
      'Total estimado (USD)': '1488,44 US$',
    });
    expect(allText(panel().find(Text, { testId: 'estimate-note' }))).toBe(
      'El impuesto y el total son estimaciones: QuickBooks calcula el impuesto al crear la factura.',
    );
    // The quote's unmatched line was invoiced as the product the rep picked: the review says so.
    expect(allText(panel().find(Text, { testId: 'quote-difference-substituted' }))).toBe(
      'Producto sustituido: Custom engraving no coincidió con ningún producto de QuickBooks, así que se factura como Engraving.',
    );
    expect(allText(panel().find(Text, { testId: 'checks-passed' }))).toBe(
      'Se han superado todas las comprobaciones.',
    );
    expect(allText(panel().find(LoadingButton, { testId: 'create-invoice' }))).toBe(
      'Crear borrador de factura',
    );

    await card.click('create-invoice');
    await card.waitFor(() =>
      expect(panel().maybeFind(Alert, { testId: 'created' })).not.toBeNull(),
    );
    expect(panel().find(Alert, { testId: 'created' }).props.title).toBe(
      'Borrador de factura creado',
    );
    expect(allText(panel().find(Alert, { testId: 'created' }))).toBe(
      'La factura 1038 para Cool Cars, de 1488,44 US$, está en Craig’s Design en QuickBooks y vinculada a este negocio. No se ha enviado.',
    );
    // Done means done: the footer is not empty.
    const open = panel().find(Button, { testId: 'open-in-quickbooks' });
    expect(allText(open)).toBe('Abrir en QuickBooks');
    expect(open.props.href).toEqual({
      url: 'https://app.sandbox.qbo.intuit.com/app/invoice?txnId=145',
      external: true,
    });
    const close = panel().find(Button, { testId: 'close-wizard' });
    expect(allText(close)).toBe('Cerrar');
    close.trigger('onClick');
    expect(card.mocks.actions.closeOverlay.calls).toEqual([['create-invoice-wizard']]);
  });

  it('has Open in QuickBooks and Close after creating in English too', async () => {
    const card = usRun(
      { 'wizard.prepare': ok(usPrepared({ lines: [usPrepared().lines[0]!] })) },
      'en',
    );
    await toLines(card);
    await card.next(4);
    await card.next(5);
    await card.next(6);
    await card.click('create-invoice');
    await card.waitFor(() =>
      expect(card.panel().maybeFind(Alert, { testId: 'created' })).not.toBeNull(),
    );
    expect(allText(card.panel().find(Button, { testId: 'open-in-quickbooks' }))).toBe(
      'Open in QuickBooks',
    );
    expect(allText(card.panel().find(Button, { testId: 'close-wizard' }))).toBe('Close');
    expect(allText(card.panel().find(Alert, { testId: 'created' }))).toContain(
      'is in Craig’s Design in QuickBooks',
    );
  });
});
