import { Alert, EmptyState, Link, LoadingButton } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { describe, expect, it } from 'vitest';
import type { CustomerSyncLink } from '@qbo-invoicing/contract';
import { CustomerSyncLine } from '../../src/app/cards/components/CustomerSyncLine';
import { InvoicesCardView } from '../../src/app/cards/components/InvoicesCardView';
import { failure, listed, ok, scriptedCall } from '../support/fake-call';
import { inSpanish } from '../support/languages';
import { allText } from '../support/ui';

const link = (over: Partial<CustomerSyncLink> = {}): CustomerSyncLink => ({
  realmId: '111',
  companyName: 'Craig’s Design',
  customerId: '58',
  customerName: 'Rosa Park',
  quickBooksUrl: 'https://app.sandbox.qbo.intuit.com/app/customerdetail?nameId=58',
  problem: null,
  lastSyncedAt: '2026-11-30T09:15:00.000Z',
  ...over,
});
const failing = link({
  problem: {
    entryId: 'f1',
    at: '2026-11-30T10:00:00.000Z',
    outcome: 'failed',
    reason: 'HubSpot refused the record: Property "qbo_inactive" does not exist',
  },
});

function render(
  script: Parameters<typeof scriptedCall>[0],
  objectType: 'deals' | 'contacts' | 'companies' = 'contacts',
  spanish = false,
) {
  const renderer = createRenderer('crm.record.sidebar');
  const fake = scriptedCall(script);
  const line = <CustomerSyncLine call={fake.call} objectType={objectType} />;
  renderer.render(spanish ? inSpanish(line, 'card') : line);
  return { ...renderer, calls: fake.calls };
}

/** Lets the pending answers settle, for a test that expects nothing to appear. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('the card’s sync line on a contact or company', () => {
  it('shows the QuickBooks customer, its company, when it last synced, and Open in QuickBooks', async () => {
    const { waitFor, find, findAll, getRootNode, calls } = render({
      'sync.recordStatus': ok({ links: [link()] }),
    });
    await waitFor(() => expect(find(Link, { testId: 'open-customer' })).toBeDefined());
    expect(calls).toEqual([{ op: 'sync.recordStatus', input: { objectType: 'contacts' } }]);
    const text = allText(getRootNode());
    expect(text).toContain('QuickBooks customer Rosa Park in Craig’s Design');
    expect(text).toMatch(/Synced Nov 30, 2026/);
    expect(find(Link, { testId: 'open-customer' }).props.href).toEqual({
      url: 'https://app.sandbox.qbo.intuit.com/app/customerdetail?nameId=58',
      external: true,
    });
    expect(findAll(Alert)).toHaveLength(0);
  });

  it('shows the last sync problem, and Retry runs it again', async () => {
    const { waitFor, find, findAll, calls } = render({
      'sync.recordStatus': ok({ links: [failing] }),
      'sync.recordRetry': ok({ links: [link()] }),
    });
    await waitFor(() => expect(find(Alert, { testId: 'customer-sync-problem' })).toBeDefined());
    const alert = find(Alert, { testId: 'customer-sync-problem' });
    expect(alert.props.title).toBe('The last sync of this customer failed');
    expect(alert.props.variant).toBe('error');
    expect(allText(alert)).toContain(
      'HubSpot refused the record: Property "qbo_inactive" does not exist',
    );
    find(LoadingButton, { testId: 'retry-customer-sync' }).trigger('onClick');
    await waitFor(() => expect(findAll(Alert)).toHaveLength(0));
    expect(calls.at(-1)).toEqual({
      op: 'sync.recordRetry',
      input: { objectType: 'contacts', realmId: '111', entryId: 'f1' },
    });
  });

  it('says why a retry did not run, and keeps the problem in view', async () => {
    const { waitFor, find } = render({
      'sync.recordStatus': ok({ links: [failing] }),
      'sync.recordRetry': failure({
        code: 'NOT_FOUND',
        message: 'That sync problem is no longer in the sync log.',
        fix: 'Reload the card to see the newest sync status.',
        retryable: false,
      }),
    });
    await waitFor(() =>
      expect(find(LoadingButton, { testId: 'retry-customer-sync' })).toBeDefined(),
    );
    find(LoadingButton, { testId: 'retry-customer-sync' }).trigger('onClick');
    await waitFor(() =>
      expect(allText(find(Alert, { testId: 'customer-sync-problem' }))).toContain(
        'That sync problem is no longer in the sync log. Reload the card to see the newest sync status.',
      ),
    );
  });

  it('shows nothing on a deal, with no customer linked, or when the status cannot be had', async () => {
    const onDeal = render({}, 'deals');
    await settle();
    expect(onDeal.calls).toEqual([]);
    expect(allText(onDeal.getRootNode())).toBe('');

    const unlinked = render({ 'sync.recordStatus': ok({ links: [] }) }, 'companies');
    await settle();
    expect(unlinked.calls).toHaveLength(1);
    expect(allText(unlinked.getRootNode())).toBe('');

    const down = render({ 'sync.recordStatus': failure({ message: 'Unavailable' }) });
    await settle();
    await settle();
    expect(down.calls).toHaveLength(1);
    expect(allText(down.getRootNode())).toBe('');
  });

  it('reads in Spanish', async () => {
    const skipped = link({
      problem: {
        entryId: 's1',
        at: '2026-11-30T10:00:00.000Z',
        outcome: 'skipped',
        reason:
          'el contacto con este correo electrónico está vinculado a otro cliente de QuickBooks',
      },
    });
    const { waitFor, find, getRootNode } = render(
      { 'sync.recordStatus': ok({ links: [skipped] }) },
      'contacts',
      true,
    );
    await waitFor(() => expect(find(Alert, { testId: 'customer-sync-problem' })).toBeDefined());
    const text = allText(getRootNode());
    expect(text).toContain('Cliente de QuickBooks Rosa Park en Craig’s Design');
    expect(text).toContain('Abrir el cliente en QuickBooks');
    expect(text).toContain('Reintentar');
    // 09:15 UTC is 10:15 in Madrid.
    expect(text).toMatch(/Sincronizado: .*10:15/);
    expect(find(Alert, { testId: 'customer-sync-problem' }).props.title).toBe(
      'La última sincronización omitió a este cliente',
    );
  });

  it('sits on the invoices card of a contact', async () => {
    const renderer = createRenderer('crm.record.sidebar');
    const fake = scriptedCall({
      'invoices.listForRecord': listed([]),
      'sync.recordStatus': ok({ links: [failing] }),
    });
    renderer.render(<InvoicesCardView objectType="contacts" timeZone="UTC" call={fake.call} />);
    await renderer.waitFor(() =>
      expect(renderer.find(Alert, { testId: 'customer-sync-problem' })).toBeDefined(),
    );
    expect(renderer.find(EmptyState).props.title).toBe('No QuickBooks invoices yet');
  });
});
