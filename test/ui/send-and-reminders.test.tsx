import {
  Alert,
  Button,
  LoadingButton,
  Modal,
  NumberInput,
  Text,
  Toggle,
} from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { describe, expect, it } from 'vitest';
import type { ConnectionView } from '@qbo-invoicing/contract';
import { CreatedStep } from '../../src/app/cards/wizard/steps/CreatedStep';
import { ConnectionsPanel } from '../../src/app/settings/components/ConnectionsPanel';
import { failure, ok, scriptedCall } from '../support/fake-call';
import { allText } from '../support/ui';
import { created } from '../support/wizard-fixtures';

describe('Send invoice right after the draft is created', () => {
  it('reads the invoice, sends it with the same form, and says where it went', async () => {
    const renderer = createRenderer('crm.record.sidebar');
    const fake = scriptedCall({
      'invoices.preview': ok({
        invoice: created().invoice,
        companyName: 'Cedar & Pine',
        customer: { id: '1', name: 'Cool Cars', email: 'cars@example.com' },
        billEmail: 'cars@example.com',
        terms: null,
        lines: [],
        subtotal: '1488.44',
        tax: null,
        discount: null,
        payments: [],
        message: null,
        emailStatus: 'NotSet',
        quickBooksUrl: 'https://app.sandbox.qbo.intuit.com/app/invoice?txnId=145',
        paymentLink: null,
      }),
      'invoices.send': ok({
        invoice: { ...created().invoice, status: 'SENT' },
        sentTo: 'cars@example.com',
        noted: true,
      }),
    });
    let reloaded = 0;
    renderer.render(
      <CreatedStep
        created={created()}
        call={fake.call}
        timeZone="UTC"
        onSent={() => (reloaded += 1)}
      />,
    );
    renderer.find(Button, { testId: 'send-after-create' }).trigger('onClick');
    await renderer.waitFor(() =>
      expect(renderer.find(LoadingButton, { testId: 'send-confirm' })).toBeDefined(),
    );
    renderer.find(LoadingButton, { testId: 'send-confirm' }).trigger('onClick');
    await renderer.waitFor(() => expect(reloaded).toBe(1));
    expect(allText(renderer.find(Text, { testId: 'sent-after-create' }))).toContain(
      'Sent to cars@example.com',
    );
    expect(fake.calls.map((c) => c.op)).toEqual(['invoices.preview', 'invoices.send']);
  });
});

describe('reminder settings', () => {
  const connection: ConnectionView = {
    realmId: '9130354',
    companyName: 'Craig’s Design and Landscaping',
    country: 'US',
    homeCurrency: 'USD',
    environment: 'sandbox',
    status: 'connected',
    lastError: null,
    refreshTokenExpiresAt: '2027-03-06T17:00:00.000Z',
    refreshTokenHardExpiresAt: '2031-11-26T17:00:00.000Z',
    lastUsedAt: '2026-11-26T17:00:00.000Z',
  };

  it('loads, edits and saves a company’s reminders, and says what was saved', async () => {
    const renderer = createRenderer('settings');
    const fake = scriptedCall({
      'connections.list': ok({ connections: [connection] }),
      'reminders.get': ok({
        realmId: '9130354',
        settings: { unsentAfterDays: null, overdue: false, paidInFull: false },
      }),
      'reminders.save': [
        failure({ message: 'HubSpot did not answer.', retryable: true }),
        ok({
          realmId: '9130354',
          settings: { unsentAfterDays: 5, overdue: true, paidInFull: false },
        }),
      ],
    });
    renderer.render(<ConnectionsPanel call={fake.call} />);
    await renderer.waitFor(() =>
      expect(renderer.find(Button, { testId: 'reminders-9130354' })).toBeDefined(),
    );
    const modal = () => renderer.find(Button, { testId: 'reminders-9130354' }).props.overlay!;
    modal().find(Modal).trigger('onOpen');
    await renderer.waitFor(() => expect(modal().findAll(Toggle)).toHaveLength(3));
    modal()
      .find(Toggle, { name: 'unsent' })
      .trigger('onChange', true as never);
    await renderer.waitFor(() => expect(modal().find(NumberInput).props.value).toBe(3));
    modal()
      .find(NumberInput)
      .trigger('onChange', 5 as never);
    modal()
      .find(Toggle, { name: 'overdue' })
      .trigger('onChange', true as never);
    await renderer.waitFor(() => expect(modal().find(NumberInput).props.value).toBe(5));
    modal().find(LoadingButton, { testId: 'save-reminders-9130354' }).trigger('onClick');
    await renderer.waitFor(() =>
      expect(modal().find(Alert).props.title).toBe('The reminders were not saved'),
    );
    modal().find(LoadingButton, { testId: 'save-reminders-9130354' }).trigger('onClick');
    await renderer.waitFor(() =>
      expect(renderer.find(Alert, { testId: 'connection-notice' }).props.title).toBe(
        'Reminders saved',
      ),
    );
    expect(allText(renderer.find(Alert, { testId: 'connection-notice' }))).toContain(
      'Craig’s Design and Landscaping: tasks for drafts unsent after 5 days and overdue invoices.',
    );
    expect(fake.calls.filter((c) => c.op === 'reminders.save').at(-1)?.input).toEqual({
      realmId: '9130354',
      settings: { unsentAfterDays: 5, overdue: true, paidInFull: false },
    });
  });
});
