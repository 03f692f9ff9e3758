import {
  Alert,
  Button,
  EmptyState,
  LoadingButton,
  Select,
  StatusTag,
  Tab,
  Table,
} from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { describe, expect, it } from 'vitest';
import type { ConnectionView, OperationOutput, SyncLogEntry } from '@qbo-invoicing/contract';
import { SettingsView } from '../../src/app/settings/components/SettingsView';
import { SyncLogPanel } from '../../src/app/settings/components/SyncLogPanel';
import { ok, scriptedCall } from '../support/fake-call';
import { inSpanish } from '../support/languages';
import { allText } from '../support/ui';

const us: ConnectionView = {
  realmId: '111',
  companyName: 'Craig’s Design',
  country: 'US',
  homeCurrency: 'USD',
  environment: 'sandbox',
  status: 'connected',
  lastError: null,
  refreshTokenExpiresAt: null,
  refreshTokenHardExpiresAt: null,
  lastUsedAt: null,
};
const uk: ConnectionView = { ...us, realmId: '222', companyName: 'Rock Castle UK' };

const entry = (over: Partial<SyncLogEntry>): SyncLogEntry => ({
  id: 'e1',
  at: '2026-11-30T09:15:00.000Z',
  object: 'contacts',
  outcome: 'created',
  qboId: '58',
  name: 'Rosa Park',
  hubspotId: '901',
  reason: null,
  canRetry: false,
  ...over,
});
const failedRosa = entry({
  id: 'f1',
  outcome: 'failed',
  hubspotId: null,
  reason: 'HubSpot refused the record: Property "qbo_inactive" does not exist',
  canRetry: true,
});
const skippedItem = entry({
  id: 's1',
  object: 'products',
  outcome: 'skipped',
  qboId: '7',
  name: 'Garden bundle',
  hubspotId: null,
  reason: 'QuickBooks Group items are not synced',
});

type LogPage = OperationOutput<'sync.log.list'>;
const page = (entries: SyncLogEntry[], over: Partial<LogPage> = {}): LogPage => ({
  realmId: '111',
  entries,
  total: entries.length,
  nextOffset: null,
  openFailures: entries.filter((e) => e.canRetry).length,
  ...over,
});
const retried = ok<OperationOutput<'sync.log.retry'>>({
  realmId: '111',
  retried: 1,
  counts: { created: 1, updated: 0, matched: 0, skipped: 0, failed: 0, inactive: 0, archived: 0 },
  reasons: [],
  remaining: 0,
});

function render(script: Parameters<typeof scriptedCall>[0], spanish = false) {
  const renderer = createRenderer('settings');
  const fake = scriptedCall({ 'connections.list': ok({ connections: [us] }), ...script });
  const panel = <SyncLogPanel call={fake.call} />;
  renderer.render(spanish ? inSpanish(panel, 'settings') : panel);
  return { ...renderer, calls: fake.calls };
}

