import {
  Alert,
  Button,
  Input,
  LoadingButton,
  Select,
  Text,
  TextArea,
  Tile,
  Toggle,
} from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { describe, expect, it } from 'vitest';
import type { OperationOutput } from '@qbo-invoicing/contract';
import { UnmatchedLine } from '../../src/app/cards/wizard/steps/UnmatchedLine';
import type { LineForm, LinePatch } from '../../src/app/cards/wizard/state';
import { failure, ok, scriptedCall } from '../support/fake-call';
import { inSpanish } from '../support/languages';
import { allText } from '../support/ui';
import { item, review, startData, usPrepared, usQuoteDraft } from '../support/wizard-fixtures';
import { inputs, renderCard } from '../support/wizard-ui';

type Choices = OperationOutput<'items.choices'>;

const accounts = [
  { id: '79', name: 'Sales of Product Income' },
  { id: '80', name: 'Services' },
];
const choices = (overrides: Partial<Choices> = {}): Choices => ({
  incomeAccounts: accounts,
  defaultItem: null,
  ...overrides,
});
const engraving = item({
  id: '31',
  name: 'Custom engraving',
  sku: 'ENG-CUSTOM',
  description: 'Engraving',
  unitPrice: '625.00',
  taxable: true,
});
const catchAll = item({
  id: '1',
  name: 'Services',
  sku: null,
  description: 'General services',
  unitPrice: '0',
  taxable: false,
});

/** The US run from quote 501 opened at its Products and tax step (line 2 matches nothing). */
async function atLinesStep(script: Parameters<typeof renderCard>[0]) {
  const card = renderCard({
    'wizard.start': ok(startData()),
    'wizard.prepare': ok(usPrepared()),
    'wizard.review': ok(review()),
    ...script,
  });
  await card.open();
  card.chooseSource('quote:501');
  await card.next(2);
  await card.next(3);
  return card;
}

