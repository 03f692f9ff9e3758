import {
  Alert,
  Button,
  DateInput,
  Input,
  Link,
  LoadingButton,
  SearchInput,
  Select,
  StepIndicator,
  Table,
  Text,
  Tile,
  ToggleGroup,
} from '@hubspot/ui-extensions';
import { describe, expect, it } from 'vitest';
import { failure, listed, ok } from '../support/fake-call';
import { inputs, renderCard } from '../support/wizard-ui';
import { allText } from '../support/ui';
import {
  created,
  customer,
  globalPrepared,
  item,
  review,
  startData,
  usPrepared,
  usQuoteDraft,
} from '../support/wizard-fixtures';

describe('Create invoice wizard', () => {
  it('is offered on deals only', async () => {
    const { waitFor, maybeFind, find } = renderCard({}, 'contacts');
    await waitFor(() => expect(find(Text)).toBeDefined());
    expect(maybeFind(Button, { testId: 'create-invoice-button' })).toBeNull();
  });

  it('creates an invoice from the quote in a US company, resolving an unmatched line', async () => {
    const engraving = item({ id: '12', name: 'Engraving', sku: 'ENG-1', unitPrice: '600.00' });
    const card = renderCard({
      'invoices.listForRecord': [listed([]), listed([created().invoice])],
      'wizard.start': ok(startData()),
      'wizard.prepare': ok(usPrepared()),
      'items.search': ok({ items: [engraving], nextStartPosition: null }),
      'wizard.review': ok(review()),
      'invoices.createDraft': ok(created()),
    });
    const { waitFor, panel, step, click, calls } = card;
    await card.open();
    expect(step()).toBe(1); // one usable company: straight to the source
    // A quote that cannot be chosen says why.
    const options = panel().find(ToggleGroup).props.options;
    expect(options.find((o) => o.value === 'quote:502')).toMatchObject({
      readOnly: true,
      description: 'It expired on Oct 1, 2026.',
    });
    panel()
      .find(ToggleGroup)
      .trigger('onChange', 'quote:501' as never);
    await click('next');
    await waitFor(() => expect(step()).toBe(2));
    expect(allText(panel().find(Tile, { testId: 'chosen-customer' }))).toContain(
      'Email grace@coolcars.example matches this customer.',
    );
    await click('next');
    await waitFor(() => expect(step()).toBe(3));
    expect(panel().find(Text, { testId: 'why-not-next' }).text).toContain('Custom engraving');
    expect(panel().find(LoadingButton, { testId: 'next' }).props.disabled).toBe(true);
    panel()
      .find(SearchInput, { name: 'productSearch' })
      .trigger('onChange', 'engr' as never);
    await waitFor(() =>
      expect(panel().maybeFind(Select, { name: 'productResult' })).not.toBeNull(),
    );
    panel()
      .find(Select, { name: 'productResult' })
      .trigger('onChange', '12' as never);
    await click('next');
    await waitFor(() => expect(step()).toBe(4));
    expect(panel().find(DateInput, { name: 'dueDate' }).props.value).toEqual({
      year: 2026,
      month: 11,
      date: 26,
    });
    await click('next');
    await waitFor(() => expect(step()).toBe(5));
    await click('next');
    await waitFor(() => expect(step()).toBe(6));
    await waitFor(() =>
      expect(panel().maybeFind(Text, { testId: 'checks-passed' })).not.toBeNull(),
    );
    expect(allText(panel().find(Text, { testId: 'checks-passed' }))).toBe('All checks passed.');
    await click('create-invoice');
    await waitFor(() => expect(panel().maybeFind(Alert, { testId: 'created' })).not.toBeNull());
    // Done means done: Send invoice in the body; Open in QuickBooks and Close in the footer.
    expect(panel().find(Button, { testId: 'send-after-create' })).toBeDefined();
    expect(panel().find(Button, { testId: 'close-wizard' })).toBeDefined();
    expect(panel().find(Button, { testId: 'open-in-quickbooks' }).props.href).toEqual({
      url: 'https://app.sandbox.qbo.intuit.com/app/invoice?txnId=145',
      external: true,
    });

    const draft = usQuoteDraft();
    expect(inputs(calls, 'wizard.start')).toEqual([{ timeZone: 'America/Los_Angeles' }]);
    expect(inputs(calls, 'wizard.prepare')).toEqual([
      {
        realmId: '9130001',
        source: { kind: 'quote', quoteId: '501' },
        timeZone: 'America/Los_Angeles',
      },
    ]);
    expect(inputs(calls, 'items.search')).toEqual([
      { realmId: '9130001', text: 'engr', startPosition: 1 },
    ]);
    expect(inputs(calls, 'wizard.review')).toEqual([{ draft }]);
    expect(inputs(calls, 'invoices.createDraft')).toEqual([
      { submissionId: 'run-0001-abcd', draft, timeZone: 'America/Los_Angeles' },
    ]);
    // The create card asked HubSpot to read the deal's properties again; the invoices card, told
    // its invoice properties changed, loaded its list again and shows the new invoice.
    expect(card.refreshObjectProperties).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(inputs(calls, 'invoices.listForRecord')).toHaveLength(2));
    await waitFor(() => expect(card.maybeFind(Table)).not.toBeNull());
    expect(allText(card.find(Table))).toContain('1038 Cool Cars');
  });

  it('runs from scratch in a GB multi-currency company with its own numbering and a EUR customer', async () => {
    const euro = customer({
      id: '77',
      displayName: 'Société Générale',
      currency: 'EUR',
      termId: null,
      email: 'ap@sg.example',
    });
    const card = renderCard({
      'wizard.start': ok(
        startData({
          companies: [
            {
              realmId: '9130002',
              companyName: 'Brightwater Ltd',
              country: 'GB',
              homeCurrency: 'GBP',
              usable: true,
              reason: null,
              multiCurrency: true,
            },
          ],
        }),
      ),
      'wizard.prepare': ok(globalPrepared()),
      'customers.search': ok({ customers: [euro], nextStartPosition: null }),
      'items.search': ok({
        items: [item({ id: '31', name: 'Consulting', unitPrice: '120.00', salesTaxCodeId: '20' })],
        nextStartPosition: null,
      }),
      'wizard.review': ok(
        review({
          totals: {
            currency: 'EUR',
            subtotal: '240.00',
            discount: '0.00',
            tax: '40.00',
            total: '240.00',
          },
          exchangeRate: {
            sourceCurrency: 'EUR',
            homeCurrency: 'GBP',
            rate: '0.8612',
            asOfDate: '2026-11-26',
          },
          checks: [
            {
              id: 'currencyMismatch',
              severity: 'warning',
              message: 'The invoice is in EUR and the deal in GBP.',
              fix: 'The deal’s invoice properties will not follow this invoice.',
            },
          ],
        }),
      ),
      'invoices.createDraft': ok(created({ dealPropertiesUpdated: false })),
    });
    const { waitFor, panel, step, click, calls } = card;
    await card.open();
    panel()
      .find(ToggleGroup)
      .trigger('onChange', 'scratch' as never);
    await click('next');
    await waitFor(() => expect(step()).toBe(2));
    expect(panel().find(Text, { testId: 'no-match' })).toBeDefined();
    panel()
      .find(SearchInput, { name: 'customerSearch' })
      .trigger('onChange', 'Soci' as never);
    await waitFor(() =>
      expect(panel().maybeFind(Select, { name: 'customerResult' })).not.toBeNull(),
    );
    panel()
      .find(Select, { name: 'customerResult' })
      .trigger('onChange', '77' as never);
    await click('next');
    await waitFor(() => expect(step()).toBe(3));
    panel()
      .find(SearchInput, { name: 'productSearch' })
      .trigger('onChange', 'cons' as never);
    await waitFor(() =>
      expect(panel().maybeFind(Select, { name: 'productResult' })).not.toBeNull(),
    );
    panel()
      .find(Select, { name: 'productResult' })
      .trigger('onChange', '31' as never);
    await waitFor(() =>
      expect(panel().find(Input, { name: 'line-1-rate' }).props.value).toBe('120.00'),
    );
    panel()
      .find(Input, { name: 'line-1-quantity' })
      .trigger('onChange', '2' as never);
    panel()
      .find(Select, { name: 'globalTaxCalculation' })
      .trigger('onChange', 'TaxInclusive' as never);
    await waitFor(() =>
      expect(panel().find(Text, { testId: 'line-1-amount' }).text).toBe('€240.00'),
    );
    await click('next');
    await waitFor(() => expect(step()).toBe(4));
    await click('next');
    await waitFor(() => expect(step()).toBe(5));
    expect(panel().find(Input, { name: 'docNumber' }).props.value).toBe('INV-0043');
    panel()
      .find(Input, { name: 'docNumber' })
      .trigger('onChange', 'INV-0050' as never);
    await click('next');
    await waitFor(() =>
      expect(panel().maybeFind(Text, { testId: 'exchange-rate' })).not.toBeNull(),
    );
    expect(panel().find(Text, { testId: 'exchange-rate' }).text).toBe(
      'Exchange rate sent to QuickBooks: 1 EUR = 0.8612 GBP (Nov 26, 2026)',
    );
    expect(allText(panel().find(Alert, { testId: 'check-currencyMismatch' }))).toContain(
      'will not follow this invoice',
    );
    await click('create-invoice');
    await waitFor(() => expect(panel().maybeFind(Alert, { testId: 'created' })).not.toBeNull());
    expect(allText(panel())).toContain('left alone: this invoice is in another currency');
    const draft = {
      realmId: '9130002',
      source: { kind: 'scratch' },
      customerId: '77',
      currency: 'EUR',
      lines: [
        {
          itemId: '31',
          description: 'Custom design',
          quantity: '2',
          unitPrice: '120.00',
          serviceDate: null,
          taxCodeId: '20',
          taxable: false,
        },
      ],
      discount: null,
      txnTaxCodeId: null,
      globalTaxCalculation: 'TaxInclusive',
      termId: '3',
      txnDate: '2026-11-26',
      dueDate: '2026-12-26',
      customerMemo: '',
      docNumber: 'INV-0050',
    };
    expect(inputs(calls, 'wizard.prepare')).toEqual([
      { realmId: '9130002', source: { kind: 'scratch' }, timeZone: 'America/Los_Angeles' },
    ]);
    expect(inputs(calls, 'customers.search')).toEqual([
      { realmId: '9130002', text: 'Soci', startPosition: 1 },
    ]);
    expect(inputs(calls, 'items.search')).toEqual([
      { realmId: '9130002', text: 'cons', startPosition: 1 },
    ]);
    expect(inputs(calls, 'wizard.review')).toEqual([{ draft }]);
    expect(inputs(calls, 'invoices.createDraft')).toEqual([
      { submissionId: 'run-0001-abcd', draft, timeZone: 'America/Los_Angeles' },
    ]);
  });

  it('pages through a server-side customer search with Show more', async () => {
    const first = Array.from({ length: 20 }, (_, n) =>
      customer({ id: String(100 + n), displayName: `Customer ${n + 1}` }),
    );
    const card = renderCard({
      'wizard.start': ok(startData()),
      'wizard.prepare': ok(usPrepared({ customerMatch: null })),
      'customers.search': [
        ok({ customers: first, nextStartPosition: 21 }),
        ok({
          customers: [customer({ id: '200', displayName: 'Customer 21' })],
          nextStartPosition: null,
        }),
      ],
    });
    const { waitFor, panel, step, click, calls } = card;
    await card.open();
    panel()
      .find(ToggleGroup)
      .trigger('onChange', 'quote:501' as never);
    await click('next');
    await waitFor(() => expect(step()).toBe(2));
    panel()
      .find(SearchInput, { name: 'customerSearch' })
      .trigger('onChange', 'Cust' as never);
    await waitFor(() =>
      expect(panel().maybeFind(Button, { testId: 'more-customers' })).not.toBeNull(),
    );
    panel().find(Button, { testId: 'more-customers' }).trigger('onClick');
    await waitFor(() =>
      expect(panel().find(Select, { name: 'customerResult' }).props.options).toHaveLength(21),
    );
    expect(panel().maybeFind(Button, { testId: 'more-customers' })).toBeNull();
    expect(inputs(calls, 'customers.search')).toEqual([
      { realmId: '9130001', text: 'Cust', startPosition: 1 },
      { realmId: '9130001', text: 'Cust', startPosition: 21 },
    ]);
  });

  it('creates a new customer, offering a free name when the one wanted is taken by a vendor', async () => {
    const card = renderCard({
      'wizard.start': ok(startData()),
      'wizard.prepare': ok(usPrepared({ customerMatch: null })),
      'customers.create': [
        ok({
          outcome: 'nameTaken',
          takenBy: 'vendor',
          suggestedName: 'Cool Cars (2)',
          message: 'A vendor is already called “Cool Cars”.',
        }),
        ok({ outcome: 'created', customer: customer({ id: '90', displayName: 'Cool Cars (2)' }) }),
      ],
    });
    const { waitFor, panel, step, click, calls } = card;
    await card.open();
    panel()
      .find(ToggleGroup)
      .trigger('onChange', 'quote:501' as never);
    await click('next');
    await waitFor(() => expect(step()).toBe(2));
    panel().find(Button, { testId: 'new-customer-button' }).trigger('onClick');
    await waitFor(() =>
      expect(panel().find(Input, { name: 'displayName' }).props.value).toBe('Cool Cars'),
    );
    await click('create-customer');
    await waitFor(() =>
      expect(panel().find(Input, { name: 'displayName' }).props.value).toBe('Cool Cars (2)'),
    );
    expect(allText(panel().find(Alert, { testId: 'create-customer-message' }))).toContain(
      'A vendor is already called',
    );
    await click('create-customer');
    await waitFor(() =>
      expect(allText(panel().find(Tile, { testId: 'chosen-customer' }))).toContain('Cool Cars (2)'),
    );
    await waitFor(() =>
      expect(panel().find(LoadingButton, { testId: 'next' }).props.disabled).toBe(false),
    );
    const sent = inputs(calls, 'customers.create') as Array<{
      submissionId: string;
      customer: { displayName: string; email: string };
    }>;
    expect(sent.map((s) => [s.submissionId, s.customer.displayName, s.customer.email])).toEqual([
      ['run-0001-abcd', 'Cool Cars', 'grace@coolcars.example'],
      ['run-0001-abcd', 'Cool Cars (2)', 'grace@coolcars.example'],
    ]);
  });

  it('shows every pre-flight check; errors block creating, warnings do not', async () => {
    const checks = [
      {
        id: 'customerEmail',
        severity: 'error',
        message: 'Cool Cars has no email address.',
        fix: 'Add one in QuickBooks.',
      },
      {
        id: 'inactiveItem',
        severity: 'error',
        message: 'Design is inactive.',
        fix: 'Pick another product.',
      },
      {
        id: 'missingTaxCode',
        severity: 'error',
        message: 'Line 1 has no tax code.',
        fix: 'Choose one.',
      },
      {
        id: 'currencyMismatch',
        severity: 'warning',
        message: 'EUR vs USD.',
        fix: 'Deal properties stay.',
      },
      {
        id: 'closedPeriod',
        severity: 'error',
        message: 'The books are closed until Oct 31, 2026.',
        fix: 'Date the invoice after it.',
      },
      {
        id: 'numberTaken',
        severity: 'error',
        message: 'INV-0043 is already used.',
        fix: 'Use INV-0044.',
      },
    ] as const;
    const card = renderCard({
      'wizard.start': ok(startData()),
      'wizard.prepare': ok(usPrepared({ lines: [usPrepared().lines[0]!] })),
      'wizard.review': ok(review({ checks: [...checks] })),
    });
    const { waitFor, panel, step, click } = card;
    await card.open();
    panel()
      .find(ToggleGroup)
      .trigger('onChange', 'quote:501' as never);
    for (const expected of [2, 3, 4, 5, 6]) {
      await click('next');
      await waitFor(() => expect(step()).toBe(expected));
    }
    await waitFor(() =>
      expect(panel().maybeFind(Alert, { testId: 'check-numberTaken' })).not.toBeNull(),
    );
    for (const check of checks) {
      const alert = panel().find(Alert, { testId: `check-${check.id}` });
      expect(alert.props.variant).toBe(check.severity === 'error' ? 'danger' : 'warning');
      expect(allText(alert)).toContain(`${check.message} ${check.fix}`);
    }
    expect(panel().find(LoadingButton, { testId: 'create-invoice' }).props.disabled).toBe(true);
  });

  it('keeps everything after a failed create and retries with the same submission id', async () => {
    const card = renderCard({
      'wizard.start': ok(startData()),
      'wizard.prepare': ok(usPrepared({ lines: [usPrepared().lines[0]!] })),
      'wizard.review': ok(review()),
      'invoices.createDraft': [
        failure({
          message: 'QuickBooks did not answer in time.',
          fix: 'Retry: the invoice will not be created twice.',
        }),
        ok(created()),
      ],
    });
    const { waitFor, panel, step, click, calls } = card;
    await card.open();
    panel()
      .find(ToggleGroup)
      .trigger('onChange', 'quote:501' as never);
    for (const expected of [2, 3, 4, 5, 6]) {
      await click('next');
      await waitFor(() => expect(step()).toBe(expected));
    }
    await click('create-invoice');
    await waitFor(() =>
      expect(panel().maybeFind(Alert, { testId: 'wizard-error' })).not.toBeNull(),
    );
    expect(allText(panel().find(Alert, { testId: 'wizard-error' }))).toContain(
      'will not be created twice',
    );
    await click('retry-create');
    await waitFor(() => expect(panel().maybeFind(Alert, { testId: 'created' })).not.toBeNull());
    const sent = inputs(calls, 'invoices.createDraft') as Array<{
      submissionId: string;
      draft: unknown;
    }>;
    expect(sent).toHaveLength(2);
    expect(sent[1]).toEqual(sent[0]);
    expect(sent[0]?.submissionId).toBe('run-0001-abcd');
  });

  it('offers Retry when the wizard cannot start', async () => {
    const card = renderCard({
      'wizard.start': [
        failure({
          code: 'RECONNECT_REQUIRED',
          message: 'Reconnect QuickBooks company Craig’s Design: the authorization ended.',
          retryable: false,
        }),
        ok(startData()),
      ],
    });
    const { waitFor, panel } = card;
    await card.open().catch(() => undefined);
    await waitFor(() => expect(allText(panel())).toContain('Reconnect QuickBooks company'));
    panel().find(Button, { testId: 'retry-start' }).trigger('onClick');
    await waitFor(() => expect(panel().maybeFind(StepIndicator)).not.toBeNull());
  });

  it('before setup, points to the app’s settings instead of a Retry that cannot help', async () => {
    const card = renderCard({
      'wizard.start': failure({
        code: 'NOT_SET_UP',
        message: 'The app is not set up yet.',
        fix: 'Open the app’s settings page and run setup.',
        retryable: false,
      }),
    });
    const { waitFor, panel } = card;
    await card.open().catch(() => undefined);
    await waitFor(() => expect(allText(panel())).toContain('The app is not set up yet.'));
    expect(panel().find(Link, { testId: 'open-settings' }).props.href).toMatchObject({
      external: false,
    });
    expect(panel().maybeFind(Button, { testId: 'retry-start' })).toBeNull();
  });
});