describe('settings page: Sync log tab', () => {
  it('is a tab of the settings page', async () => {
    const renderer = createRenderer('settings');
    const pending = () => new Promise<never>(() => {});
    renderer.render(
      <SettingsView
        call={
          scriptedCall({
            'connections.list': pending,
            'setup.status': ok({ done: true, items: [] }),
          }).call
        }
      />,
    );
    await renderer.waitFor(() => expect(renderer.findAll(Tab).length).toBeGreaterThan(0));
    expect(renderer.findAll(Tab).map((tab) => tab.props.title)).toContain('Sync log');
  });

  it('says what will appear when there is nothing yet', async () => {
    const { waitFor, find } = render({ 'sync.log.list': ok(page([])) });
    await waitFor(() => expect(find(EmptyState).props.title).toBe('No sync log yet'));
  });

  it('lists decisions with outcome, reason and record, and retries one failure', async () => {
    const { waitFor, find, findAll, calls } = render({
      'sync.log.list': [
        ok(page([failedRosa, skippedItem])),
        ok(page([entry({ id: 'n1' }), { ...failedRosa, canRetry: false }, skippedItem])),
      ],
      'sync.log.retry': retried,
    });
    await waitFor(() => expect(find(Table, { testId: 'sync-log-table' })).toBeDefined());
    const text = allText(find(Table, { testId: 'sync-log-table' }));
    expect(text).toContain('Rosa Park');
    expect(text).toContain('Customer 58 in QuickBooks');
    expect(text).toContain('HubSpot refused the record: Property "qbo_inactive" does not exist');
    expect(text).toContain('Item 7 in QuickBooks');
    expect(text).toContain('QuickBooks Group items are not synced');
    expect(findAll(StatusTag).map((tag) => allText(tag))).toEqual(['Failed', 'Skipped']);
    // Retry only where it can help: the failure, not the skip.
    expect(findAll(LoadingButton).map((b) => b.props.testId)).toEqual([
      'retry-all-failures',
      'retry-f1',
    ]);

    find(LoadingButton, { testId: 'retry-f1' }).trigger('onClick');
    await waitFor(() => expect(find(Alert, { testId: 'sync-log-retried' })).toBeDefined());
    expect(calls.find((c) => c.op === 'sync.log.retry')?.input).toEqual({
      realmId: '111',
      entryId: 'f1',
    });
    expect(allText(find(Alert, { testId: 'sync-log-retried' }))).toContain(
      '1 record run again, 0 failed.',
    );
    await waitFor(() => expect(findAll(StatusTag)).toHaveLength(3));
    expect(findAll(StatusTag).map((tag) => allText(tag))).toEqual(['Created', 'Failed', 'Skipped']);
    expect(findAll(LoadingButton, { testId: 'retry-f1' })).toHaveLength(0);
  });

  it('Retry all failures takes the failures of the object filtered on', async () => {
    const second = { ...failedRosa, id: 'f2', qboId: '59', name: 'Ben' };
    const { waitFor, find, calls } = render({
      'sync.log.list': ok(page([failedRosa, second])),
      'sync.log.retry': retried,
    });
    await waitFor(() =>
      expect(find(LoadingButton, { testId: 'retry-all-failures' })).toBeDefined(),
    );
    expect(allText(find(LoadingButton, { testId: 'retry-all-failures' }))).toBe(
      'Retry all 2 failures',
    );
    find(Select, { name: 'sync-log-object' }).trigger('onChange', 'contacts' as never);
    await waitFor(() =>
      expect(calls.filter((c) => c.op === 'sync.log.list').at(-1)?.input).toMatchObject({
        object: 'contacts',
      }),
    );
    await waitFor(() =>
      expect(find(LoadingButton, { testId: 'retry-all-failures' })).toBeDefined(),
    );
    find(LoadingButton, { testId: 'retry-all-failures' }).trigger('onClick');
    await waitFor(() =>
      expect(calls.find((c) => c.op === 'sync.log.retry')?.input).toEqual({
        realmId: '111',
        object: 'contacts',
      }),
    );
  });

  it('filters by outcome, pages to older entries, and says when nothing matches', async () => {
    const { waitFor, find, calls } = render({
      'sync.log.list': [
        ok(page([entry({})], { total: 25, nextOffset: 20 })),
        ok(page([entry({ id: 'old' })], { total: 25, nextOffset: null })),
        ok(page([])),
      ],
    });
    await waitFor(() => expect(find(Button, { testId: 'sync-log-older' })).toBeDefined());
    find(Button, { testId: 'sync-log-older' }).trigger('onClick');
    await waitFor(() => expect(find(Button, { testId: 'sync-log-newer' })).toBeDefined());
    expect(calls.filter((c) => c.op === 'sync.log.list').at(-1)?.input).toMatchObject({
      offset: 20,
    });
    find(Select, { name: 'sync-log-outcome' }).trigger('onChange', 'failed' as never);
    await waitFor(() =>
      expect(find(EmptyState).props.title).toBe('No sync log entries match these filters'),
    );
    expect(calls.filter((c) => c.op === 'sync.log.list').at(-1)?.input).toMatchObject({
      outcome: 'failed',
      offset: 0,
    });
  });

  it('has a company selector when several companies are connected', async () => {
    const { waitFor, find, calls } = render({
      'connections.list': ok({ connections: [us, uk] }),
      'sync.log.list': ok(page([])),
    });
    await waitFor(() => expect(find(Select, { name: 'sync-log-company' })).toBeDefined());
    find(Select, { name: 'sync-log-company' }).trigger('onChange', '222' as never);
    await waitFor(() =>
      expect(calls.filter((c) => c.op === 'sync.log.list').at(-1)?.input).toMatchObject({
        realmId: '222',
      }),
    );
  });

  it('reads in Spanish, with the dates in the portal’s time zone', async () => {
    const { waitFor, find, findAll } = render(
      { 'sync.log.list': ok(page([failedRosa, skippedItem])) },
      true,
    );
    await waitFor(() => expect(find(Table, { testId: 'sync-log-table' })).toBeDefined());
    const text = allText(find(Table, { testId: 'sync-log-table' }));
    expect(text).toContain('Cliente 58 en QuickBooks');
    expect(text).toContain('Producto o servicio 7 en QuickBooks');
    expect(text).toContain('Motivo');
    // 09:15 UTC is 10:15 in Madrid.
    expect(text).toMatch(/10:15/);
    expect(findAll(StatusTag).map((tag) => allText(tag))).toEqual(['Error', 'Omitido']);
    expect(allText(find(LoadingButton, { testId: 'retry-all-failures' }))).toBe(
      'Reintentar el error',
    );
    expect(find(Select, { name: 'sync-log-outcome' }).props.label).toBe('Resultado');
  });

  it('with no company connected, says so in Spanish and leads to Connections', async () => {
    const renderer = createRenderer('settings');
    const opened: string[] = [];
    const fake = scriptedCall({ 'connections.list': ok({ connections: [] }) });
    renderer.render(
      inSpanish(
        <SyncLogPanel call={fake.call} onConnect={() => opened.push('connections')} />,
        'settings',
      ),
    );
    await renderer.waitFor(() =>
      expect(renderer.find(EmptyState).props.title).toBe(
        'No hay ninguna empresa de QuickBooks conectada',
      ),
    );
    renderer.find(Button, { testId: 'sync-log-go-to-connections' }).trigger('onClick');
    expect(opened).toEqual(['connections']);
    expect(fake.calls.map((call) => call.op)).toEqual(['connections.list']);
  });
});
