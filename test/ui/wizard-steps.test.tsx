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
  Text,
  TextArea,
  ToggleGroup,
} from '@hubspot/ui-extensions';
import { describe, expect, it } from 'vitest';
import { failure, ok } from '../support/fake-call';
import { allText } from '../support/ui';
import {
  company,
  created,
  customer,
  everyCheck,
  gbCompany,
  globalPrepared,
  item,
  review,
  startData,
  usPrepared,
  usQuoteDraft,
} from '../support/wizard-fixtures';
import { inputs, renderCard } from '../support/wizard-ui';

/** A US run from quote 501 with only the matched Design line, so every step is complete. */
const usOneLine = () => usPrepared({ lines: [usPrepared().lines[0]!] });
const oneLineDraft = (overrides: Parameters<typeof usQuoteDraft>[0] = {}) =>
  usQuoteDraft({ lines: [usQuoteDraft().lines[0]!], ...overrides });
const settingsUrl = 'https://app.hubspot.com/integrations-settings/123/installed';

describe('Create invoice: where it is offered', () => {
  it.each(['contacts', 'companies'] as const)('is absent on %s', async (objectType) => {
    const card = renderCard({}, objectType);
    await card.waitFor(() => expect(card.find(Text)).toBeDefined());
    expect(card.maybeFind(Button, { testId: 'create-invoice-button' })).toBeNull();
  });
});

describe('Create invoice: account step', () => {
  it('asks which company when several can be used, and explains one that cannot', async () => {
    const card = renderCard({
      'wizard.start': ok(
        startData({
          companies: [
            company(),
            gbCompany(),
            company({
              realmId: '9130003',
              companyName: 'Old Books Inc',
              usable: false,
              reason: 'It needs reconnecting: the authorization ended',
            }),
          ],
        }),
      ),
      'wizard.prepare': ok(globalPrepared()),
    });
    const { panel, step } = card;
    await card.open();
    expect(step()).toBe(0);
    expect(panel().find(Select, { name: 'realmId' }).props.options).toEqual([
      { label: 'Craig’s Design (US, USD)', value: '9130001' },
      { label: 'Brightwater Ltd (GB, GBP)', value: '9130002' },
    ]);
    const unusable = panel().find(Text, { testId: 'unusable-9130003' });
    expect(allText(unusable)).toContain(
      'Old Books Inc is not offered: It needs reconnecting: the authorization ended',
    );
    expect(unusable.find(Link).props.href).toEqual({ url: settingsUrl, external: true });
    expect(panel().find(Text, { testId: 'why-not-next' }).text).toBe(
      'Choose a connected QuickBooks company.',
    );
    expect(panel().find(LoadingButton, { testId: 'next' }).props.disabled).toBe(true);
    panel()
      .find(Select, { name: 'realmId' })
      .trigger('onChange', '9130002' as never);
    await card.next(1);
    card.chooseSource('scratch');
    await card.next(2);
    expect(inputs(card.calls, 'wizard.prepare')).toEqual([
      { realmId: '9130002', source: { kind: 'scratch' }, timeZone: 'America/Los_Angeles' },
    ]);
  });

  it('explains that no company can be used, with the way to settings', async () => {
    const card = renderCard({
      'wizard.start': ok(
        startData({ companies: [company({ usable: false, reason: 'It needs reconnecting' })] }),
      ),
    });
    await card.open();
    const alert = card.panel().find(Alert, { testId: 'no-company' });
    expect(alert.props.title).toBe('No QuickBooks company can be used now');
    expect(alert.find(Link, { testId: 'settings-link' }).props.href).toEqual({
      url: settingsUrl,
      external: true,
    });
    expect(card.panel().maybeFind(Select, { name: 'realmId' })).toBeNull();
    expect(card.panel().find(LoadingButton, { testId: 'next' }).props.disabled).toBe(true);
  });

  it('explains that no company is connected', async () => {
    const card = renderCard({ 'wizard.start': ok(startData({ companies: [] })) });
    await card.open();
    expect(allText(card.panel().find(Alert, { testId: 'no-company' }))).toContain(
      'An admin connects QuickBooks companies in',
    );
  });
});

