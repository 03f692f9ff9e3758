import {
  Alert,
  Button,
  Checkbox,
  EmptyState,
  Input,
  LoadingButton,
  Panel,
  Select,
} from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { describe, expect, it } from 'vitest';
import type {
  InvoiceDetail,
  InvoiceSummary,
  LinkCandidate,
  RecordObjectType,
} from '@qbo-invoicing/contract';
import { InvoicesCardView } from '../../src/app/cards/components/InvoicesCardView';
import { failure, listed, ok, scriptedCall } from '../support/fake-call';
import { allText } from '../support/ui';

const candidate = (overrides: Partial<LinkCandidate> = {}): LinkCandidate => ({
  realmId: '9130',
  invoiceId: '145',
  number: '1037',
  customerName: "Amy's Bird Sanctuary",
  txnDate: '2026-11-02',
  currency: 'USD',
  total: '330.16',
  balance: '320.16',
  status: 'PARTIALLY_PAID',
  linkedTo: { deals: [], contacts: [], companies: [] },
  linkedToNames: [],
  onThisRecord: false,
  ...overrides,
});

const summary = (overrides: Partial<InvoiceSummary> = {}): InvoiceSummary => ({
  realmId: '9130',
  invoiceId: '145',
  number: '1037',
  customerName: "Amy's Bird Sanctuary",
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

const companies = [
  { realmId: '9130', companyName: 'Cedar & Pine Landscaping' },
  { realmId: '9341', companyName: 'Thornbury Garden Supplies' },
];
const suggested = (extra: Array<{ invoice: LinkCandidate; reason: string }> = []) =>
  ok({
    companies,
    realmId: '9130',
    suggestions: [
      { invoice: candidate(), reason: "Customer company “Amy's Bird Sanctuary” matches." },
      ...extra,
    ],
  });

function renderCard(objectType: RecordObjectType, script: Parameters<typeof scriptedCall>[0]) {
  const renderer = createRenderer('crm.record.sidebar');
  const fake = scriptedCall({ 'invoices.listForRecord': listed([]), ...script });
  renderer.render(<InvoicesCardView objectType={objectType} timeZone="UTC" call={fake.call} />);
  const panel = () => renderer.find(Button, { testId: 'link-invoice-button' }).props.overlay!;
  const open = async () => {
    await renderer.waitFor(() =>
      expect(renderer.find(Button, { testId: 'link-invoice-button' })).toBeDefined(),
    );
    panel().find(Panel).trigger('onOpen');
  };
  const of = (op: string) => fake.calls.filter((c) => c.op === op);
  return { ...renderer, calls: fake.calls, of, panel, open };
}

describe('Link existing invoice, on each record type', () => {
  for (const [objectType, where] of [
    ['deals', 'this deal, its primary contact and its company'],
    ['contacts', 'this contact'],
    ['companies', 'this company'],
  ] as const) {
    it(`on ${objectType}: suggestions with the reason, multi-select, link, then the list reloads`, async () => {
      const { open, panel, waitFor, of } = renderCard(objectType, {
        'links.suggest': suggested([
          {
            invoice: candidate({
              invoiceId: '146',
              number: '1038',
              status: 'PAID',
              balance: '0.00',
            }),
            reason: 'Customer email birds@intuit.example matches.',
          },
          {
            invoice: candidate({
              invoiceId: '147',
              number: '1039',
              onThisRecord: true,
              linkedTo: { deals: ['12'], contacts: ['34'], companies: [] },
              linkedToNames: ['Deal Fountain install', 'Contact Amy Lauterbach'],
            }),
            reason: 'Customer email birds@intuit.example matches.',
          },
        ]),
        'links.link': ok({ linked: [summary(), summary({ invoiceId: '146' })], alreadyLinked: [] }),
      });
      await open();
      await waitFor(() => expect(allText(panel())).toContain('1038'));
      expect(of('links.suggest')[0]?.input).toEqual({ objectType, realmId: null, timeZone: 'UTC' });
      const text = allText(panel());
      expect(text).toContain("Customer company “Amy's Bird Sanctuary” matches.");
      expect(text).toContain('Already linked to this record');
      expect(text).toContain('Paid in full');
      expect(panel().find(Checkbox, { testId: 'pick-link-suggestions-147' }).props.readOnly).toBe(
        true,
      );
      const confirm = () => panel().find(LoadingButton, { testId: 'link-confirm' });
      expect(confirm().props.disabled).toBe(true);
      panel()
        .find(Checkbox, { testId: 'pick-link-suggestions-145' })
        .trigger('onChange', true as never);
      panel()
        .find(Checkbox, { testId: 'pick-link-suggestions-146' })
        .trigger('onChange', true as never);
      await waitFor(() => expect(confirm().text).toBe('Link 2 invoices'));
      confirm().trigger('onClick');
      await waitFor(() => expect(allText(panel())).toContain(`2 invoices linked to ${where}.`));
      expect(of('links.link')[0]?.input).toEqual({
        objectType,
        realmId: '9130',
        invoiceIds: ['145', '146'],
        timeZone: 'UTC',
      });
      await waitFor(() => expect(of('invoices.listForRecord')).toHaveLength(2));
    });
  }

  it('searches with every filter, pages on, and says when nothing matches', async () => {
    const { open, panel, waitFor, of } = renderCard('contacts', {
      'links.suggest': suggested(),
      'links.search': [
        ok({
          invoices: [
            candidate({
              invoiceId: '201',
              number: '2001',
              linkedTo: { deals: ['12'], contacts: [], companies: [] },
              linkedToNames: ['Deal Fountain install'],
            }),
          ],
          nextStartPosition: 21,
        }),
        ok({
          invoices: [candidate({ invoiceId: '221', number: '2021' })],
          nextStartPosition: null,
        }),
        ok({ invoices: [], nextStartPosition: null }),
      ],
    });
    await open();
    await waitFor(() => expect(allText(panel())).toContain('1037'));
    const type = (name: string, value: string) =>
      panel()
        .find(Input, { testId: `link-filter-${name}` })
        .trigger('onChange', value as never);
    type('number', '20');
    type('customerName', "Amy's");
    type('from', '2026-01-01');
    type('to', '2026-11-30');
    panel()
      .find(Select, { testId: 'link-filter-status' })
      .trigger('onChange', 'overdue' as never);
    type('minTotal', '100.00');
    type('maxTotal', '500.00');
    panel().find(Button, { testId: 'link-search' }).trigger('onClick');
    await waitFor(() => expect(allText(panel())).toContain('2001'));
    expect(allText(panel())).toContain('Linked to Deal Fountain install');
    expect(of('links.search')[0]?.input).toEqual({
      objectType: 'contacts',
      realmId: '9130',
      timeZone: 'UTC',
      startPosition: 1,
      filters: {
        number: '20',
        customerName: "Amy's",
        from: '2026-01-01',
        to: '2026-11-30',
        status: 'overdue',
        minTotal: '100.00',
        maxTotal: '500.00',
      },
    });
    panel().find(Button, { testId: 'link-more' }).trigger('onClick');
    await waitFor(() => expect(allText(panel())).toContain('2021'));
    expect(allText(panel())).toContain('2001');
    expect((of('links.search')[1]?.input as { startPosition: number }).startPosition).toBe(21);
    panel().find(Button, { testId: 'link-search' }).trigger('onClick');
    await waitFor(() =>
      expect(allText(panel())).toContain('No invoice of this company matches the search.'),
    );
  });

  it('switches the QuickBooks company, and shows empty states', async () => {
    const { open, panel, waitFor, of } = renderCard('companies', {
      'links.suggest': [
        ok({ companies, realmId: '9130', suggestions: [] }),
        ok({ companies, realmId: '9341', suggestions: [] }),
      ],
    });
    await open();
    await waitFor(() =>
      expect(allText(panel())).toContain('No QuickBooks customer matches this record'),
    );
    panel()
      .find(Select, { name: 'link-company' })
      .trigger('onChange', '9341' as never);
    await waitFor(() => expect(of('links.suggest')).toHaveLength(2));
    expect((of('links.suggest')[1]?.input as { realmId: string }).realmId).toBe('9341');

    const none = renderCard('contacts', {
      'links.suggest': ok({ companies: [], realmId: null, suggestions: [] }),
    });
    await none.open();
    await none.waitFor(() =>
      expect(none.panel().find(EmptyState).props.title).toBe('No QuickBooks company is connected'),
    );
  });

  it('shows what went wrong when suggesting or linking fails', async () => {
    const { open, panel, waitFor } = renderCard('deals', {
      'links.suggest': [failure({ message: 'QuickBooks did not answer in time.' }), suggested()],
      'links.link': failure({
        code: 'NOT_FOUND',
        message: 'QuickBooks has no invoice with id 145 in this company; nothing was linked.',
        retryable: false,
      }),
    });
    await open();
    await waitFor(() => expect(allText(panel())).toContain('QuickBooks did not answer in time.'));
    panel().find(Panel).trigger('onOpen');
    await waitFor(() => expect(allText(panel())).toContain('1037'));
    panel()
      .find(Checkbox, { testId: 'pick-link-suggestions-145' })
      .trigger('onChange', true as never);
    await waitFor(() =>
      expect(panel().find(LoadingButton, { testId: 'link-confirm' }).text).toBe('Link invoice'),
    );
    panel().find(LoadingButton, { testId: 'link-confirm' }).trigger('onClick');
    await waitFor(() => expect(allText(panel())).toContain('nothing was linked'));
  });
});

const detail = (): InvoiceDetail => ({
  invoice: summary(),
  companyName: 'Cedar & Pine Landscaping',
  customer: { id: '58', name: "Amy's Bird Sanctuary", email: null },
  billEmail: null,
  terms: null,
  lines: [],
  subtotal: '330.16',
  tax: null,
  discount: null,
  payments: [],
  message: null,
  emailStatus: 'NotSet',
  quickBooksUrl: 'https://app.sandbox.qbo.intuit.com/app/invoice?txnId=145',
  paymentLink: null,
});

describe('Unlink from the preview', () => {
  it('asks first, naming the record; Cancel changes nothing; Unlink reloads the list', async () => {
    const { waitFor, find, maybeFind, of } = renderCard('contacts', {
      'invoices.listForRecord': [listed([summary()]), listed([])],
      'invoices.preview': ok(detail()),
      'links.unlink': ok({ unlinked: true }),
    });
    await waitFor(() => expect(find(Button, { testId: 'open-invoice-9130-145' })).toBeDefined());
    const preview = () => find(Button, { testId: 'open-invoice-9130-145' }).props.overlay!;
    preview().find(Panel).trigger('onOpen');
    await waitFor(() => expect(preview().find(Button, { testId: 'preview-unlink' })).toBeDefined());
    preview().find(Button, { testId: 'preview-unlink' }).trigger('onClick');
    const titles = () =>
      preview()
        .findAll(Alert)
        .map((alert) => alert.props.title);
    await waitFor(() => expect(titles()).toContain('Unlink invoice 1037 from this contact?'));
    expect(allText(preview())).toContain('stays in QuickBooks, unchanged');
    preview().find(Button, { testId: 'unlink-cancel' }).trigger('onClick');
    await waitFor(() => expect(titles()).not.toContain('Unlink invoice 1037 from this contact?'));
    expect(of('links.unlink')).toHaveLength(0);

    preview().find(Button, { testId: 'preview-unlink' }).trigger('onClick');
    await waitFor(() =>
      expect(preview().find(LoadingButton, { testId: 'unlink-confirm' })).toBeDefined(),
    );
    preview().find(LoadingButton, { testId: 'unlink-confirm' }).trigger('onClick');
    // The list reloads without the invoice, which closes its preview.
    await waitFor(() => expect(maybeFind(Button, { testId: 'open-invoice-9130-145' })).toBeNull());
    expect(of('links.unlink')[0]?.input).toEqual({
      objectType: 'contacts',
      realmId: '9130',
      invoiceId: '145',
      timeZone: 'UTC',
    });
    await waitFor(() => expect(of('invoices.listForRecord')).toHaveLength(2));
  });

  it('says why an unlink failed and lets the rep try again', async () => {
    const { waitFor, find } = renderCard('deals', {
      'invoices.listForRecord': listed([summary()]),
      'invoices.preview': ok(detail()),
      'links.unlink': failure({ message: 'HubSpot did not answer in time.' }),
    });
    await waitFor(() => expect(find(Button, { testId: 'open-invoice-9130-145' })).toBeDefined());
    const preview = () => find(Button, { testId: 'open-invoice-9130-145' }).props.overlay!;
    preview().find(Panel).trigger('onOpen');
    await waitFor(() => expect(preview().find(Button, { testId: 'preview-unlink' })).toBeDefined());
    preview().find(Button, { testId: 'preview-unlink' }).trigger('onClick');
    await waitFor(() =>
      expect(
        preview()
          .findAll(Alert)
          .map((alert) => alert.props.title),
      ).toContain('Unlink invoice 1037 from this deal?'),
    );
    expect(allText(preview())).toContain('invoice properties are recomputed');
    preview().find(LoadingButton, { testId: 'unlink-confirm' }).trigger('onClick');
    await waitFor(() => expect(allText(preview())).toContain('HubSpot did not answer in time.'));
    expect(preview().find(LoadingButton, { testId: 'unlink-confirm' })).toBeDefined();
  });
});
