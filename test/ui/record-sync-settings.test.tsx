import {
  Alert,
  Button,
  Checkbox,
  EmptyState,
  LoadingButton,
  ProgressBar,
  Select,
  Tab,
  Toggle,
} from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { describe, expect, it } from 'vitest';
import type { ConnectionView, SyncCounts, SyncSettings } from '@qbo-invoicing/contract';
import { RecordSyncPanel } from '../../src/app/settings/components/RecordSyncPanel';
import { SettingsView } from '../../src/app/settings/components/SettingsView';
import { defaultSyncSettings } from '../../serverless/sync/settings';
import { failure, ok, scriptedCall } from '../support/fake-call';
import { allText } from '../support/ui';

const company = (realmId: string, companyName: string): ConnectionView => ({
  realmId,
  companyName,
  country: 'US',
  homeCurrency: 'USD',
  environment: 'sandbox',
  status: 'connected',
  lastError: null,
  refreshTokenExpiresAt: null,
  refreshTokenHardExpiresAt: null,
  lastUsedAt: null,
});
const us = company('111', 'Craig’s Design');
const uk = company('222', 'Rock Castle UK');

const counts = (over: Partial<SyncCounts> = {}): SyncCounts => ({
  created: 0,
  updated: 0,
  matched: 0,
  skipped: 0,
  failed: 0,
  inactive: 0,
  archived: 0,
  ...over,
});

const withContacts = (over: Partial<SyncSettings['contacts']>): SyncSettings => ({
  ...defaultSyncSettings,
  contacts: { ...defaultSyncSettings.contacts, ...over },
});

function render(object: 'contacts' | 'products', script: Parameters<typeof scriptedCall>[0]) {
  const renderer = createRenderer('settings');
  const fake = scriptedCall(script);
  renderer.render(<RecordSyncPanel call={fake.call} object={object} />);
  return { ...renderer, calls: fake.calls };
}