describe('Create invoice: source and customer', () => {
  it('ignores a quote that cannot be chosen and keeps the error of a failed prepare until Next works', async () => {
    const card = renderCard({
      'wizard.start': ok(startData()),
      'wizard.prepare': [
        failure({
          code: 'UNAVAILABLE',
          message: 'QuickBooks did not answer in time.',
          fix: 'Try again in a moment.',
        }),
        ok(usOneLine()),
      ],
    });
    const { panel, calls } = card;
    await card.open();
    card.chooseSource('quote:502');
    expect(panel().find(ToggleGroup).props.value).toBeUndefined();
    expect(panel().find(LoadingButton, { testId: 'next' }).props.disabled).toBe(true);
    card.chooseSource('quote:501');
    await card.click('next');
    await card.waitFor(() =>
      expect(allText(panel().find(Alert, { testId: 'wizard-error' }))).toBe(
        'QuickBooks did not answer in time. Try again in a moment.',
      ),
    );
    expect(card.step()).toBe(1);
    await card.next(2);
    expect(panel().maybeFind(Alert, { testId: 'wizard-error' })).toBeNull();
    expect(inputs(calls, 'wizard.prepare')).toEqual([
      {
        realmId: '9130001',
        source: { kind: 'quote', quoteId: '501' },
        timeZone: 'America/Los_Angeles',
      },
      {
        realmId: '9130001',
        source: { kind: 'quote', quoteId: '501' },
        timeZone: 'America/Los_Angeles',
      },
    ]);
  });

  it('warns before the review when the customer’s currency differs from the deal’s', async () => {
    const euro = customer({ id: '77', displayName: 'Société Générale', currency: 'EUR' });
    const card = renderCard({
      'wizard.start': ok(startData({ companies: [gbCompany()] })),
      'wizard.prepare': ok(globalPrepared()),
      'customers.search': ok({ customers: [euro], nextStartPosition: null }),
    });
    await card.open();
    card.chooseSource('scratch');
    await card.next(2);
    card
      .panel()
      .find(SearchInput, { name: 'customerSearch' })
      .trigger('onChange', 'Soc' as never);
    await card.waitFor(() =>
      expect(card.panel().maybeFind(Select, { name: 'customerResult' })).not.toBeNull(),
    );
    card
      .panel()
      .find(Select, { name: 'customerResult' })
      .trigger('onChange', '77' as never);
    await card.waitFor(() =>
      expect(allText(card.panel().find(Alert, { testId: 'customer-warning-0' }))).toContain(
        'Société Générale is invoiced in EUR and the deal is in GBP',
      ),
    );
  });

  it('creates a customer in a multi-currency company with the billing address and currency', async () => {
    const prefill = {
      ...globalPrepared().customerPrefill,
      billAddr: {
        line1: '29 boulevard Haussmann',
        city: 'Paris',
        region: null,
        postalCode: '75009',
        country: 'France',
      },
    };
    const card = renderCard({
      'wizard.start': ok(startData({ companies: [gbCompany()] })),
      'wizard.prepare': ok(globalPrepared({ customerPrefill: prefill })),
      'customers.create': ok({
        outcome: 'created',
        customer: customer({ id: '91', displayName: 'Société Générale', currency: 'EUR' }),
      }),
    });
    const { panel, calls } = card;
    await card.open();
    card.chooseSource('scratch');
    await card.next(2);
    panel().find(Button, { testId: 'new-customer-button' }).trigger('onClick');
    await card.waitFor(() =>
      expect(panel().find(Input, { name: 'billAddr-city' }).props.value).toBe('Paris'),
    );
    expect(panel().find(Input, { name: 'currency' }).props.value).toBe('EUR');
    // A bad email is named before anything is sent.
    panel()
      .find(Input, { name: 'email' })
      .trigger('onChange', 'ap@' as never);
    await card.waitFor(() =>
      expect(panel().find(Text, { testId: 'new-customer-problems' }).text).toBe(
        'Enter a valid email address.',
      ),
    );
    expect(panel().find(LoadingButton, { testId: 'create-customer' }).props.disabled).toBe(true);
    panel()
      .find(Input, { name: 'email' })
      .trigger('onChange', 'ap@sg.example' as never);
    panel()
      .find(Input, { name: 'billAddr-region' })
      .trigger('onChange', 'Île-de-France' as never);
    await card.click('create-customer');
    await card.waitFor(() =>
      expect(panel().find(LoadingButton, { testId: 'next' }).props.disabled).toBe(false),
    );
    expect(inputs(calls, 'customers.create')).toEqual([
      {
        realmId: '9130002',
        submissionId: 'run-0001-abcd',
        customer: {
          displayName: 'Société Générale',
          companyName: 'Société Générale',
          givenName: null,
          familyName: null,
          email: 'ap@sg.example',
          billAddr: {
            line1: '29 boulevard Haussmann',
            city: 'Paris',
            region: 'Île-de-France',
            postalCode: '75009',
            country: 'France',
          },
          currency: 'EUR',
        },
      },
    ]);
  });
});

