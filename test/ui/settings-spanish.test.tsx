import {
  Alert,
  Button,
  Checkbox,
  DescriptionListItem,
  EmptyState,
  Input,
  Link,
  LoadingButton,
  Modal,
  NumberInput,
  ProgressBar,
  Select,
  StatusTag,
  Tab,
  Tabs,
  Text,
  Toggle,
} from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { describe, expect, it } from 'vitest';
import type { ReactElement } from 'react';
import type { BackfillProgress, ConnectionView, SetupStatus } from '@qbo-invoicing/contract';
import type { Call } from '@qbo-invoicing/ui';
import { ConnectionsPanel } from '../../src/app/settings/components/ConnectionsPanel';
import { RecordSyncPanel } from '../../src/app/settings/components/RecordSyncPanel';
import { SettingsView } from '../../src/app/settings/components/SettingsView';
import { defaultSyncSettings } from '../../serverless/sync/settings';
import { failure, ok, scriptedCall } from '../support/fake-call';
import { inSpanish } from '../support/languages';
import { allText } from '../support/ui';

/**
 * The settings page as a Spanish-speaking admin meets it: every state in Spanish, with the
 * locale's digits, dates and money, and one next step in each.
 */
const connection = (overrides: Partial<ConnectionView> = {}): ConnectionView => ({
  realmId: '9130354',
  companyName: 'Jardines Olivo',
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

const authorizeUrl = 'https://appcenter.intuit.com/connect/oauth2?client_id=x&state=s';
const started = ok({ authorizeUrl, expiresAt: '2026-11-26T17:10:00.000Z' });

const notSetUp: SetupStatus = {
  done: false,
  items: [{ key: 'schema:qbo_invoice', label: 'Objeto personalizado «Factura»', done: false }],
};
const setUpDone: SetupStatus = {
  ...notSetUp,
  done: true,
  items: [{ ...notSetUp.items[0]!, done: true }],
};

function renderInSpanish(
  element: (call: Call) => ReactElement,
  script: Parameters<typeof scriptedCall>[0],
  locale = 'es-ES',
  timeZone = 'Europe/Madrid',
) {
  const renderer = createRenderer('settings');
  const fake = scriptedCall(script);
  renderer.render(inSpanish(element(fake.call), 'settings', locale, timeZone));
  const of = (op: string) => fake.calls.filter((c) => c.op === op);
  return { ...renderer, calls: fake.calls, of };
}

describe('settings in Spanish: the first run', () => {
  it('opens on Setup until setup is done, leads from every tab to it, then on to Connections', async () => {
    // The functions answer NOT_SET_UP for the connections until setup has run.
    let setUp = false;
    const { waitFor, find, findAll } = renderInSpanish((call) => <SettingsView call={call} />, {
      'setup.status': ok(notSetUp),
      'setup.run': () => {
        setUp = true;
        return ok({ ...setUpDone, created: ['Objeto personalizado «Factura»'] });
      },
      'connections.list': () =>
        setUp
          ? ok({ connections: [] })
          : failure({
              code: 'NOT_SET_UP',
              message: 'La aplicación aún no está instalada.',
              retryable: false,
            }),
    });
    await waitFor(() => expect(findAll(Tab).length).toBeGreaterThanOrEqual(4));
    const titles = Object.fromEntries(
      findAll(Tab).map((tab) => [tab.props.tabId, tab.props.title]),
    );
    expect(titles).toMatchObject({
      connections: 'Conexiones',
      contacts: 'Contactos',
      products: 'Productos',
      setup: 'Instalación',
    });
    expect(find(Tabs).props.selected).toBe('setup');
    const setupTab = () => find(Tab, { tabId: 'setup' });
    await waitFor(() => expect(setupTab().find(Alert, { testId: 'setup-needed' })).toBeDefined());
    expect(setupTab().find(Alert, { testId: 'setup-needed' }).props.title).toBe(
      'Falta la instalación',
    );
    expect(
      setupTab()
        .findAll(StatusTag)
        .map((tag) => tag.text),
    ).toEqual(['Falta']);
    expect(find(LoadingButton, { testId: 'run-setup' }).text).toBe('Ejecutar la instalación');
    expect(find(LoadingButton, { testId: 'run-setup' }).props.variant).toBe('primary');

    // Before setup, Connections, Contacts and Products show the way to Setup: no error with a
    // Retry that cannot help, no Connect.
    await waitFor(() => expect(find(Button, { testId: 'go-to-setup' })).toBeDefined());
    for (const tabId of ['connections', 'contacts', 'products']) {
      const tab = find(Tab, { tabId });
      expect(tab.find(EmptyState).props.title).toBe('Primero ejecuta la instalación');
      expect(tab.findAll(LoadingButton)).toHaveLength(0);
      expect(tab.findAll(Button).map((button) => button.text)).toEqual(['Ir a Instalación']);
    }
    find(Button, { testId: 'products-go-to-setup' }).trigger('onClick');
    await waitFor(() => expect(find(Tabs).props.selected).toBe('setup'));

    find(LoadingButton, { testId: 'run-setup' }).trigger('onClick');
    await waitFor(() => expect(find(Alert, { testId: 'setup-complete' })).toBeDefined());
    expect(allText(find(Alert, { testId: 'setup-ran' }))).toBe(
      'Creado: Objeto personalizado «Factura».',
    );
    expect(find(Button, { testId: 'setup-next' }).text).toBe('Ir a Conexiones');
    expect(allText(setupTab())).toContain(
      'Siguiente paso, en la pestaña Conexiones: conecta tus empresas de QuickBooks o revisa las que ya están conectadas.',
    );
    find(Button, { testId: 'setup-next' }).trigger('onClick');
    await waitFor(() => expect(find(Tabs).props.selected).toBe('connections'));
    // The tabs that needed setup read again by themselves: Connections now offers Connect.
    await waitFor(() =>
      expect(find(LoadingButton, { testId: 'connect' }).text).toBe(
        'Conectar una empresa de QuickBooks',
      ),
    );
  });

  it('opens on Connections once setup is done', async () => {
    const { waitFor, find, maybeFind } = renderInSpanish((call) => <SettingsView call={call} />, {
      'setup.status': ok(setUpDone),
      'connections.list': ok({ connections: [connection()] }),
      // The other tabs load too; what they show is their own tests'.
      'sync.settings.get': () => new Promise(() => {}),
      'sync.mappings.get': () => new Promise(() => {}),
      'sync.log.list': () => new Promise(() => {}),
    });
    await waitFor(() => expect(find(Alert, { testId: 'setup-complete' })).toBeDefined());
    expect(find(Tabs).props.selected).toBe('connections');
    expect(find(Alert, { testId: 'setup-complete' }).props.title).toBe(
      'La instalación está completa',
    );
    // Setup was done before this visit: no "next step" pointer on the Setup tab.
    expect(maybeFind(Button, { testId: 'setup-next' })).toBeNull();
  });

  it('says a failed setup in Spanish and keeps one way forward: run it again', async () => {
    const { waitFor, find } = renderInSpanish((call) => <SettingsView call={call} />, {
      'setup.status': ok(notSetUp),
      'setup.run': failure({ message: 'HubSpot tiene problemas en este momento.' }),
      'connections.list': () => new Promise(() => {}),
    });
    await waitFor(() => expect(find(LoadingButton, { testId: 'run-setup' })).toBeDefined());
    find(LoadingButton, { testId: 'run-setup' }).trigger('onClick');
    await waitFor(() => expect(find(Alert, { testId: 'setup-failed' })).toBeDefined());
    expect(find(Alert, { testId: 'setup-failed' }).props.title).toBe('La instalación no terminó');
    expect(allText(find(Alert, { testId: 'setup-failed' }))).toBe(
      'HubSpot tiene problemas en este momento. Vuelve a ejecutar la instalación para terminarla.',
    );
    expect(find(LoadingButton, { testId: 'run-setup' }).props.variant).toBe('primary');
  });
});

describe('settings in Spanish: connections', () => {
  it('says nothing is connected and offers the one next step', async () => {
    const { waitFor, find, findAll } = renderInSpanish((call) => <ConnectionsPanel call={call} />, {
      'connections.list': ok({ connections: [] }),
    });
    await waitFor(() =>
      expect(find(EmptyState).props.title).toBe('No hay ninguna empresa de QuickBooks conectada'),
    );
    expect(findAll(LoadingButton).map((b) => [b.text, b.props.variant])).toEqual([
      ['Conectar una empresa de QuickBooks', 'primary'],
    ]);
  });

  it('connects by paste-back and shows the company at once, the list read again by itself', async () => {
    const { waitFor, find, findAll, getRootNode, of } = renderInSpanish(
      (call) => <ConnectionsPanel call={call} />,
      {
        'connections.list': [ok({ connections: [] }), ok({ connections: [connection()] })],
        'connections.startConnect': started,
        'connections.complete': ok({ connection: connection(), reconnected: false }),
      },
    );
    await waitFor(() => expect(find(EmptyState)).toBeDefined());
    find(LoadingButton, { testId: 'connect' }).trigger('onClick');
    await waitFor(() => expect(find(Link).text).toBe('Abrir QuickBooks'));
    const steps = allText(getRootNode());
    expect(steps).toContain('1. Abre QuickBooks en una pestaña nueva');
    expect(steps).toContain('elige Mostrarla aquí');
    // No state asks the admin to refresh anything by hand.
    expect(steps).not.toMatch(/actualiza|recarga|refresh/i);
    expect(find(Input).props.label).toBe('Dirección después de aprobar');
    find(Input).trigger(
      'onChange',
      'https://example.com/cb?code=c&state=s&realmId=9130354' as never,
    );
    await waitFor(() =>
      expect(find(LoadingButton, { testId: 'finish-connect' }).props.disabled).toBe(false),
    );
    expect(find(LoadingButton, { testId: 'finish-connect' }).text).toBe('Terminar de conectar');
    find(LoadingButton, { testId: 'finish-connect' }).trigger('onClick');
    await waitFor(() => expect(findAll(StatusTag)).toHaveLength(1));
    const notice = find(Alert, { testId: 'connection-notice' });
    expect(notice.props.title).toBe('Conectada');
    expect(allText(notice)).toBe('Jardines Olivo está conectada.');
    expect(findAll(StatusTag).map((tag) => tag.text)).toEqual(['Conectada']);
    expect(of('connections.list')).toHaveLength(2);
  });

  it('shows a company the callback connected with Mostrarla aquí, reading the list again', async () => {
    const { waitFor, find, findAll, of } = renderInSpanish(
      (call) => <ConnectionsPanel call={call} />,
      {
        'connections.list': [ok({ connections: [] }), ok({ connections: [connection()] })],
        'connections.startConnect': started,
      },
    );
    await waitFor(() => expect(find(EmptyState)).toBeDefined());
    find(LoadingButton, { testId: 'connect' }).trigger('onClick');
    await waitFor(() =>
      expect(find(Button, { testId: 'check-connected' }).text).toBe('Mostrarla aquí'),
    );
    find(Button, { testId: 'check-connected' }).trigger('onClick');
    await waitFor(() => expect(findAll(StatusTag)).toHaveLength(1));
    expect(of('connections.list')).toHaveLength(2);
    expect(of('connections.complete')).toHaveLength(0);
  });

  it('lets a reconnect finished by the callback show itself too, with Mostrarla aquí', async () => {
    const needsReconnect = connection({
      status: 'needs_reconnect',
      lastError: 'Vuelve a conectar la empresa de QuickBooks Jardines Olivo.',
    });
    const { waitFor, find, findAll, of } = renderInSpanish(
      (call) => <ConnectionsPanel call={call} />,
      {
        'connections.list': [
          ok({ connections: [needsReconnect] }),
          ok({ connections: [connection()] }),
        ],
        'connections.startConnect': started,
      },
    );
    await waitFor(() =>
      expect(findAll(StatusTag).map((tag) => tag.text)).toEqual(['Hay que volver a conectar']),
    );
    // The one next step: Reconnect is the primary button; connecting another is secondary.
    const reconnect = find(LoadingButton, { testId: 'reconnect-9130354-connect' });
    expect([reconnect.text, reconnect.props.variant]).toEqual(['Volver a conectar', 'primary']);
    expect(find(LoadingButton, { testId: 'connect' }).props.variant).toBe('secondary');
    expect(find(LoadingButton, { testId: 'connect' }).text).toBe(
      'Conectar otra empresa de QuickBooks',
    );
    reconnect.trigger('onClick');
    await waitFor(() =>
      expect(find(Button, { testId: 'reconnect-9130354-check-connected' })).toBeDefined(),
    );
    find(Button, { testId: 'reconnect-9130354-check-connected' }).trigger('onClick');
    await waitFor(() => expect(findAll(StatusTag).map((tag) => tag.text)).toEqual(['Conectada']));
    expect(of('connections.list')).toHaveLength(2);
  });

  it('explains a company to reconnect even when no error was recorded', async () => {
    const { waitFor, find, findAll } = renderInSpanish((call) => <ConnectionsPanel call={call} />, {
      'connections.list': ok({
        connections: [
          connection({ realmId: '1', status: 'needs_reconnect', lastError: null }),
          connection({ realmId: '2', status: 'error', lastError: null }),
        ],
      }),
    });
    await waitFor(() => expect(findAll(StatusTag)).toHaveLength(2));
    expect(find(Text, { testId: 'last-error-1' }).text).toBe(
      'QuickBooks ya no acepta la autorización de esta empresa. Vuelve a conectarla.',
    );
    expect(find(Text, { testId: 'last-error-2' }).text).toBe(
      'La última llamada a QuickBooks falló. Prueba la conexión para ver por qué.',
    );
    expect(find(LoadingButton, { testId: 'test-connection-2' }).text).toBe('Probar la conexión');
  });

  it('lists several companies with their facts, dates in the portal’s day and Spanish labels', async () => {
    const { waitFor, findAll, getRootNode } = renderInSpanish(
      (call) => <ConnectionsPanel call={call} />,
      {
        'connections.list': ok({
          connections: [
            // 23:30 UTC is already the next day in Madrid.
            connection({ refreshTokenExpiresAt: '2027-03-06T23:30:00.000Z' }),
            connection({
              realmId: '4620816',
              companyName: 'Brightwater Ltd',
              country: 'GB',
              homeCurrency: 'GBP',
              environment: 'production',
              refreshTokenExpiresAt: '2027-03-06T17:00:00.000Z',
              refreshTokenHardExpiresAt: null,
              lastUsedAt: null,
            }),
          ],
        }),
      },
    );
    await waitFor(() => expect(findAll(StatusTag)).toHaveLength(2));
    const text = allText(getRootNode());
    expect(text).toContain(
      'La autorización dura hasta el 7 mar 2027 si no se usa; termina definitivamente el 26 nov 2031.',
    );
    expect(text).toContain('Último uso correcto: 26 nov 2026.');
    expect(text).toContain('La autorización dura hasta el 6 mar 2027 si no se usa.');
    expect(text).toContain('Aún no se ha usado.');
    expect(text).toContain('Producción');
    expect(
      findAll(DescriptionListItem)
        .map((item) => item.props.label)
        .slice(0, 4),
    ).toEqual(['ID de la empresa', 'País', 'Moneda principal', 'Entorno']);
  });

  it('reads the same moment as the previous day in New York', async () => {
    const { waitFor, getRootNode, findAll } = renderInSpanish(
      (call) => <ConnectionsPanel call={call} />,
      {
        'connections.list': ok({
          connections: [
            connection({
              refreshTokenExpiresAt: '2027-03-07T03:30:00.000Z',
              refreshTokenHardExpiresAt: null,
            }),
          ],
        }),
      },
      'es-MX',
      'America/New_York',
    );
    await waitFor(() => expect(findAll(StatusTag)).toHaveLength(1));
    expect(allText(getRootNode())).toContain(
      'La autorización dura hasta el 6 mar 2027 si no se usa.',
    );
  });

  it('says Sync now’s counts with Spanish plurals', async () => {
    const synced = (checked: number, payments: number, complete = true) =>
      ok({
        realmId: '9130354',
        mode: 'changes' as const,
        invoicesChecked: checked,
        invoicesUpdated: 0,
        paymentsNoted: payments,
        complete,
        syncedThrough: complete ? '2026-11-30T10:00:00.000Z' : null,
      });
    const { waitFor, find } = renderInSpanish((call) => <ConnectionsPanel call={call} />, {
      'connections.list': ok({ connections: [connection()] }),
      'invoices.syncNow': [synced(1, 1), synced(1200, 3, false)],
    });
    await waitFor(() => expect(find(LoadingButton, { testId: 'sync-now-9130354' })).toBeDefined());
    expect(find(LoadingButton, { testId: 'sync-now-9130354' }).text).toBe('Sincronizar ahora');
    find(LoadingButton, { testId: 'sync-now-9130354' }).trigger('onClick');
    const notice = () => find(Alert, { testId: 'connection-notice' });
    await waitFor(() => expect(notice().props.title).toBe('Facturas sincronizadas'));
    expect(allText(notice())).toBe(
      'Jardines Olivo: 1 factura vinculada revisada, 0 actualizadas, 1 pago anotado en la cronología.',
    );
    find(LoadingButton, { testId: 'sync-now-9130354' }).trigger('onClick');
    await waitFor(() => expect(notice().props.title).toBe('Sincronizado en parte'));
    expect(allText(notice())).toBe(
      'Jardines Olivo: 1200 facturas vinculadas revisadas, 0 actualizadas, 3 pagos anotados en la cronología. Queda más por ponerse al día: vuelve a elegir Sincronizar ahora.',
    );
  });

  it('asks before disconnecting in Spanish', async () => {
    const { waitFor, find } = renderInSpanish((call) => <ConnectionsPanel call={call} />, {
      'connections.list': ok({ connections: [connection()] }),
    });
    await waitFor(() => expect(find(Button, { testId: 'disconnect-9130354' })).toBeDefined());
    const modal = find(Button, { testId: 'disconnect-9130354' }).props.overlay!;
    expect(modal.find(Modal).props.title).toBe('¿Desconectar Jardines Olivo?');
    expect(modal.find(Input).props.label).toBe('Escribe “Jardines Olivo” para confirmar');
    expect(allText(modal)).toContain('Mantener conectada');
  });
});

describe('settings in Spanish: reminders', () => {
  it('loads, edits and saves, and says what was saved as a Spanish list', async () => {
    const { waitFor, find } = renderInSpanish((call) => <ConnectionsPanel call={call} />, {
      'connections.list': ok({ connections: [connection()] }),
      'reminders.get': ok({
        realmId: '9130354',
        settings: { unsentAfterDays: null, overdue: false, paidInFull: false },
      }),
      'reminders.save': ok({
        realmId: '9130354',
        settings: { unsentAfterDays: 1, overdue: true, paidInFull: true },
      }),
    });
    await waitFor(() => expect(find(Button, { testId: 'reminders-9130354' })).toBeDefined());
    expect(find(Button, { testId: 'reminders-9130354' }).text).toBe('Recordatorios');
    const modal = () => find(Button, { testId: 'reminders-9130354' }).props.overlay!;
    expect(modal().find(Modal).props.title).toBe('Recordatorios de Jardines Olivo');
    modal().find(Modal).trigger('onOpen');
    await waitFor(() => expect(modal().findAll(Toggle)).toHaveLength(3));
    expect(
      modal()
        .findAll(Toggle)
        .map((toggle) => toggle.props.label),
    ).toEqual([
      'Un borrador sigue sin enviar',
      'Una factura vence',
      'Una factura se paga en su totalidad (para avanzar el negocio)',
    ]);
    modal()
      .find(Toggle, { name: 'unsent' })
      .trigger('onChange', true as never);
    await waitFor(() =>
      expect(modal().find(NumberInput).props.label).toBe('Días después de la fecha de la factura'),
    );
    modal().find(LoadingButton, { testId: 'save-reminders-9130354' }).trigger('onClick');
    await waitFor(() =>
      expect(find(Alert, { testId: 'connection-notice' }).props.title).toBe(
        'Recordatorios guardados',
      ),
    );
    expect(allText(find(Alert, { testId: 'connection-notice' }))).toBe(
      'Jardines Olivo: tareas para borradores sin enviar después de 1 día, facturas vencidas y facturas pagadas en su totalidad.',
    );
  });

  it('offers Reintentar when the reminders cannot be loaded', async () => {
    const { waitFor, find } = renderInSpanish((call) => <ConnectionsPanel call={call} />, {
      'connections.list': ok({ connections: [connection()] }),
      'reminders.get': [
        failure({ message: 'HubSpot no respondió.' }),
        ok({
          realmId: '9130354',
          settings: { unsentAfterDays: 3, overdue: true, paidInFull: false },
        }),
      ],
    });
    await waitFor(() => expect(find(Button, { testId: 'reminders-9130354' })).toBeDefined());
    const modal = () => find(Button, { testId: 'reminders-9130354' }).props.overlay!;
    modal().find(Modal).trigger('onOpen');
    await waitFor(() =>
      expect(modal().find(Alert).props.title).toBe('No se pudieron cargar los recordatorios'),
    );
    expect(modal().find(Button, { testId: 'retry-reminders-9130354' }).text).toBe('Reintentar');
    modal().find(Button, { testId: 'retry-reminders-9130354' }).trigger('onClick');
    await waitFor(() => expect(modal().findAll(Toggle)).toHaveLength(3));
  });
});

describe('settings in Spanish: past invoices', () => {
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
    total: 12000,
    done: 1200,
    counts: counts({ invoices: 1200, toContacts: 300, toCompanies: 200, unmatched: 100 }),
    workedMs: 120_000,
    startedAt: '2026-11-30T05:00:00.000Z',
    updatedAt: '2026-11-30T05:01:00.000Z',
    ambiguousInvoices: [
      {
        invoiceId: '77',
        number: 'H-77',
        customerName: 'Gemelos S.L.',
        txnDate: '2019-03-04',
        total: '1234.50',
        currency: 'EUR',
        reason: 'El nombre de empresa «Gemelos S.L.» coincide.',
        candidates: [
          { type: 'companies', id: '501', name: 'Gemelos S.L.' },
          { type: 'contacts', id: '502', name: 'Ana Gemelo' },
        ],
      },
    ],
    ambiguousMore: 1,
    ...over,
  });

  it('shows a run left open with Spanish counts, pace, money and dates', async () => {
    const { waitFor, find } = renderInSpanish((call) => <ConnectionsPanel call={call} />, {
      'connections.list': ok({ connections: [connection()] }),
      'backfill.status': ok({ progress: progress() }),
    });
    await waitFor(() => expect(find(Button, { testId: 'backfill-9130354' })).toBeDefined());
    expect(find(Button, { testId: 'backfill-9130354' }).text).toBe('Vincular facturas anteriores');
    const modal = () => find(Button, { testId: 'backfill-9130354' }).props.overlay!;
    expect(modal().find(Modal).props.title).toBe('Vincular facturas anteriores: Jardines Olivo');
    modal().find(Modal).trigger('onOpen');
    await waitFor(() => expect(modal().find(ProgressBar).props.title).toBe('En pausa'));
    expect(modal().find(ProgressBar).props.valueDescription).toBe('1200 de 12.000 facturas');
    expect(allText(modal())).toContain('600 facturas por minuto, quedan unos 18 min');
    expect(allText(modal())).toContain(
      'Se mostrará 1 más cuando se resuelvan estas y se vuelva a iniciar la vinculación.',
    );
    expect(modal().find(Button, { testId: 'backfill-start-9130354' }).text).toBe('Reanudar');
    const select = modal().find(Select, { testId: 'resolve-9130354-77' });
    expect(select.props.label).toBe(
      'Factura H-77 · Gemelos S.L. · 4 mar 2019 · 1234,50\u00a0€ (El nombre de empresa «Gemelos S.L.» coincide.)',
    );
    expect(select.props.options.map((option: { label: string }) => option.label)).toEqual([
      'Elige el registro',
      'Gemelos S.L. (empresa 501)',
      'Ana Gemelo (contacto 502)',
    ]);
    expect(
      Object.fromEntries(
        modal()
          .findAll(DescriptionListItem)
          .map((item) => [item.props.label, allText(item)]),
      ),
    ).toMatchObject({
      Facturas: '1200',
      'Vinculadas a contactos': '300',
      'Sin coincidencia': '100',
    });
  });
});

