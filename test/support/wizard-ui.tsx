import { Button, LoadingButton, Panel, StepIndicator, ToggleGroup } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { expect, vi } from 'vitest';
import { CreateInvoiceCardView } from '../../src/app/cards/components/CreateInvoiceCardView';
import {
  dealInvoiceProperties,
  InvoicesCardView,
} from '../../src/app/cards/components/InvoicesCardView';
import type { RecordObjectType } from '@qbo-invoicing/contract';
import { listed, scriptedCall } from './fake-call';
import { inSpanish } from './languages';

export type Script = Parameters<typeof scriptedCall>[0];

/**
 * The record's sidebar with a scripted `call`: the invoices card and, on deals, the Create
 * QuickBooks invoice card, joined as HubSpot joins them (the create card's
 * `refreshObjectProperties` reaches the invoices card's `onCrmPropertiesUpdate` listener); and the
 * moves a rep makes in the Create invoice panel, the overlay of the create card's button.
 * `language: 'es'` shows it to a rep in Spain (es-ES, Europe/Madrid).
 */
export function renderCard(
  script: Script,
  objectType: RecordObjectType = 'deals',
  language: 'en' | 'es' = 'en',
) {
  const renderer = createRenderer('crm.record.sidebar');
  const fake = scriptedCall({ 'invoices.listForRecord': listed([]), ...script });
  const settingsUrl = 'https://app.hubspot.com/integrations-settings/123/installed';
  const listeners: Array<{ properties: string[]; callback: () => void }> = [];
  const refreshObjectProperties = vi.fn(() => {
    // The create writes the deal's invoice properties; HubSpot tells whoever listens to them.
    for (const { properties, callback } of listeners)
      if (properties.some((name) => dealInvoiceProperties.includes(name))) callback();
  });
  const card = (
    <>
      <InvoicesCardView
        objectType={objectType}
        timeZone="America/Los_Angeles"
        call={fake.call}
        settingsUrl={settingsUrl}
        onPropertiesUpdate={(properties, callback) => listeners.push({ properties, callback })}
      />
      {objectType === 'deals' ? (
        <CreateInvoiceCardView
          call={fake.call}
          timeZone="America/Los_Angeles"
          settingsUrl={settingsUrl}
          onCreated={refreshObjectProperties}
        />
      ) : null}
    </>
  );
  renderer.render(language === 'es' ? inSpanish(card) : card);
  const panel = () => renderer.find(Button, { testId: 'create-invoice-button' }).props.overlay!;
  const step = () => panel().find(StepIndicator).props.currentStep;
  const click = async (testId: string) => {
    await renderer.waitFor(() =>
      expect(panel().find(LoadingButton, { testId }).props.disabled).toBeFalsy(),
    );
    panel().find(LoadingButton, { testId }).trigger('onClick');
  };
  const open = async () => {
    await renderer.waitFor(() =>
      expect(renderer.find(Button, { testId: 'create-invoice-button' })).toBeDefined(),
    );
    panel().find(Panel).trigger('onOpen');
    await renderer.waitFor(() => expect(panel().maybeFind(StepIndicator)).not.toBeNull());
  };
  /** Next, then wait for the step indicator to show `expected` (0 = Account). */
  const next = async (expected: number) => {
    await click('next');
    await renderer.waitFor(() => expect(step()).toBe(expected));
  };
  const chooseSource = (value: string) =>
    panel()
      .find(ToggleGroup)
      .trigger('onChange', value as never);
  return {
    ...renderer,
    calls: fake.calls,
    panel,
    step,
    click,
    open,
    next,
    chooseSource,
    refreshObjectProperties,
  };
}

/** The inputs sent to one operation, in order. */
export const inputs = (calls: Array<{ op: string; input: unknown }>, op: string) =>
  calls.filter((c) => c.op === op).map((c) => c.input);