describe('Create invoice: products, terms and message', () => {
  it('drops an unmatched quote line to go on', async () => {
    const card = renderCard({
      'wizard.start': ok(startData()),
      'wizard.prepare': ok(usPrepared()),
      'wizard.review': ok(review()),
    });
    const { panel } = card;
    await card.open();
    card.chooseSource('quote:501');
    await card.next(2);
    await card.next(3);
    expect(allText(panel().find(Text, { testId: 'line-2-unmatched' }))).toContain(
      'No QuickBooks product has this line’s SKU or name',
    );
    expect(panel().find(Text, { testId: 'why-not-next' }).text).toBe(
      'Line 2 (Custom engraving) matches no QuickBooks product: pick one or remove the line.',
    );
    panel().find(Button, { testId: 'line-2-remove' }).trigger('onClick');
    await card.next(4);
    await card.next(5);
    await card.next(6);
    await card.waitFor(() => expect(inputs(card.calls, 'wizard.review')).toHaveLength(1));
    expect(inputs(card.calls, 'wizard.review')).toEqual([{ draft: oneLineDraft() }]);
  });

  it('sends a discount, a service date, a non-taxable line, another term and dates as entered', async () => {
    const card = renderCard({
      'wizard.start': ok(startData()),
      'wizard.prepare': ok(usOneLine()),
      'items.search': ok({
        items: [item({ id: '14', name: 'Shipping', unitPrice: '25.00', taxable: false })],
        nextStartPosition: null,
      }),
      'wizard.review': ok(review()),
    });
    const { panel, calls } = card;
    await card.open();
    card.chooseSource('quote:501');
    await card.next(2);
    await card.next(3);
    panel().find(Button, { testId: 'add-line' }).trigger('onClick');
    await card.waitFor(() =>
      expect(panel().maybeFind(SearchInput, { name: 'productSearch' })).not.toBeNull(),
    );
    panel()
      .find(SearchInput, { name: 'productSearch' })
      .trigger('onChange', 'ship' as never);
    await card.waitFor(() =>
      expect(panel().maybeFind(Select, { name: 'productResult' })).not.toBeNull(),
    );
    panel()
      .find(Select, { name: 'productResult' })
      .trigger('onChange', '14' as never);
    await card.waitFor(() =>
      expect(panel().find(Input, { name: 'line-2-rate' }).props.value).toBe('25.00'),
    );
    panel()
      .find(DateInput, { name: 'line-1-service-date' })
      .trigger('onChange', { year: 2026, month: 10, date: 20 } as never);
    panel()
      .find(Select, { name: 'discountKind' })
      .trigger('onChange', 'percent' as never);
    await card.waitFor(() =>
      expect(panel().maybeFind(Input, { name: 'discountValue' })).not.toBeNull(),
    );
    panel()
      .find(Input, { name: 'discountValue' })
      .trigger('onChange', '10' as never);
    await card.waitFor(() =>
      expect(panel().find(Text, { testId: 'line-2-amount' }).text).toBe('$25.00'),
    );
    await card.next(4);
    panel()
      .find(Select, { name: 'termId' })
      .trigger('onChange', '1' as never);
    panel()
      .find(DateInput, { name: 'txnDate' })
      .trigger('onChange', { year: 2026, month: 11, date: 1 } as never);
    await card.waitFor(() =>
      expect(panel().find(DateInput, { name: 'dueDate' }).props.value).toEqual({
        year: 2026,
        month: 11,
        date: 1,
      }),
    );
    panel()
      .find(DateInput, { name: 'dueDate' })
      .trigger('onChange', { year: 2026, month: 11, date: 15 } as never);
    await card.next(5);
    panel()
      .find(TextArea, { name: 'memo' })
      .trigger('onChange', 'Thanks, Grace!' as never);
    await card.next(6);
    await card.waitFor(() => expect(inputs(calls, 'wizard.review')).toHaveLength(1));
    expect(inputs(calls, 'wizard.review')).toEqual([
      {
        draft: usQuoteDraft({
          lines: [
            { ...usQuoteDraft().lines[0]!, serviceDate: '2026-11-20' },
            {
              itemId: '14',
              description: 'Custom design',
              quantity: '1',
              unitPrice: '25.00',
              serviceDate: null,
              taxCodeId: null,
              taxable: false,
            },
          ],
          discount: { kind: 'percent', value: '10' },
          termId: '1',
          txnDate: '2026-12-01',
          dueDate: '2026-12-15',
          customerMemo: 'Thanks, Grace!',
        }),
      },
    ]);
  });

  it('Back keeps everything entered, and the step indicator goes back to any earlier step', async () => {
    const card = renderCard({
      'wizard.start': ok(startData({ companies: [gbCompany()] })),
      'wizard.prepare': ok(
        globalPrepared({
          customerMatch: {
            customer: customer({ id: '77', displayName: 'Société Générale', currency: 'EUR' }),
            by: 'company',
            reason: 'Company Société Générale matches this customer.',
          },
        }),
      ),
      'items.search': ok({
        items: [item({ id: '31', name: 'Consulting', unitPrice: '120.00' })],
        nextStartPosition: null,
      }),
    });
    const { panel, calls } = card;
    await card.open();
    card.chooseSource('scratch');
    await card.next(2);
    await card.next(3);
    panel()
      .find(SearchInput, { name: 'productSearch' })
      .trigger('onChange', 'cons' as never);
    await card.waitFor(() =>
      expect(panel().maybeFind(Select, { name: 'productResult' })).not.toBeNull(),
    );
    panel()
      .find(Select, { name: 'productResult' })
      .trigger('onChange', '31' as never);
    panel()
      .find(Input, { name: 'line-1-quantity' })
      .trigger('onChange', '3' as never);
    panel()
      .find(Select, { name: 'line-1-tax-code' })
      .trigger('onChange', '21' as never);
    await card.next(4);
    await card.next(5);
    panel()
      .find(Input, { name: 'docNumber' })
      .trigger('onChange', 'INV-0100' as never);
    panel()
      .find(TextArea, { name: 'memo' })
      .trigger('onChange', 'Merci' as never);
    // Back to the source, then forward again: nothing is lost and prepare is not asked twice.
    for (const expected of [4, 3, 2, 1]) {
      panel().find(Button, { testId: 'back' }).trigger('onClick');
      await card.waitFor(() => expect(card.step()).toBe(expected));
    }
    expect(panel().maybeFind(Button, { testId: 'back' })).toBeNull(); // the account step was skipped
    expect(panel().find(ToggleGroup).props.value).toBe('scratch');
    await card.next(2);
    await card.next(3);
    expect(panel().find(Input, { name: 'line-1-quantity' }).props.value).toBe('3');
    expect(panel().find(Select, { name: 'line-1-tax-code' }).props.value).toBe('21');
    await card.next(4);
    await card.next(5);
    expect(panel().find(Input, { name: 'docNumber' }).props.value).toBe('INV-0100');
    expect(panel().find(TextArea, { name: 'memo' }).props.value).toBe('Merci');
    panel()
      .find(StepIndicator)
      .trigger('onClick', 3 as never);
    await card.waitFor(() => expect(card.step()).toBe(3));
    expect(panel().find(Input, { name: 'line-1-quantity' }).props.value).toBe('3');
    // A later step cannot be reached by the indicator.
    panel()
      .find(StepIndicator)
      .trigger('onClick', 6 as never);
    expect(card.step()).toBe(3);
    expect(inputs(calls, 'wizard.prepare')).toHaveLength(1);
  });
});