describe('settings in Spanish: contact and product sync', () => {
  it('sends the admin to Connections when no company is connected', async () => {
    const { waitFor, find, findAll } = createAndRender('products', {
      'connections.list': ok({ connections: [] }),
    });
    await waitFor(() =>
      expect(find(EmptyState).props.title).toBe('No hay ninguna empresa de QuickBooks conectada'),
    );
    expect(allText(find(EmptyState))).toContain(
      'para sincronizar sus productos y servicios con los productos de HubSpot.',
    );
    expect(findAll(Button).map((button) => button.text)).toEqual(['Ir a Conexiones']);
  });

  it('warns that a company needing reconnect syncs nothing, and leads to Connections', async () => {
    let went = 0;
    const renderer = renderInSpanish(
      (call) => <RecordSyncPanel call={call} object="contacts" onConnect={() => (went += 1)} />,
      {
        'connections.list': ok({ connections: [connection({ status: 'needs_reconnect' })] }),
        'sync.settings.get': ok({ realmId: '9130354', settings: defaultSyncSettings }),
      },
    );
    await renderer.waitFor(() =>
      expect(renderer.find(Alert, { testId: 'contacts-needs-reconnect' })).toBeDefined(),
    );
    const warning = renderer.find(Alert, { testId: 'contacts-needs-reconnect' });
    expect(warning.props.title).toBe('Hay que volver a conectar Jardines Olivo');
    expect(allText(warning)).toContain('Vuelve a conectarla en la pestaña Conexiones.');
    renderer.find(Button, { testId: 'contacts-reconnect-first' }).trigger('onClick');
    expect(went).toBe(1);
  });

  it('shows the contact rules in Spanish, with the archive warning, and saves them', async () => {
    const { waitFor, find, calls } = createAndRender('contacts', {
      'connections.list': ok({ connections: [connection()] }),
      'sync.settings.get': ok({ realmId: '9130354', settings: defaultSyncSettings }),
      'sync.settings.save': ok({ realmId: '9130354', settings: defaultSyncSettings }),
    });
    await waitFor(() => expect(find(Toggle, { name: 'contacts-enabled' })).toBeDefined());
    expect(find(Toggle, { name: 'contacts-enabled' }).props.label).toBe(
      'Sincronizar los clientes de QuickBooks con los contactos de HubSpot',
    );
    expect(find(Select, { name: 'contacts-createAndUpdate' }).props.label).toBe(
      'Cuando se crean o actualizan clientes en QuickBooks',
    );
    expect(
      find(Select, { name: 'contacts-deleting' }).props.options.map(
        (option: { label: string }) => option.label,
      ),
    ).toEqual([
      'No hacer nada',
      'Marcar el registro de HubSpot como inactivo en QuickBooks',
      'Archivar el registro de HubSpot',
    ]);
    find(Select, { name: 'contacts-deleting' }).trigger('onChange', 'archive' as never);
    await waitFor(() =>
      expect(find(Alert, { testId: 'archive-contacts-warning' }).props.title).toBe(
        'Archivar contactos',
      ),
    );
    expect(find(Checkbox).text).toBe(
      'Lo entiendo: archivar el contacto de un cliente desactivado en QuickBooks',
    );
    find(Checkbox).trigger('onChange', true as never);
    await waitFor(() =>
      expect(find(LoadingButton, { testId: 'save-contacts-sync' }).props.disabled).toBe(false),
    );
    find(LoadingButton, { testId: 'save-contacts-sync' }).trigger('onClick');
    await waitFor(() =>
      expect(allText(find(Alert, { testId: 'contacts-sync-notice' }))).toBe(
        'Se guardó la configuración de sincronización de contactos de Jardines Olivo.',
      ),
    );
    expect(calls.some((c) => c.op === 'sync.settings.save')).toBe(true);
  });

  it('brings in existing products with a Spanish dry run and progress', async () => {
    const enabled = {
      ...defaultSyncSettings,
      products: { ...defaultSyncSettings.products, enabled: true, startPoint: 'existing' as const },
    };
    const syncCounts = {
      created: 2,
      updated: 1,
      matched: 0,
      skipped: 0,
      failed: 0,
      inactive: 0,
      archived: 0,
    };
    const { waitFor, find } = createAndRender('products', {
      'connections.list': ok({ connections: [connection()] }),
      'sync.settings.get': ok({ realmId: '9130354', settings: enabled }),
      'sync.run': [
        ok({ realmId: '9130354', dryRun: true, complete: true, counts: syncCounts, reasons: [] }),
        ok({ realmId: '9130354', dryRun: false, complete: true, counts: syncCounts, reasons: [] }),
      ],
    });
    await waitFor(() => expect(find(LoadingButton, { testId: 'dry-run-products' })).toBeDefined());
    expect(find(LoadingButton, { testId: 'dry-run-products' }).text).toBe('Simulación');
    find(LoadingButton, { testId: 'dry-run-products' }).trigger('onClick');
    await waitFor(() =>
      expect(find(Button, { testId: 'run-products' }).text).toBe(
        'Traer los productos y servicios existentes',
      ),
    );
    find(Button, { testId: 'run-products' }).trigger('onClick');
    await waitFor(() =>
      expect(allText(find(Alert, { testId: 'products-run-done' }))).toBe(
        'Creados: 2, actualizados: 1, emparejados: 0, omitidos: 0, con error: 0.',
      ),
    );
    expect(find(ProgressBar).props.title).toBe('Traídos 3 de 3');
  });
});

function createAndRender(
  object: 'contacts' | 'products',
  script: Parameters<typeof scriptedCall>[0],
) {
  return renderInSpanish(
    (call) => <RecordSyncPanel call={call} object={object} onConnect={() => {}} />,
    script,
  );
}
