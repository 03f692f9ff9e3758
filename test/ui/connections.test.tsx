import {
  Alert,
  Button,
  EmptyState,
  ErrorState,
  Input,
  Link,
  LoadingButton,
  StatusTag,
  Tab,
  Tabs,
  Text,
} from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { describe, expect, it } from 'vitest';
import { ConnectionsPanel } from '../../src/app/settings/components/ConnectionsPanel';
import { SettingsView } from '../../src/app/settings/components/SettingsView';
import type { ConnectionView } from '@qbo-invoicing/contract';
import { failure, ok, scriptedCall } from '../support/fake-call';
import { allText } from '../support/ui';

const connection = (overrides: Partial<ConnectionView> = {}): ConnectionView => ({
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
  ...overrides,
});

function renderPanel(script: Parameters<typeof scriptedCall>[0]) {
  const renderer = createRenderer('settings');
  const fake = scriptedCall(script);
  renderer.render(<ConnectionsPanel call={fake.call} />);
  return { ...renderer, calls: fake.calls };
}

const authorizeUrl = 'https://appcenter.intuit.com/connect/oauth2?client_id=x&state=s';

describe('settings page', () => {
  it('has Connections, Contacts, Products, Property mappings, Sync log and Setup tabs, and opens on Connections once set up', async () => {
    const renderer = createRenderer('settings');
    const fake = scriptedCall({
      'connections.list': () => new Promise(() => {}),
      'setup.status': ok({ done: true, items: [] }),
    });
    renderer.render(<SettingsView call={fake.call} />);
    await renderer.waitFor(() => expect(renderer.findAll(Tab)).toHaveLength(6));
    expect(renderer.findAll(Tab).map((tab) => tab.props.title)).toEqual([
      'Connections',
      'Contacts',
      'Products',
      'Property mappings',
      'Sync log',
      'Setup',
    ]);
    expect(renderer.find(Tabs).props.selected).toBe('connections');
  });

  it('opens on Setup until setup is done', async () => {
    const renderer = createRenderer('settings');
    const fake = scriptedCall({
      'connections.list': () => new Promise(() => {}),
      'setup.status': ok({
        done: false,
        items: [{ key: 'schema:qbo_invoice', label: 'Custom object', done: false }],
      }),
    });
    renderer.render(<SettingsView call={fake.call} />);
    await renderer.waitFor(() => expect(renderer.findAll(Tab)).toHaveLength(6));
    expect(renderer.find(Tabs).props.selected).toBe('setup');
  });
});

describe('settings page before setup', () => {
  it('leads from Property mappings and Sync log to Setup, reading nothing before it', async () => {
    const renderer = createRenderer('settings');
    const fake = scriptedCall({
      'connections.list': failure({
        code: 'NOT_SET_UP',
        message: 'The app is not set up yet.',
        retryable: false,
      }),
      'setup.status': ok({ done: false, items: [] }),
    });
    renderer.render(<SettingsView call={fake.call} />);
    await renderer.waitFor(() =>
      expect(renderer.find(Button, { testId: 'sync-log-go-to-setup' })).toBeDefined(),
    );
    expect(renderer.find(Button, { testId: 'mappings-go-to-setup' })).toBeDefined();
    expect(fake.calls.map((call) => call.op)).not.toContain('sync.log.list');
    expect(fake.calls.map((call) => call.op)).not.toContain('sync.mappings.get');
    renderer.find(Button, { testId: 'sync-log-go-to-setup' }).trigger('onClick');
    await renderer.waitFor(() => expect(renderer.find(Tabs).props.selected).toBe('setup'));
  });

  it('opens on Setup when the setup status cannot be read, where Retry is', async () => {
    const renderer = createRenderer('settings');
    const fake = scriptedCall({
      'connections.list': () => new Promise(() => {}),
      'setup.status': failure({ message: 'HubSpot is having trouble right now.' }),
    });
    renderer.render(<SettingsView call={fake.call} />);
    await renderer.waitFor(() => expect(renderer.findAll(Tab).length).toBeGreaterThan(0));
    expect(renderer.find(Tabs).props.selected).toBe('setup');
  });

  it('leads from Connections to Setup instead of offering Connect or a useless Retry', async () => {
    const renderer = createRenderer('settings');
    const fake = scriptedCall({
      'connections.list': failure({
        code: 'NOT_SET_UP',
        message: 'The app is not set up yet.',
        retryable: false,
      }),
      'setup.status': ok({ done: true, items: [] }),
    });
    renderer.render(<SettingsView call={fake.call} />);
    await renderer.waitFor(() =>
      expect(renderer.find(Button, { testId: 'go-to-setup' })).toBeDefined(),
    );
    expect(renderer.find(EmptyState, { title: 'Run setup first' })).toBeDefined();
    expect(renderer.maybeFind(LoadingButton, { testId: 'connect' })).toBeNull();
    expect(renderer.maybeFind(Button, { testId: 'retry-connections' })).toBeNull();
    renderer.find(Button, { testId: 'go-to-setup' }).trigger('onClick');
    await renderer.waitFor(() => expect(renderer.find(Tabs).props.selected).toBe('setup'));
  });
});