describe('Create invoice: review and create', () => {
  async function toReview(card: ReturnType<typeof renderCard>) {
    await card.open();
    card.chooseSource('quote:501');
    for (const expected of [2, 3, 4, 5, 6]) await card.next(expected);
  }

  it('shows each pre-flight check with its fix; any error blocks creating', async () => {
    const card = renderCard({
      'wizard.start': ok(startData()),
      'wizard.prepare': ok(usOneLine()),
      'wizard.review': ok(review({ checks: everyCheck })),
    });
    await toReview(card);
    await card.waitFor(() =>
      expect(card.panel().maybeFind(Alert, { testId: 'check-exchangeRate' })).not.toBeNull(),
    );
    for (const check of everyCheck) {
      const alert = card.panel().find(Alert, { testId: `check-${check.id}` });
      expect(alert.props.variant).toBe(check.severity === 'error' ? 'danger' : 'warning');
      expect(alert.props.title).toBe(check.severity === 'error' ? 'Fix before creating' : 'Note');
      expect(allText(alert)).toBe(`${check.message} ${check.fix}`);
    }
    expect(card.panel().find(LoadingButton, { testId: 'create-invoice' }).props.disabled).toBe(
      true,
    );
  });

  it('creates despite warnings', async () => {
    const warnings = everyCheck.filter((check) => check.severity === 'warning');
    const card = renderCard({
      'wizard.start': ok(startData()),
      'wizard.prepare': ok(usOneLine()),
      'wizard.review': ok(review({ checks: warnings })),
      'invoices.createDraft': ok(created()),
    });
    await toReview(card);
    await card.click('create-invoice');
    await card.waitFor(() =>
      expect(card.panel().maybeFind(Alert, { testId: 'created' })).not.toBeNull(),
    );
    expect(inputs(card.calls, 'invoices.createDraft')).toEqual([
      { submissionId: 'run-0001-abcd', draft: oneLineDraft(), timeZone: 'America/Los_Angeles' },
    ]);
  });

  it('offers Check again when the pre-flight checks could not run', async () => {
    const card = renderCard({
      'wizard.start': ok(startData()),
      'wizard.prepare': ok(usOneLine()),
      'wizard.review': [
        failure({ message: 'QuickBooks is busy.', fix: 'Check again in a moment.' }),
        ok(review()),
      ],
    });
    await toReview(card);
    await card.waitFor(() =>
      expect(card.panel().maybeFind(Button, { testId: 'recheck' })).not.toBeNull(),
    );
    expect(card.panel().maybeFind(Text, { testId: 'checking' })).toBeNull();
    expect(card.panel().find(LoadingButton, { testId: 'create-invoice' }).props.disabled).toBe(
      true,
    );
    card.panel().find(Button, { testId: 'recheck' }).trigger('onClick');
    await card.waitFor(() =>
      expect(card.panel().maybeFind(Text, { testId: 'checks-passed' })).not.toBeNull(),
    );
    expect(inputs(card.calls, 'wizard.review')).toEqual([
      { draft: oneLineDraft() },
      { draft: oneLineDraft() },
    ]);
  });

  it('sends one create for a double click', async () => {
    let answer: (value: ReturnType<typeof ok<ReturnType<typeof created>>>) => void = () => {};
    const card = renderCard({
      'wizard.start': ok(startData()),
      'wizard.prepare': ok(usOneLine()),
      'wizard.review': ok(review()),
      'invoices.createDraft': () => new Promise((resolve) => (answer = resolve)),
    });
    await toReview(card);
    await card.waitFor(() =>
      expect(card.panel().find(LoadingButton, { testId: 'create-invoice' }).props.disabled).toBe(
        false,
      ),
    );
    const button = card.panel().find(LoadingButton, { testId: 'create-invoice' });
    button.trigger('onClick');
    button.trigger('onClick');
    await card.waitFor(() =>
      expect(card.panel().find(LoadingButton, { testId: 'create-invoice' }).props.loading).toBe(
        true,
      ),
    );
    answer(ok(created()));
    await card.waitFor(() =>
      expect(card.panel().maybeFind(Alert, { testId: 'created' })).not.toBeNull(),
    );
    expect(inputs(card.calls, 'invoices.createDraft')).toHaveLength(1);
  });

  it('after a failed create, Back to edit keeps everything and the next create reuses the submission id', async () => {
    const card = renderCard({
      'wizard.start': ok(startData()),
      'wizard.prepare': ok(usOneLine()),
      'wizard.review': ok(review()),
      'invoices.createDraft': [
        failure({
          code: 'QUICKBOOKS_REJECTED',
          retryable: false,
          message: 'QuickBooks refused the invoice: the customer was made inactive.',
          fix: 'Choose another customer or make this one active.',
        }),
        ok(created()),
      ],
    });
    const { panel, calls } = card;
    await toReview(card);
    await card.click('create-invoice');
    await card.waitFor(() =>
      expect(panel().maybeFind(Button, { testId: 'edit-again' })).not.toBeNull(),
    );
    expect(allText(panel().find(Alert, { testId: 'wizard-error' }))).toBe(
      'QuickBooks refused the invoice: the customer was made inactive. Choose another customer or make this one active.',
    );
    expect(allText(panel())).not.toContain('QUICKBOOKS_REJECTED');
    panel().find(Button, { testId: 'edit-again' }).trigger('onClick');
    await card.waitFor(() => expect(panel().maybeFind(Button, { testId: 'back' })).not.toBeNull());
    panel().find(Button, { testId: 'back' }).trigger('onClick');
    await card.waitFor(() => expect(card.step()).toBe(5));
    expect(panel().find(TextArea, { name: 'memo' }).props.value).toBe(
      'Thank you for your business.',
    );
    panel()
      .find(TextArea, { name: 'memo' })
      .trigger('onChange', 'Thank you, Grace.' as never);
    await card.next(6);
    await card.click('create-invoice');
    await card.waitFor(() =>
      expect(panel().maybeFind(Alert, { testId: 'created' })).not.toBeNull(),
    );
    const sent = inputs(calls, 'invoices.createDraft');
    expect(sent).toEqual([
      { submissionId: 'run-0001-abcd', draft: oneLineDraft(), timeZone: 'America/Los_Angeles' },
      {
        submissionId: 'run-0001-abcd',
        draft: oneLineDraft({ customerMemo: 'Thank you, Grace.' }),
        timeZone: 'America/Los_Angeles',
      },
    ]);
  });
});