describe('settings page: Contacts and Products tabs', () => {
  it('adds Contacts and Products tabs to the settings page', async () => {
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
    expect(renderer.findAll(Tab).map((tab) => tab.props.title)).toEqual(
      expect.arrayContaining(['Contacts', 'Products']),
    );
  });

  it('asks to connect a company first', async () => {
    const { waitFor, find } = render('contacts', { 'connections.list': ok({ connections: [] }) });
    await waitFor(() =>
      expect(find(EmptyState).props.title).toBe('No QuickBooks company connected'),
    );
  });

  it('turns contact sync on with its rules, saving the other object’s rules unchanged', async () => {
    const { waitFor, find, calls } = render('contacts', {
      'connections.list': ok({ connections: [us] }),
      'sync.settings.get': ok({ realmId: '111', settings: defaultSyncSettings }),
      'sync.settings.save': ok({
        realmId: '111',
        settings: withContacts({ enabled: true, createAndUpdate: 'update_only' }),
      }),
    });
    await waitFor(() => expect(find(Toggle, { name: 'contacts-enabled' })).toBeDefined());
    expect(find(Toggle, { name: 'contacts-enabled' }).props.label).toBe(
      'Sync QuickBooks customers into HubSpot contacts',
    );
    find(Toggle, { name: 'contacts-enabled' }).trigger('onChange', true as never);
    find(Select, { name: 'contacts-createAndUpdate' }).trigger('onChange', 'update_only' as never);
    find(LoadingButton, { testId: 'save-contacts-sync' }).trigger('onClick');
    await waitFor(() => expect(find(Alert, { testId: 'contacts-sync-notice' })).toBeDefined());
    const saved = calls.find((c) => c.op === 'sync.settings.save')?.input as {
      settings: SyncSettings;
    };
    expect(saved.settings.contacts).toMatchObject({
      enabled: true,
      createAndUpdate: 'update_only',
    });
    expect(saved.settings.products).toEqual(defaultSyncSettings.products);
  });

  it('archives contacts only after the admin confirms the warning', async () => {
    const { waitFor, find, findAll, calls } = render('contacts', {
      'connections.list': ok({ connections: [us] }),
      'sync.settings.get': ok({ realmId: '111', settings: defaultSyncSettings }),
      'sync.settings.save': ok({ realmId: '111', settings: defaultSyncSettings }),
    });
    await waitFor(() => expect(find(Select, { name: 'contacts-deleting' })).toBeDefined());
    expect(findAll(Alert, { testId: 'archive-contacts-warning' })).toHaveLength(0);
    find(Select, { name: 'contacts-deleting' }).trigger('onChange', 'archive' as never);
    await waitFor(() => expect(find(Alert, { testId: 'archive-contacts-warning' })).toBeDefined());
    expect(find(LoadingButton, { testId: 'save-contacts-sync' }).props.disabled).toBe(true);
    find(Checkbox, { name: 'archiveConfirmed' }).trigger('onChange', true as never);
    await waitFor(() =>
      expect(find(LoadingButton, { testId: 'save-contacts-sync' }).props.disabled).toBe(false),
    );
    find(LoadingButton, { testId: 'save-contacts-sync' }).trigger('onClick');
    await waitFor(() => expect(calls.some((c) => c.op === 'sync.settings.save')).toBe(true));
    expect(
      (calls.find((c) => c.op === 'sync.settings.save')?.input as { settings: SyncSettings })
        .settings.contacts,
    ).toMatchObject({ deleting: 'archive', archiveConfirmed: true });
  });

  it('shows a company selector when several are connected and loads the chosen one', async () => {
    const { waitFor, find, calls } = render('products', {
      'connections.list': ok({ connections: [us, uk] }),
      'sync.settings.get': ok({ realmId: '111', settings: defaultSyncSettings }),
    });
    await waitFor(() => expect(find(Select, { name: 'products-company' })).toBeDefined());
    expect(find(Select, { name: 'products-company' }).props.options).toEqual([
      { label: 'Craig’s Design', value: '111' },
      { label: 'Rock Castle UK', value: '222' },
    ]);
    find(Select, { name: 'products-company' }).trigger('onChange', '222' as never);
    await waitFor(() =>
      expect(calls.filter((c) => c.op === 'sync.settings.get').map((c) => c.input)).toEqual([
        { realmId: '111' },
        { realmId: '222' },
      ]),
    );
  });

  it('shows a clear error when saving is refused', async () => {
    const { waitFor, find } = render('products', {
      'connections.list': ok({ connections: [us] }),
      'sync.settings.get': ok({ realmId: '111', settings: defaultSyncSettings }),
      'sync.settings.save': failure({
        code: 'INVALID_INPUT',
        message: 'settings.version: must be 1 (the settings format this app writes)',
      }),
    });
    await waitFor(() =>
      expect(find(LoadingButton, { testId: 'save-products-sync' })).toBeDefined(),
    );
    find(LoadingButton, { testId: 'save-products-sync' }).trigger('onClick');
    await waitFor(() =>
      expect(allText(find(Alert, { testId: 'products-sync-error' }))).toContain('must be 1'),
    );
  });

  it('existing records: a dry run first, then a resumed run with its progress', async () => {
    const on = withContacts({ enabled: true, startPoint: 'existing' });
    const { waitFor, find, calls } = render('contacts', {
      'connections.list': ok({ connections: [us] }),
      'sync.settings.get': ok({ realmId: '111', settings: on }),
      'sync.run': [
        ok({
          realmId: '111',
          dryRun: true,
          complete: true,
          reasons: [],
          counts: counts({ created: 30, matched: 10 }),
        }),
        ok({
          realmId: '111',
          dryRun: false,
          complete: false,
          reasons: [],
          counts: counts({ created: 20 }),
        }),
        ok({
          realmId: '111',
          dryRun: false,
          complete: true,
          reasons: [],
          counts: counts({ created: 10, matched: 10 }),
        }),
      ],
    });
    await waitFor(() => expect(find(LoadingButton, { testId: 'dry-run-contacts' })).toBeDefined());
    find(LoadingButton, { testId: 'dry-run-contacts' }).trigger('onClick');
    await waitFor(() => expect(find(Button, { testId: 'run-contacts' })).toBeDefined());
    find(Button, { testId: 'run-contacts' }).trigger('onClick');
    await waitFor(() => expect(find(Alert, { testId: 'contacts-run-done' })).toBeDefined());
    expect(find(ProgressBar).props).toMatchObject({ value: 40, maxValue: 40 });
    expect(allText(find(Alert, { testId: 'contacts-run-done' }))).toContain('Created 30');
    expect(
      calls.filter((c) => c.op === 'sync.run').map((c) => (c.input as { dryRun: boolean }).dryRun),
    ).toEqual([true, false, false]);
  });
});
