import {
  Alert,
  Button,
  DescriptionListItem,
  Input,
  LoadingButton,
  Modal,
  ProgressBar,
  Select,
} from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { describe, expect, it } from 'vitest';
import type { BackfillProgress, ConnectionView, Result } from '@qbo-invoicing/contract';
import { pace } from '../../src/app/settings/components/BackfillModal';
import { ConnectionsPanel } from '../../src/app/settings/components/ConnectionsPanel';
import { failure, ok, scriptedCall } from '../support/fake-call';
import { allText } from '../support/ui';

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

const counts = (over: Partial<BackfillProgress['counts']> = {}) => ({
  invoices: 0,
  toContacts: 0,
  toCompanies: 0,
  ambiguous: 0,
  unmatched: 0,
  alreadyLinked: 0,
  ...over,
});

const progress = (over: Partial<BackfillProgress> = {}): BackfillProgress => ({
  realmId: '9130354',
  from: '2019-01-01',
  to: '2019-12-31',
  state: 'running',
  total: 2000,
  done: 600,
  counts: counts({ invoices: 600, toContacts: 300, toCompanies: 200, unmatched: 100 }),
  workedMs: 60_000,
  startedAt: '2026-11-30T05:00:00.000Z',
  updatedAt: '2026-11-30T05:01:00.000Z',
  ambiguousInvoices: [],
  ambiguousMore: 0,
  ...over,
});

function renderModal(script: Parameters<typeof scriptedCall>[0]) {
  const renderer = createRenderer('settings');
  const fake = scriptedCall({ 'connections.list': ok({ connections: [connection] }), ...script });
  renderer.render(<ConnectionsPanel call={fake.call} />);
  const modal = () => renderer.find(Button, { testId: 'backfill-9130354' }).props.overlay!;
  const open = async () => {
    await renderer.waitFor(() =>
      expect(renderer.find(Button, { testId: 'backfill-9130354' })).toBeDefined(),
    );
    modal().find(Modal).trigger('onOpen');
  };
  const type = (testId: string, value: string) =>
    modal()
      .find(Input, { testId })
      .trigger('onChange', value as never);
  const of = (op: string) => fake.calls.filter((c) => c.op === op);
  const items = () =>
    Object.fromEntries(
      modal()
        .findAll(DescriptionListItem)
        .map((item) => [item.props.label, allText(item)]),
    );
  return { ...renderer, modal, open, type, of, items };
}