describe('an unmatched quote line: create the QuickBooks item', () => {
  it('opens a form pre-filled from the HubSpot product, creates the item and puts it on the line', async () => {
    const card = await atLinesStep({
      'items.choices': ok(choices()),
      'items.create': ok({ item: engraving }),
    });
    const { panel, calls } = card;
    panel().find(Button, { testId: 'line-2-create-item' }).trigger('onClick');
    await card.waitFor(() =>
      expect(panel().maybeFind(Tile, { testId: 'line-2-new-item' })).not.toBeNull(),
    );
    const form = panel().find(Tile, { testId: 'line-2-new-item' });
    expect(form.find(Input, { name: 'line-2-new-item-name' }).props.value).toBe('Custom engraving');
    expect(form.find(Input, { name: 'line-2-new-item-sku' }).props.value).toBe('ENG-CUSTOM');
    expect(form.find(TextArea).props.value).toBe('Engraving');
    expect(form.find(Input, { name: 'line-2-new-item-price' }).props.value).toBe('625.00');
    expect(form.find(Input, { name: 'line-2-new-item-price' }).props.label).toBe(
      'Sales price (USD)',
    );
    expect(form.find(Select, { name: 'line-2-new-item-income-account' }).props.options).toEqual([
      { label: 'Sales of Product Income', value: '79' },
      { label: 'Services', value: '80' },
    ]);
    form
      .find(Select, { name: 'line-2-new-item-income-account' })
      .trigger('onChange', '80' as never);
    form
      .find(Select, { name: 'line-2-new-item-type' })
      .trigger('onChange', 'NonInventory' as never);
    panel().find(LoadingButton, { testId: 'line-2-new-item-submit' }).trigger('onClick');

    await card.waitFor(() =>
      expect(panel().maybeFind(Tile, { testId: 'line-2-new-item' })).toBeNull(),
    );
    const [sent] = inputs(calls, 'items.create') as Array<{ requestId: string }>;
    expect(sent).toEqual({
      realmId: '9130001',
      requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      item: {
        name: 'Custom engraving',
        type: 'NonInventory',
        sku: 'ENG-CUSTOM',
        description: 'Engraving',
        unitPrice: '625.00',
        incomeAccountId: '80',
        taxable: true,
      },
    });
    expect(allText(panel().find(Tile, { testId: 'line-2' }))).toContain('Custom engraving');
    expect(panel().maybeFind(Button, { testId: 'line-2-create-item' })).toBeNull();
    // The line is complete: Next goes on, and the review's draft carries the new item.
    await card.next(4);
    await card.next(5);
    await card.next(6);
    await card.waitFor(() => expect(inputs(calls, 'wizard.review')).toHaveLength(1));
    expect(inputs(calls, 'wizard.review')).toEqual([
      {
        draft: usQuoteDraft({
          lines: [
            usQuoteDraft().lines[0]!,
            { ...usQuoteDraft().lines[1]!, itemId: '31', description: 'Engraving' },
          ],
        }),
      },
    ]);
  });

  it('says a taken name with what to do, keeps the form, and retries with the same request id', async () => {
    const card = await atLinesStep({
      'items.choices': ok(choices()),
      'items.create': [
        failure({
          code: 'CONFLICT',
          retryable: false,
          field: 'input.item.name',
          message: 'QuickBooks already has a product or service named “Custom engraving”.',
          fix: 'Give the new item another name, or search for “Custom engraving” and pick it.',
        }),
        ok({ item: { ...engraving, name: 'Custom engraving (birdbath)' } }),
      ],
    });
    const { panel, calls } = card;
    panel().find(Button, { testId: 'line-2-create-item' }).trigger('onClick');
    await card.waitFor(() =>
      expect(panel().maybeFind(Tile, { testId: 'line-2-new-item' })).not.toBeNull(),
    );
    panel().find(LoadingButton, { testId: 'line-2-new-item-submit' }).trigger('onClick');
    await card.waitFor(() =>
      expect(panel().maybeFind(Alert, { testId: 'line-2-new-item-error' })).not.toBeNull(),
    );
    expect(allText(panel().find(Alert, { testId: 'line-2-new-item-error' }))).toBe(
      'QuickBooks already has a product or service named “Custom engraving”. Give the new item another name, or search for “Custom engraving” and pick it.',
    );
    expect(panel().find(Input, { name: 'line-2-new-item-name' }).props.error).toBe(true);

    panel()
      .find(Input, { name: 'line-2-new-item-name' })
      .trigger('onChange', 'Custom engraving (birdbath)' as never);
    panel().find(LoadingButton, { testId: 'line-2-new-item-submit' }).trigger('onClick');
    await card.waitFor(() =>
      expect(panel().maybeFind(Tile, { testId: 'line-2-new-item' })).toBeNull(),
    );
    const sent = inputs(calls, 'items.create') as Array<{
      requestId: string;
      item: { name: string };
    }>;
    expect(sent.map((input) => input.item.name)).toEqual([
      'Custom engraving',
      'Custom engraving (birdbath)',
    ]);
    expect(sent[1]!.requestId).toBe(sent[0]!.requestId);
  });

  it('checks the name and the price before calling QuickBooks', async () => {
    const card = await atLinesStep({ 'items.choices': ok(choices()) });
    const { panel, calls } = card;
    panel().find(Button, { testId: 'line-2-create-item' }).trigger('onClick');
    await card.waitFor(() =>
      expect(panel().maybeFind(Tile, { testId: 'line-2-new-item' })).not.toBeNull(),
    );
    panel()
      .find(Input, { name: 'line-2-new-item-name' })
      .trigger('onChange', 'Garden: engraving' as never);
    panel()
      .find(Input, { name: 'line-2-new-item-price' })
      .trigger('onChange', '6,25' as never);
    const name = panel().find(Input, { name: 'line-2-new-item-name' });
    expect(name.props.validationMessage).toBe(
      'A name cannot contain a colon (:): QuickBooks keeps it for sub-items.',
    );
    expect(panel().find(Input, { name: 'line-2-new-item-price' }).props.validationMessage).toBe(
      'Enter a price such as 45.50, or leave it empty.',
    );
    expect(panel().find(LoadingButton, { testId: 'line-2-new-item-submit' }).props.disabled).toBe(
      true,
    );
    expect(inputs(calls, 'items.create')).toEqual([]);
  });
});

