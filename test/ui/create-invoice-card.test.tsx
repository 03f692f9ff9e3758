import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Button, Panel, StepIndicator, Text } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import type { ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { CreateInvoiceCardView } from '../../src/app/cards/components/CreateInvoiceCardView';
import { ok, scriptedCall } from '../support/fake-call';
import { inSpanish } from '../support/languages';
import { startData } from '../support/wizard-fixtures';

const cardsDir = join(__dirname, '..', '..', 'src', 'app', 'cards');
const meta = (file: string) =>
  JSON.parse(readFileSync(join(cardsDir, file), 'utf8')) as {
    uid: string;
    config: { location: string; entrypoint: string; objectTypes: string[] };
  };

function renderView(wrap: (card: ReactElement) => ReactElement = (card) => card) {
  const renderer = createRenderer('crm.record.sidebar');
  const fake = scriptedCall({ 'wizard.start': ok(startData()) });
  const onCreated = vi.fn();
  renderer.render(
    wrap(
      <CreateInvoiceCardView
        call={fake.call}
        timeZone="America/Los_Angeles"
        settingsUrl="https://app.hubspot.com/integrations-settings/123/installed"
        onCreated={onCreated}
      />,
    ),
  );
  return { ...renderer, calls: fake.calls, onCreated };
}

describe('the Create QuickBooks invoice card', () => {
  it('is its own card, on deals only, beside the invoices card', () => {
    const create = meta('create-invoice-card-hsmeta.json');
    const invoices = meta('invoices-card-hsmeta.json');
    expect(create.uid).not.toBe(invoices.uid);
    expect(create.config).toMatchObject({
      location: 'crm.record.sidebar',
      entrypoint: '/app/cards/CreateInvoiceCard.tsx',
      objectTypes: ['deals'],
    });
    expect(invoices.config.objectTypes).toEqual(['deals', 'contacts', 'companies']);
  });

  it('says what it does in one line and opens the wizard from Create invoice', async () => {
    const { find, waitFor, calls } = renderView();
    expect(find(Text).text).toBe(
      'Create a QuickBooks invoice from this deal, its quote or its line items.',
    );
    const button = find(Button, { testId: 'create-invoice-button' });
    expect(button.text).toBe('Create invoice');
    // Nothing is asked of QuickBooks before the rep opens the wizard.
    expect(calls).toEqual([]);
    const panel = () => find(Button, { testId: 'create-invoice-button' }).props.overlay!;
    panel().find(Panel).trigger('onOpen');
    await waitFor(() => expect(panel().maybeFind(StepIndicator)).not.toBeNull());
    expect(calls).toEqual([{ op: 'wizard.start', input: { timeZone: 'America/Los_Angeles' } }]);
  });

  it('in Spanish', () => {
    const { find } = renderView((card) => inSpanish(card, 'card', 'es-ES', 'Europe/Madrid'));
    expect(find(Text).text).toBe(
      'Crea una factura de QuickBooks a partir de este negocio, su cotización o sus partidas.',
    );
    expect(find(Button, { testId: 'create-invoice-button' }).text).toBe('Crear factura');
  });
});
