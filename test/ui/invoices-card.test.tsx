import {
  Alert,
  Button,
  EmptyState,
  ErrorState,
  Link,
  LoadingSpinner,
  StatusTag,
  TableRow,
} from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { describe, expect, it } from 'vitest';
import {
  dealInvoiceProperties,
  InvoicesCardView,
} from '../../src/app/cards/components/InvoicesCardView';
import type { InvoiceSummary } from '@qbo-invoicing/contract';
import { failure, listed, scriptedCall } from '../support/fake-call';
import { allText } from '../support/ui';

const invoice = (overrides: Partial<InvoiceSummary> = {}): InvoiceSummary => ({
  realmId: '9130',
  invoiceId: '101',
  number: '1001',
  customerName: 'Amy’s Bird Sanctuary',
  currency: 'USD',
  total: '1250.00',
  balance: '1250.00',
  txnDate: '2026-11-01',
  dueDate: '2026-12-01',
  status: 'AWAITING_SEND',
  daysOverdue: null,
  lastUpdated: '2026-11-01T10:00:00.000Z',
  confirmedAt: '2026-11-01T10:00:00.000Z',
  ...overrides,
});

function renderCard(
  script: Parameters<typeof scriptedCall>[0],
  objectType: 'deals' | 'contacts' | 'companies' = 'deals',
) {
  const renderer = createRenderer('crm.record.sidebar');
  const fake = scriptedCall(script);
  renderer.render(
    <InvoicesCardView objectType={objectType} timeZone="Europe/London" call={fake.call} />,
  );
  return { ...renderer, calls: fake.calls };
}

describe('QuickBooks invoices card', () => {
  it('shows a spinner while the invoices load', () => {
    const { find } = renderCard({ 'invoices.listForRecord': () => new Promise(() => {}) });
    expect(find(LoadingSpinner).props.label).toBe('Loading QuickBooks invoices');
  });

  it('asks for the record type it is on and the portal time zone', async () => {
    const { calls, waitFor, find } = renderCard(
      { 'invoices.listForRecord': listed([]) },
      'companies',
    );
    await waitFor(() => expect(find(EmptyState)).toBeDefined());
    expect(calls.filter((c) => c.op === 'invoices.listForRecord')).toEqual([
      {
        op: 'invoices.listForRecord',
        input: { objectType: 'companies', timeZone: 'Europe/London' },
      },
    ]);
  });

  it('says clearly when the record has no invoices', async () => {
    const { waitFor, find } = renderCard({ 'invoices.listForRecord': listed([]) });
    await waitFor(() => expect(find(EmptyState).props.title).toBe('No QuickBooks invoices yet'));
  });

  it('lists each invoice with number, customer, balance, total, due date and a status tag', async () => {
    const { waitFor, findAll } = renderCard({
      'invoices.listForRecord': listed([
        invoice(),
        invoice({
          invoiceId: '102',
          number: null,
          status: 'OVERDUE',
          daysOverdue: 3,
          balance: '200.5',
          currency: 'EUR',
        }),
        invoice({ invoiceId: '103', number: '1003', status: 'PAID', balance: '0.00' }),
      ]),
    });
    await waitFor(() => expect(findAll(StatusTag)).toHaveLength(3));
    const rows = findAll(TableRow).slice(1); // the first row is the header
    expect(allText(rows[0])).toContain('1001');
    expect(allText(rows[0])).toContain('Amy’s Bird Sanctuary');
    expect(allText(rows[0])).toContain('$1,250.00');
    expect(allText(rows[0])).toContain('Dec 1, 2026');
    expect(allText(rows[1])).toContain('#102');
    expect(allText(rows[1])).toContain('€200.50');
    const tags = findAll(StatusTag).map((tag) => [tag.text, tag.props.variant]);
    expect(tags).toEqual([
      ['Awaiting send', 'default'],
      ['Overdue · 3 days', 'danger'],
      ['Paid in full', 'success'],
    ]);
  });

  it('shows the error with its fix, and Retry loads again', async () => {
    const { waitFor, find, findAll, calls } = renderCard({
      'invoices.listForRecord': [
        failure({
          code: 'HUBSPOT_REJECTED',
          message: 'HubSpot did not answer in time.',
          fix: 'Try again in a moment.',
          retryable: true,
        }),
        listed([invoice()]),
      ],
    });
    await waitFor(() =>
      expect(find(ErrorState).props.title).toBe('The QuickBooks invoices could not be loaded'),
    );
    expect(allText(find(ErrorState))).toContain('HubSpot did not answer in time.');
    expect(allText(find(ErrorState))).toContain('Try again in a moment.');
    find(Button, { testId: 'retry' }).trigger('onClick');
    await waitFor(() => expect(findAll(StatusTag)).toHaveLength(1));
    expect(calls).toHaveLength(2);
  });

  it('before setup, shows the one next step (the settings page) and no Link button', async () => {
    const { waitFor, find, maybeFind } = renderCard({
      'invoices.listForRecord': failure({
        code: 'NOT_SET_UP',
        message: 'The app is not set up yet.',
        retryable: false,
      }),
    });
    await waitFor(() =>
      expect(find(EmptyState).props.title).toBe('QuickBooks invoicing is not set up yet'),
    );
    expect(find(Link, { testId: 'open-settings' }).props.href).toMatchObject({
      url: expect.stringContaining('https://app.hubspot.com/'),
    });
    expect(maybeFind(Button, { testId: 'link-invoice-button' })).toBeNull();
  });

  it('with no QuickBooks company connected, says who connects one and where, with no Link button', async () => {
    const { waitFor, find, maybeFind } = renderCard({
      'invoices.listForRecord': listed([], { companies: 'none' }),
    });
    await waitFor(() => expect(find(Alert).props.title).toBe('No QuickBooks company is connected'));
    expect(allText(find(Alert))).toContain('An admin connects one on the app’s settings page');
    expect(find(Link, { testId: 'open-settings' }).text).toBe('Open the app’s settings');
    expect(maybeFind(Button, { testId: 'link-invoice-button' })).toBeNull();
  });

  it('when every company needs reconnecting, keeps the invoices in view and points to the settings', async () => {
    const { waitFor, find, findAll, maybeFind } = renderCard({
      'invoices.listForRecord': listed([invoice()], { companies: 'needs_attention' }),
    });
    await waitFor(() => expect(findAll(StatusTag)).toHaveLength(1));
    expect(find(Alert).props.title).toBe('The QuickBooks company needs an admin');
    expect(find(Link, { testId: 'open-settings' })).toBeDefined();
    expect(maybeFind(Button, { testId: 'link-invoice-button' })).toBeNull();
  });
});

