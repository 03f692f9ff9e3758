import {
  Alert,
  Button,
  Input,
  LoadingButton,
  Panel,
  Statistics,
  StatisticsItem,
} from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { describe, expect, it, vi } from 'vitest';
import type { InvoiceDetail, InvoiceSummary } from '@qbo-invoicing/contract';
import { messagesFor, MessagesProvider } from '@qbo-invoicing/ui';
import { InvoicesCardView } from '../../src/app/cards/components/InvoicesCardView';
import { failure, listed, ok, scriptedCall } from '../support/fake-call';
import { allText } from '../support/ui';

const invoice = (overrides: Partial<InvoiceSummary> = {}): InvoiceSummary => ({
  realmId: '9130',
  invoiceId: '145',
  number: '1037',
  customerName: 'Sonnenschein Family Store',
  currency: 'USD',
  total: '330.16',
  balance: '320.16',
  txnDate: '2026-11-02',
  dueDate: '2026-12-02',
  status: 'PARTIALLY_PAID',
  daysOverdue: null,
  lastUpdated: '2026-11-28T10:00:00.000Z',
  confirmedAt: '2026-11-28T10:00:00.000Z',
  ...overrides,
});

const detail = (overrides: Partial<InvoiceDetail> = {}): InvoiceDetail => ({
  invoice: invoice(),
  companyName: 'Cedar & Pine Landscaping',
  customer: { id: '58', name: 'Sonnenschein Family Store', email: 'ana@sonnenschein.example' },
  billEmail: 'billing@sonnenschein.example',
  terms: 'Net 30',
  lines: [
    {
      description: 'Hedge trimming',
      item: 'Gardening',
      quantity: '2',
      unitPrice: '165.08',
      amount: '330.16',
      taxCode: 'NON',
    },
  ],
  subtotal: '330.16',
  tax: '0.00',
  discount: null,
  payments: [
    { id: '901', date: '2026-11-28', amount: '10.00', method: 'Check', reference: '4411' },
  ],
  message: 'Thank you for your business.',
  emailStatus: 'NotSet',
  quickBooksUrl: 'https://app.sandbox.qbo.intuit.com/app/invoice?txnId=145',
  paymentLink: 'https://connect.intuit.com/pay/abc',
  ...overrides,
});

function renderCard(script: Parameters<typeof scriptedCall>[0]) {
  const renderer = createRenderer('crm.record.sidebar');
  const fake = scriptedCall(script);
  const copyText = vi.fn(async () => {});
  // As the card's entry gives it: an English user in a New York portal (moments in its zone).
  renderer.render(
    <MessagesProvider value={messagesFor('en-US', 'America/New_York')}>
      <InvoicesCardView
        objectType="deals"
        timeZone="America/New_York"
        call={fake.call}
        copyText={copyText}
      />
    </MessagesProvider>,
  );
  const openButton = () => renderer.find(Button, { testId: 'open-invoice-9130-145' });
  const panel = () => openButton().props.overlay!;
  const open = async () => {
    await renderer.waitFor(() => expect(openButton()).toBeDefined());
    panel().find(Panel).trigger('onOpen');
  };
  return { ...renderer, calls: fake.calls, copyText, panel, open };
}

describe('the list at a glance', () => {
  it('shows billed, outstanding and overdue per currency above the list', async () => {
    const { waitFor, findAll } = renderCard({
      'invoices.listForRecord': listed([invoice()], {
        totals: [
          { currency: 'EUR', billed: '80.00', outstanding: '80.00', overdue: '80.00', count: 1 },
          { currency: 'USD', billed: '330.16', outstanding: '320.16', overdue: '0.00', count: 1 },
        ],
      }),
    });
    await waitFor(() => expect(findAll(Statistics)).toHaveLength(2));
    const items = findAll(StatisticsItem).map((item) => [item.props.label, item.props.number]);
    expect(items).toEqual([
      ['Billed (EUR)', '€80.00'],
      ['Outstanding (EUR)', '€80.00'],
      ['Overdue (EUR)', '€80.00'],
      ['Billed (USD)', '$330.16'],
      ['Outstanding (USD)', '$320.16'],
      ['Overdue (USD)', '$0.00'],
    ]);
  });

  it('marks stored values as stale, with why and when they were last confirmed', async () => {
    const { waitFor, find } = renderCard({
      'invoices.listForRecord': listed([invoice()], {
        freshness: [
          {
            realmId: '9130',
            companyName: 'Cedar & Pine Landscaping',
            state: 'stale',
            confirmedAt: '2026-11-28T15:05:00.000Z',
            reason: 'QuickBooks (Cedar & Pine Landscaping) did not answer in time.',
          },
        ],
      }),
    });
    await waitFor(() => expect(find(Alert)).toBeDefined());
    expect(find(Alert).props.title).toBe('Cedar & Pine Landscaping: showing saved values');
    expect(allText(find(Alert))).toContain('did not answer in time');
    expect(allText(find(Alert))).toContain('Last confirmed Nov 28, 2026, 10:05 AM');
  });
});