describe('Link past invoices (settings)', () => {
  it('dry run shows the counts for the date range, writing nothing', async () => {
    const { open, type, modal, waitFor, of, items } = renderModal({
      'backfill.status': ok({ progress: null }),
      'backfill.dryRun': ok({
        counts: counts({
          invoices: 2000,
          toContacts: 800,
          toCompanies: 700,
          ambiguous: 300,
          unmatched: 200,
        }),
      }),
    });
    await open();
    await waitFor(() => expect(of('backfill.status')).toHaveLength(1));
    type('backfill-from-9130354', '2019-01-01');
    type('backfill-to-9130354', '2019-12-31');
    modal().find(LoadingButton, { testId: 'backfill-dry-run-9130354' }).trigger('onClick');
    await waitFor(() => expect(items()['Would link to contacts']).toBe('800'));
    expect(of('backfill.dryRun')[0]?.input).toEqual({
      realmId: '9130354',
      from: '2019-01-01',
      to: '2019-12-31',
    });
    expect(items()).toMatchObject({
      Invoices: '2,000',
      'Would link to companies': '700',
      Ambiguous: '300',
      Unmatched: '200',
    });
    expect(of('backfill.run')).toHaveLength(0);
  });

  it('runs call after call with the progress, rate and time left, until complete', async () => {
    const { open, modal, waitFor, of, items } = renderModal({
      'backfill.status': ok({ progress: null }),
      'backfill.run': [
        ok({ progress: progress() }),
        ok({ progress: progress({ done: 1200, workedMs: 120_000 }) }),
        ok({
          progress: progress({
            state: 'complete',
            done: 2000,
            workedMs: 200_000,
            counts: counts({
              invoices: 2000,
              toContacts: 800,
              toCompanies: 700,
              ambiguous: 300,
              unmatched: 200,
            }),
          }),
        }),
      ],
    });
    await open();
    await waitFor(() => expect(of('backfill.status')).toHaveLength(1));
    modal()
      .find(Input, { testId: 'backfill-from-9130354' })
      .trigger('onChange', '2019-01-01' as never);
    modal()
      .find(Input, { testId: 'backfill-to-9130354' })
      .trigger('onChange', '2019-12-31' as never);
    modal().find(Button, { testId: 'backfill-start-9130354' }).trigger('onClick');
    await waitFor(() => expect(modal().find(ProgressBar).props.title).toBe('Done'));
    expect(of('backfill.run')).toHaveLength(3);
    expect(modal().find(ProgressBar).props.valueDescription).toBe('2,000 of 2,000 invoices');
    expect(items()['Linked to contacts']).toBe('800');
  });

  it('pauses after the call in flight, and resumes a run left open (closed tab)', async () => {
    let release: (value: Result<{ progress: BackfillProgress }>) => void = () => {};
    const { open, modal, waitFor, of } = renderModal({
      'backfill.status': ok({ progress: progress() }),
      'backfill.run': [
        () => new Promise((resolve) => (release = resolve)),
        ok({ progress: progress({ state: 'complete', done: 2000 }) }),
      ],
    });
    await open();
    // The stored run is shown as it stands, with its range, rate and time left.
    await waitFor(() => expect(modal().find(ProgressBar).props.title).toBe('Paused'));
    expect(modal().find(Input, { testId: 'backfill-from-9130354' }).props.value).toBe('2019-01-01');
    expect(allText(modal())).toContain('600 invoices a minute, about 3 min left');
    expect(modal().find(Button, { testId: 'backfill-start-9130354' }).text).toBe('Resume');
    modal().find(Button, { testId: 'backfill-start-9130354' }).trigger('onClick');
    await waitFor(() =>
      expect(modal().find(Button, { testId: 'backfill-pause-9130354' })).toBeDefined(),
    );
    expect(of('backfill.run')[0]?.input).toEqual({
      realmId: '9130354',
      from: '2019-01-01',
      to: '2019-12-31',
      restart: false,
    });
    modal().find(Button, { testId: 'backfill-pause-9130354' }).trigger('onClick');
    release(ok({ progress: progress({ done: 1200, workedMs: 120_000 }) }));
    await waitFor(() =>
      expect(modal().find(Button, { testId: 'backfill-start-9130354' })).toBeDefined(),
    );
    expect(of('backfill.run')).toHaveLength(1);
    expect(modal().find(ProgressBar).props.valueDescription).toBe('1,200 of 2,000 invoices');
  });

  it('lists ambiguous invoices and resolves one by one; a failure is said', async () => {
    const ambiguous = {
      invoiceId: '77',
      number: 'H-77',
      customerName: 'Twin Name Ltd',
      txnDate: '2019-03-04',
      total: '100.00',
      currency: 'USD',
      reason: 'Company name “Twin Name Ltd” matches.',
      candidates: [
        { type: 'companies' as const, id: '501', name: 'Twin Name Ltd' },
        { type: 'companies' as const, id: '502', name: 'Twin Name Ltd' },
      ],
    };
    const done = progress({
      state: 'complete',
      done: 2000,
      counts: counts({ invoices: 2000, ambiguous: 1 }),
      ambiguousInvoices: [ambiguous],
    });
    const { open, modal, waitFor, of } = renderModal({
      'backfill.status': ok({ progress: done }),
      'backfill.resolve': [
        failure({ message: 'HubSpot did not answer in time.' }),
        ok({
          progress: {
            ...done,
            ambiguousInvoices: [],
            counts: counts({ invoices: 2000, toCompanies: 1 }),
          },
        }),
      ],
    });
    await open();
    await waitFor(() =>
      expect(modal().find(Select, { testId: 'resolve-9130354-77' })).toBeDefined(),
    );
    expect(modal().find(Select, { testId: 'resolve-9130354-77' }).props.label).toContain(
      'Company name “Twin Name Ltd” matches.',
    );
    expect(modal().find(Button, { testId: 'resolve-link-9130354-77' }).props.disabled).toBe(true);
    modal()
      .find(Select, { testId: 'resolve-9130354-77' })
      .trigger('onChange', 'companies:502' as never);
    await waitFor(() =>
      expect(modal().find(Button, { testId: 'resolve-link-9130354-77' }).props.disabled).toBe(
        false,
      ),
    );
    modal().find(Button, { testId: 'resolve-link-9130354-77' }).trigger('onClick');
    await waitFor(() =>
      expect(modal().find(Alert).props.title).toBe('Linking past invoices stopped'),
    );
    modal().find(Button, { testId: 'resolve-link-9130354-77' }).trigger('onClick');
    await waitFor(() =>
      expect(modal().maybeFind(Select, { testId: 'resolve-9130354-77' })).toBeNull(),
    );
    expect(of('backfill.resolve')[1]?.input).toEqual({
      realmId: '9130354',
      invoiceId: '77',
      target: { type: 'companies', id: '502' },
    });
  });

  it('computes the pace from the time spent working', () => {
    expect(pace({ done: 600, total: 2000, workedMs: 60_000 })).toEqual({
      perMinute: 600,
      minutesLeft: 3,
    });
    expect(pace({ done: 0, total: 2000, workedMs: 0 })).toEqual({
      perMinute: null,
      minutesLeft: null,
    });
  });
});