describe('the invoices card follows a new invoice', () => {
  function renderListening(objectType: 'deals' | 'contacts') {
    const renderer = createRenderer('crm.record.sidebar');
    const fake = scriptedCall({
      'invoices.listForRecord': [listed([]), listed([invoice({ number: '1002' })])],
    });
    const listeners: Array<{ properties: string[]; callback: () => void }> = [];
    renderer.render(
      <InvoicesCardView
        objectType={objectType}
        timeZone="Europe/London"
        call={fake.call}
        onPropertiesUpdate={(properties, callback) => listeners.push({ properties, callback })}
      />,
    );
    return { ...renderer, calls: fake.calls, listeners };
  }

  it('on a deal, reloads its list when the deal’s invoice properties change', async () => {
    const { waitFor, findAll, calls, listeners } = renderListening('deals');
    await waitFor(() =>
      expect(findAll(EmptyState).map((e) => e.props.title)).toContain('No QuickBooks invoices yet'),
    );
    expect(listeners.map((l) => l.properties)).toEqual([dealInvoiceProperties]);
    expect(findAll(StatusTag)).toHaveLength(0);
    // What HubSpot does after the Create QuickBooks invoice card's refreshObjectProperties.
    listeners[0]?.callback();
    await waitFor(() => expect(findAll(StatusTag)).toHaveLength(1));
    expect(calls.filter((c) => c.op === 'invoices.listForRecord')).toHaveLength(2);
    expect(allText(findAll(TableRow)[1]!)).toContain('1002');
  });

  it('on a contact, does not listen: invoices are created from deals', async () => {
    const { waitFor, findAll, listeners } = renderListening('contacts');
    await waitFor(() =>
      expect(findAll(EmptyState).map((e) => e.props.title)).toContain('No QuickBooks invoices yet'),
    );
    expect(listeners).toEqual([]);
  });

  it('offers no Create invoice button: the Create QuickBooks invoice card does', async () => {
    const { waitFor, find, maybeFind, calls } = renderListening('deals');
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(find(Button, { testId: 'link-invoice-button' })).toBeDefined();
    expect(maybeFind(Button, { testId: 'create-invoice-button' })).toBeNull();
  });
});