describe('the invoice preview', () => {
  it('opens from the number and shows the invoice as QuickBooks has it now', async () => {
    const { open, panel, waitFor, calls, copyText } = renderCard({
      'invoices.listForRecord': listed([invoice()]),
      'invoices.preview': ok(detail()),
    });
    await open();
    await waitFor(() => expect(allText(panel())).toContain('Invoice 1037'));
    expect(calls.find((c) => c.op === 'invoices.preview')?.input).toEqual({
      objectType: 'deals',
      realmId: '9130',
      invoiceId: '145',
      timeZone: 'America/New_York',
    });
    const text = allText(panel());
    for (const expected of [
      'Sonnenschein Family Store',
      'billing@sonnenschein.example',
      'Net 30',
      'Gardening',
      'Hedge trimming',
      '$330.16',
      '$320.16',
      'Check · ref. 4411',
      'Thank you for your business.',
      'Partial payment',
      'Open in QuickBooks',
    ])
      expect(text).toContain(expected);
    panel().find(Button, { testId: 'preview-copy-payment-link' }).trigger('onClick');
    await waitFor(() =>
      expect(copyText).toHaveBeenCalledWith('https://connect.intuit.com/pay/abc'),
    );
  });

  it('says why a deleted invoice cannot be opened, with Retry', async () => {
    const { open, panel, waitFor } = renderCard({
      'invoices.listForRecord': listed([invoice()]),
      'invoices.preview': [
        failure({ code: 'NOT_FOUND', message: 'Invoice 1037 was deleted in QuickBooks.' }),
        ok(detail()),
      ],
    });
    await open();
    await waitFor(() => expect(allText(panel())).toContain('deleted in QuickBooks'));
    panel().find(Button, { testId: 'preview-retry' }).trigger('onClick');
    await waitFor(() => expect(allText(panel())).toContain('Invoice 1037'));
  });
});

describe('send from HubSpot', () => {
  it('sends to the billing email, then the list and the preview reload', async () => {
    const { open, panel, waitFor, calls } = renderCard({
      'invoices.listForRecord': [listed([invoice()]), listed([invoice({ status: 'SENT' })])],
      'invoices.preview': [ok(detail()), ok(detail({ emailStatus: 'EmailSent' }))],
      'invoices.send': ok({
        invoice: invoice({ status: 'SENT' }),
        sentTo: 'billing@sonnenschein.example',
        noted: true,
      }),
    });
    await open();
    await waitFor(() => expect(panel().find(Button, { testId: 'preview-send' })).toBeDefined());
    panel().find(Button, { testId: 'preview-send' }).trigger('onClick');
    await waitFor(() =>
      expect(panel().find(Input, { testId: 'send-to' }).props.value).toBe(
        'billing@sonnenschein.example',
      ),
    );
    expect(panel().find(LoadingButton, { testId: 'send-confirm' }).text).toBe('Send invoice');
    panel().find(LoadingButton, { testId: 'send-confirm' }).trigger('onClick');
    await waitFor(() =>
      expect(calls.filter((c) => c.op === 'invoices.listForRecord')).toHaveLength(2),
    );
    const sent = calls.find((c) => c.op === 'invoices.send')?.input as Record<string, unknown>;
    expect(sent).toMatchObject({
      realmId: '9130',
      invoiceId: '145',
      sendTo: null,
      confirmResend: false,
    });
    expect(sent.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('asks first before sending an invoice QuickBooks already emailed, and checks the address', async () => {
    const { open, panel, waitFor, calls } = renderCard({
      'invoices.listForRecord': listed([invoice()]),
      'invoices.preview': ok(detail({ emailStatus: 'EmailSent' })),
      'invoices.send': failure({
        code: 'QUICKBOOKS_REJECTED',
        message: 'QuickBooks could not email the invoice.',
      }),
    });
    await open();
    await waitFor(() => expect(panel().find(Button, { testId: 'preview-send' })).toBeDefined());
    panel().find(Button, { testId: 'preview-send' }).trigger('onClick');
    const alertTitles = () =>
      panel()
        .findAll(Alert)
        .map((alert) => alert.props.title);
    await waitFor(() => expect(alertTitles()).toContain('Already sent'));
    expect(panel().find(LoadingButton, { testId: 'send-confirm' }).text).toBe('Send again');

    panel()
      .find(Input, { testId: 'send-to' })
      .trigger('onInput', 'not-an-address' as never);
    await waitFor(() =>
      expect(panel().find(LoadingButton, { testId: 'send-confirm' }).props.disabled).toBe(true),
    );
    expect(panel().find(Input, { testId: 'send-to' }).props.error).toBe(true);

    panel()
      .find(Input, { testId: 'send-to' })
      .trigger('onInput', 'ana@example.com' as never);
    await waitFor(() =>
      expect(panel().find(LoadingButton, { testId: 'send-confirm' }).props.disabled).toBe(false),
    );
    panel().find(LoadingButton, { testId: 'send-confirm' }).trigger('onClick');
    await waitFor(() => expect(alertTitles()).toContain('The invoice was not sent'));
    expect(allText(panel())).toContain('QuickBooks could not email the invoice.');
    expect(calls.find((c) => c.op === 'invoices.send')?.input).toMatchObject({
      sendTo: 'ana@example.com',
      confirmResend: true,
    });
  });
});
