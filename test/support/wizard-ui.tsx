import { Button, LoadingButton, Panel, StepIndicator, ToggleGroup } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { expect } from 'vitest';
import { InvoicesCardView } from '../../src/app/cards/components/InvoicesCardView';
import type { RecordObjectType } from '@qbo-invoicing/contract';
import { listed, scriptedCall } from './fake-call';
import { inSpanish } from './languages';

export type Script = Parameters<typeof scriptedCall>[0];

/**
 * The card on a record with a scripted `call`, and the moves a rep makes in the Create invoice
 * panel. The panel is the overlay of the card's Create invoice button. `language: 'es'` shows it
 * to a rep in Spain (es-ES, Europe/Madrid).
 */
export function renderCard(
  script: Script,
  objectType: RecordObjectType = 'deals',
  language: 'en' | 'es' = 'en',
) {
  const renderer = createRenderer('crm.record.sidebar');
  const fake = scriptedCall({ 'invoices.listForRecord': listed([]), ...script });
  const card = (
    <InvoicesCardView
      objectType={objectType}
      timeZone="America/Los_Angeles"
      call={fake.call}
      settingsUrl="https://app.hubspot.com/integrations-settings/123/installed"
    />
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
  return { ...renderer, calls: fake.calls, panel, step, click, open, next, chooseSource };
}

/** The inputs sent to one operation, in order. */
export const inputs = (calls: Array<{ op: string; input: unknown }>, op: string) =>
  calls.filter((c) => c.op === op).map((c) => c.input);