describe('Connections tab', () => {
  it('lists each company with its facts, authorization expiry and last use', async () => {
    const { waitFor, findAll, getRootNode } = renderPanel({
      'connections.list': ok({
        connections: [
          connection(),
          connection({
            realmId: '4620816',
            companyName: 'Brightwater Ltd',
            country: 'GB',
            homeCurrency: 'GBP',
          }),
        ],
      }),
    });
    await waitFor(() => expect(findAll(StatusTag)).toHaveLength(2));
    const text = allText(getRootNode());
    expect(text).toContain('Craig’s Design and Landscaping');
    expect(text).toContain('9130354');
    expect(text).toContain('GBP');
    expect(text).toContain('Sandbox');
    expect(text).toContain(
      'Authorization lasts until Mar 6, 2027 unless used; it ends for good on Nov 26, 2031.',
    );
    expect(text).toContain('Last used successfully Nov 26, 2026.');
  });

  it('shows each status with its tag, and the last error in words', async () => {
    const { waitFor, findAll, find, maybeFind } = renderPanel({
      'connections.list': ok({
        connections: [
          connection(),
          connection({
            realmId: '2',
            status: 'needs_reconnect',
            lastError: 'Reconnect QuickBooks company Brightwater: the refresh token expired.',
          }),
          connection({
            realmId: '3',
            status: 'error',
            lastError: 'QuickBooks is having trouble right now.',
          }),
        ],
      }),
    });
    await waitFor(() => expect(findAll(StatusTag)).toHaveLength(3));
    expect(findAll(StatusTag).map((tag) => [tag.text, tag.props.variant])).toEqual([
      ['Connected', 'success'],
      ['Needs reconnect', 'warning'],
      ['Error', 'danger'],
    ]);
    expect(['2', '3'].map((id) => find(Text, { testId: `last-error-${id}` }).text)).toEqual([
      'Reconnect QuickBooks company Brightwater: the refresh token expired.',
      'QuickBooks is having trouble right now.',
    ]);
    // Reconnect is offered only where it is needed.
    expect(maybeFind(LoadingButton, { testId: 'reconnect-9130354-connect' })).toBeNull();
    expect(find(LoadingButton, { testId: 'reconnect-2-connect' }).text).toBe('Reconnect');
    expect(find(LoadingButton, { testId: 'reconnect-3-connect' }).text).toBe('Reconnect');
    // A company to reconnect is the next step: connecting another is the second choice.
    expect(find(LoadingButton, { testId: 'reconnect-2-connect' }).props.variant).toBe('primary');
    expect(find(LoadingButton, { testId: 'connect' }).text).toBe(
      'Connect another QuickBooks company',
    );
    expect(find(LoadingButton, { testId: 'connect' }).props.variant).toBe('secondary');
    expect(maybeFind(EmptyState)).toBeNull();
  });

  it('says so when nothing is connected', async () => {
    const { waitFor, find } = renderPanel({ 'connections.list': ok({ connections: [] }) });
    await waitFor(() =>
      expect(find(EmptyState).props.title).toBe('No QuickBooks company connected'),
    );
  });

  it('shows a company the callback connected by itself, with one click instead of a paste', async () => {
    const { waitFor, find, findAll, calls } = renderPanel({
      'connections.list': [ok({ connections: [] }), ok({ connections: [connection()] })],
      'connections.startConnect': ok({ authorizeUrl, expiresAt: '2026-11-26T17:10:00.000Z' }),
    });
    await waitFor(() => expect(find(EmptyState)).toBeDefined());
    find(LoadingButton, { testId: 'connect' }).trigger('onClick');
    await waitFor(() => expect(find(Button, { testId: 'check-connected' })).toBeDefined());
    find(Button, { testId: 'check-connected' }).trigger('onClick');
    await waitFor(() => expect(findAll(StatusTag)).toHaveLength(1));
    expect(calls.filter((c) => c.op === 'connections.list')).toHaveLength(2);
    expect(calls.some((c) => c.op === 'connections.complete')).toBe(false);
  });

  it('connects by paste-back: link to QuickBooks, paste the address, connected', async () => {
    const { waitFor, find, findAll, calls } = renderPanel({
      'connections.list': [ok({ connections: [] }), ok({ connections: [connection()] })],
      'connections.startConnect': ok({ authorizeUrl, expiresAt: '2026-11-26T17:10:00.000Z' }),
      'connections.complete': ok({ connection: connection(), reconnected: false }),
    });
    await waitFor(() => expect(find(EmptyState)).toBeDefined());
    find(LoadingButton, { testId: 'connect' }).trigger('onClick');
    await waitFor(() =>
      expect(find(Link).props.href).toEqual({ url: authorizeUrl, external: true }),
    );
    find(Input).trigger(
      'onChange',
      'https://example.com/cb?code=c&state=s&realmId=9130354' as never,
    );
    await waitFor(() =>
      expect(find(LoadingButton, { testId: 'finish-connect' }).props.disabled).toBe(false),
    );
    find(LoadingButton, { testId: 'finish-connect' }).trigger('onClick');
    await waitFor(() =>
      expect(find(Alert, { testId: 'connection-notice' }).props.title).toBe('Connected'),
    );
    await waitFor(() => expect(findAll(StatusTag)).toHaveLength(1));
    expect(calls.find((c) => c.op === 'connections.complete')?.input).toEqual({
      redirectUrl: 'https://example.com/cb?code=c&state=s&realmId=9130354',
    });
  });

  it.each([
    [
      'a pasted address that is not the redirect',
      'That is not the address QuickBooks sent you back to: it is not a web address.',
    ],
    [
      'a forged state',
      'The sign-in link is not one this app made (its state signature does not match).',
    ],
    [
      'an expired state',
      'The sign-in link has expired: connecting must be finished within 10 minutes.',
    ],
    [
      'a state from another portal',
      'The sign-in link was started from another HubSpot account, so it cannot connect this one.',
    ],
    ['declined access', 'QuickBooks access was declined, so nothing was connected.'],
    ['a code used twice', 'The QuickBooks authorization code has expired or was already used.'],
  ])('shows the message for %s next to the pasted address, keeping it', async (_case, message) => {
    const { waitFor, find } = renderPanel({
      'connections.list': ok({ connections: [] }),
      'connections.startConnect': ok({ authorizeUrl, expiresAt: '2026-11-26T17:10:00.000Z' }),
      'connections.complete': failure({
        code: 'INVALID_INPUT',
        message,
        retryable: false,
        field: 'redirectUrl',
      }),
    });
    await waitFor(() => expect(find(EmptyState)).toBeDefined());
    find(LoadingButton, { testId: 'connect' }).trigger('onClick');
    await waitFor(() => expect(find(Input)).toBeDefined());
    find(Input).trigger('onChange', 'pasted' as never);
    await waitFor(() =>
      expect(find(LoadingButton, { testId: 'finish-connect' }).props.disabled).toBe(false),
    );
    find(LoadingButton, { testId: 'finish-connect' }).trigger('onClick');
    await waitFor(() => expect(find(Input).props.error).toBe(true));
    expect(find(Input).props.validationMessage).toContain(message);
    expect(find(Input).props.value).toBe('pasted');
  });

  it('names a missing secret when connecting cannot start', async () => {
    const { waitFor, find } = renderPanel({
      'connections.list': ok({ connections: [] }),
      'connections.startConnect': failure({
        code: 'CONFIGURATION',
        message: 'The secret OAUTH_STATE_SECRET is missing: the key that signs the OAuth state.',
        fix: 'Set it with `hs secret add OAUTH_STATE_SECRET`, add it to the function’s secretKeys, then deploy again.',
        retryable: false,
      }),
    });
    await waitFor(() => expect(find(EmptyState)).toBeDefined());
    find(LoadingButton, { testId: 'connect' }).trigger('onClick');
    await waitFor(() => expect(find(Alert, { testId: 'connect-start-failed' })).toBeDefined());
    expect(allText(find(Alert, { testId: 'connect-start-failed' }))).toContain(
      'hs secret add OAUTH_STATE_SECRET',
    );
  });

  it('tests a connection and reports a QuickBooks outage', async () => {
    const { waitFor, find } = renderPanel({
      'connections.list': ok({ connections: [connection()] }),
      'connections.test': failure({
        message: 'Could not reach QuickBooks to read the company.',
        retryable: true,
      }),
    });
    await waitFor(() =>
      expect(find(LoadingButton, { testId: 'test-connection-9130354' })).toBeDefined(),
    );
    find(LoadingButton, { testId: 'test-connection-9130354' }).trigger('onClick');
    await waitFor(() =>
      expect(find(Alert, { testId: 'connection-notice' }).props.title).toBe(
        'The connection test failed',
      ),
    );
    expect(allText(find(Alert, { testId: 'connection-notice' }))).toContain(
      'Could not reach QuickBooks',
    );
  });

  it('syncs a company’s invoices now and says what changed, or that there is more to do', async () => {
    const { waitFor, find, calls } = renderPanel({
      'connections.list': ok({ connections: [connection()] }),
      'invoices.syncNow': [
        ok({
          realmId: '9130354',
          mode: 'changes',
          invoicesChecked: 12,
          invoicesUpdated: 3,
          paymentsNoted: 1,
          complete: true,
          syncedThrough: '2026-11-30T10:00:00.000Z',
        }),
        ok({
          realmId: '9130354',
          mode: 'full',
          invoicesChecked: 400,
          invoicesUpdated: 0,
          paymentsNoted: 0,
          complete: false,
          syncedThrough: null,
        }),
      ],
    });
    await waitFor(() => expect(find(LoadingButton, { testId: 'sync-now-9130354' })).toBeDefined());
    find(LoadingButton, { testId: 'sync-now-9130354' }).trigger('onClick');
    const notice = () => find(Alert, { testId: 'connection-notice' });
    await waitFor(() => expect(notice().props.title).toBe('Invoices synced'));
    expect(allText(notice())).toContain('12 linked invoices checked, 3 updated, 1 payment noted');
    expect(calls.find((c) => c.op === 'invoices.syncNow')?.input).toEqual({ realmId: '9130354' });
    find(LoadingButton, { testId: 'sync-now-9130354' }).trigger('onClick');
    await waitFor(() => expect(notice().props.title).toBe('Synced in part'));
    expect(allText(notice())).toContain('choose Sync now again');
  });

  it('asks before disconnecting, with the company’s name retyped, says what is kept, and reports the outcome', async () => {
    const { waitFor, find, mocks, calls } = renderPanel({
      'connections.list': [ok({ connections: [connection()] }), ok({ connections: [] })],
      'connections.disconnect': ok({
        realmId: '9130354',
        revokedAtIntuit: true,
        message:
          'Disconnected Craig’s Design and Landscaping. Invoices already linked to HubSpot records stay linked.',
      }),
    });
    await waitFor(() => expect(find(Button, { testId: 'disconnect-9130354' })).toBeDefined());
    const modal = () => find(Button, { testId: 'disconnect-9130354' }).props.overlay!;
    const confirm = () => modal().find(LoadingButton, { testId: 'confirm-disconnect-9130354' });
    expect(allText(modal())).toContain(
      'Invoices already linked to deals, contacts and companies stay linked.',
    );
    expect(confirm().props.disabled).toBe(true);
    modal()
      .find(Input, { name: 'confirm-name-9130354' })
      .trigger('onChange', 'craig’s design and landscaping ' as never);
    await waitFor(() => expect(confirm().props.disabled).toBe(false));
    confirm().trigger('onClick');
    await waitFor(() =>
      expect(find(Alert, { testId: 'connection-notice' }).props.title).toBe('Disconnected'),
    );
    expect(mocks.actions.closeOverlay.calls).toEqual([['disconnect-9130354']]);
    expect(calls.map((c) => c.op)).toEqual([
      'connections.list',
      'connections.disconnect',
      'connections.list',
    ]);
    expect(calls[1]?.input).toEqual({
      realmId: '9130354',
      confirmCompanyName: 'craig’s design and landscaping ',
    });
  });

  it('offers Retry when the list cannot be loaded', async () => {
    const { waitFor, find } = renderPanel({
      'connections.list': [
        failure({ code: 'UNAVAILABLE', message: 'HubSpot is having trouble right now.' }),
        ok({ connections: [] }),
      ],
    });
    await waitFor(() => expect(find(ErrorState)).toBeDefined());
    find(Button, { testId: 'retry-connections' }).trigger('onClick');
    await waitFor(() => expect(find(EmptyState)).toBeDefined());
  });
});