describe('an unmatched quote line: use the default item', () => {
  it('puts the default item on the line with one click, keeping the product’s words and price', async () => {
    const card = await atLinesStep({ 'items.choices': ok(choices({ defaultItem: catchAll })) });
    const { panel, calls } = card;
    panel().find(Button, { testId: 'line-2-use-default' }).trigger('onClick');
    await card.waitFor(() =>
      expect(panel().maybeFind(Button, { testId: 'line-2-use-default' })).toBeNull(),
    );
    expect(panel().find(Input, { name: 'line-2-description' }).props.value).toBe(
      'Custom engraving – Engraving',
    );
    expect(panel().find(Input, { name: 'line-2-rate' }).props.value).toBe('625.00');
    await card.next(4);
    await card.next(5);
    await card.next(6);
    await card.waitFor(() => expect(inputs(calls, 'wizard.review')).toHaveLength(1));
    const [sent] = inputs(calls, 'wizard.review') as Array<{
      draft: ReturnType<typeof usQuoteDraft>;
    }>;
    expect(sent!.draft.lines[1]).toEqual({
      itemId: '1',
      description: 'Custom engraving – Engraving',
      quantity: '1',
      unitPrice: '625.00',
      serviceDate: null,
      taxCodeId: null,
      taxable: false,
    });
  });

  it('says where the default item is chosen when the company has none', async () => {
    const card = await atLinesStep({ 'items.choices': ok(choices()) });
    const { panel } = card;
    panel().find(Button, { testId: 'line-2-use-default' }).trigger('onClick');
    await card.waitFor(() =>
      expect(panel().maybeFind(Text, { testId: 'line-2-item-message' })).not.toBeNull(),
    );
    expect(panel().find(Text, { testId: 'line-2-item-message' }).text).toBe(
      'No default item is chosen for this QuickBooks company. An admin chooses one on the app’s settings page.',
    );
    expect(panel().find(Button, { testId: 'line-2-create-item' })).toBeDefined();
  });
});

describe('an unmatched quote line in Spanish', () => {
  const unmatched: LineForm = {
    key: 'line-2',
    sourceName: 'Custom engraving',
    touched: false,
    item: null,
    description: 'Engraving',
    quantity: '1',
    unitPrice: '625.00',
    serviceDate: null,
    taxCodeId: null,
    taxable: true,
  };

  function renderLine(script: Parameters<typeof scriptedCall>[0]) {
    const renderer = createRenderer('crm.record.sidebar');
    const fake = scriptedCall(script);
    const patches: LinePatch[] = [];
    renderer.render(
      inSpanish(
        <UnmatchedLine
          call={fake.call}
          realmId="9130001"
          prepared={usPrepared()}
          currency="USD"
          line={unmatched}
          testId="line-2"
          onChange={(patch) => patches.push(patch)}
        />,
        'card',
        'es-MX',
        'America/Mexico_City',
      ),
    );
    return { renderer, patches };
  }

  it('offers both ways and the form in Spanish', async () => {
    const { renderer } = renderLine({ 'items.choices': ok(choices()) });
    expect(renderer.find(Button, { testId: 'line-2-create-item' }).text).toBe(
      'Crearlo en QuickBooks',
    );
    expect(renderer.find(Button, { testId: 'line-2-use-default' }).text).toBe(
      'Usar el producto o servicio predeterminado',
    );
    renderer.find(Button, { testId: 'line-2-create-item' }).trigger('onClick');
    await renderer.waitFor(() =>
      expect(renderer.maybeFind(Tile, { testId: 'line-2-new-item' })).not.toBeNull(),
    );
    expect(renderer.find(Input, { name: 'line-2-new-item-name' }).props.label).toBe(
      'Nombre del producto o servicio',
    );
    expect(renderer.find(Input, { name: 'line-2-new-item-price' }).props.label).toBe(
      'Precio de venta (USD)',
    );
    expect(renderer.find(Select, { name: 'line-2-new-item-type' }).props.options).toEqual([
      { label: 'Servicio (trabajo que realizas)', value: 'Service' },
      {
        label: 'Producto no inventariable (bienes cuyas existencias no controlas)',
        value: 'NonInventory',
      },
    ]);
    expect(renderer.find(Select, { name: 'line-2-new-item-income-account' }).props.label).toBe(
      'Cuenta de ingresos',
    );
    expect(renderer.find(Toggle).props.label).toBe('Se le aplica el impuesto sobre las ventas');
    expect(renderer.find(LoadingButton).text).toBe('Crear en QuickBooks');
    expect(renderer.find(Button, { testId: 'line-2-new-item-cancel' }).text).toBe('Cancelar');
    renderer.find(Input, { name: 'line-2-new-item-name' }).trigger('onChange', '' as never);
    expect(renderer.find(Input, { name: 'line-2-new-item-name' }).props.validationMessage).toBe(
      'Escribe un nombre.',
    );
  });

  it('says in Spanish that no default item is chosen', async () => {
    const { renderer, patches } = renderLine({ 'items.choices': ok(choices()) });
    renderer.find(Button, { testId: 'line-2-use-default' }).trigger('onClick');
    await renderer.waitFor(() =>
      expect(renderer.maybeFind(Text, { testId: 'line-2-item-message' })).not.toBeNull(),
    );
    expect(renderer.find(Text, { testId: 'line-2-item-message' }).text).toBe(
      'No se ha elegido un producto o servicio predeterminado para esta empresa de QuickBooks. Un administrador lo elige en la página de configuración de la aplicación.',
    );
    expect(patches).toEqual([]);
  });
});
