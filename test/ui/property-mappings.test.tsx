import {
  Alert,
  Button,
  LoadingButton,
  Select,
  StatusTag,
  Tab,
  TableHeader,
  TableRow,
  Text,
} from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { describe, expect, it } from 'vitest';
import type { ConnectionView, OperationOutput } from '@qbo-invoicing/contract';
import { PropertyMappingsPanel } from '../../src/app/settings/components/PropertyMappingsPanel';
import { SettingsView } from '../../src/app/settings/components/SettingsView';
import { failure, ok, scriptedCall } from '../support/fake-call';
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

type Table = OperationOutput<'sync.mappings.get'>;

const table = (rows: Table['rows'] = []): Table => ({
  realmId: '111',
  object: 'contacts',
  rows: [
    {
      field: 'PrimaryEmailAddr.Address',
      property: 'email',
      propertyLabel: 'Email',
      direction: 'to_hubspot',
      builtIn: true,
      state: 'in_sync',
      problem: null,
    },
    ...rows,
  ],
  properties: [
    { name: 'qbo_notes', label: 'Notes from QuickBooks', type: 'string', fieldType: 'textarea' },
    { name: 'customer_since', label: 'Customer since', type: 'date', fieldType: 'date' },
  ],
});

const stale: Table['rows'][number] = {
  field: 'Balance',
  property: 'open_balance',
  propertyLabel: null,
  direction: 'to_hubspot',
  builtIn: false,
  state: 'property_missing',
  problem: 'HubSpot has no contact property named open_balance.',
};

function render(script: Parameters<typeof scriptedCall>[0], spanish = false) {
  const renderer = createRenderer('settings');
  const fake = scriptedCall({ 'connections.list': ok({ connections: [us] }), ...script });
  const panel = <PropertyMappingsPanel call={fake.call} />;
  renderer.render(spanish ? inSpanish(panel, 'settings', 'es-ES', 'Europe/Madrid') : panel);
  return { ...renderer, calls: fake.calls };
}

const rowTexts = (findAll: ReturnType<typeof createRenderer>['findAll']) =>
  findAll(TableRow).map((row) => allText(row));

describe('settings page: Property mappings tab', () => {
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
    expect(renderer.findAll(Tab).map((tab) => tab.props.title)).toContain('Property mappings');
  });

  it('shows each mapping with its direction and state, a missing property with why', async () => {
    const { waitFor, findAll } = render({ 'sync.mappings.get': ok(table([stale])) });
    await waitFor(() => expect(findAll(StatusTag)).toHaveLength(2));
    expect(findAll(TableHeader).map((h) => allText(h))).toEqual([
      'QuickBooks field',
      'Sync direction',
      'HubSpot property',
      'Mapping state',
      '',
    ]);
    const rows = rowTexts(findAll);
    expect(rows[1]).toContain('PrimaryEmailAddr.Address');
    expect(rows[1]).toContain('QuickBooks to HubSpot');
    expect(rows[1]).toContain('In sync');
    expect(rows[1]).toContain('Built in');
    expect(rows[2]).toContain('Property missing');
    expect(rows[2]).toContain('HubSpot has no contact property named open_balance.');
  });

  it('refuses a mapping whose types do not match before anything is saved', async () => {
    const { waitFor, find, findAll, calls } = render({ 'sync.mappings.get': ok(table()) });
    await waitFor(() => expect(find(Select, { name: 'contacts-mapping-field' })).toBeDefined());
    find(Select, { name: 'contacts-mapping-field' }).trigger('onChange', 'Notes' as never);
    find(Select, { name: 'contacts-mapping-property' }).trigger(
      'onChange',
      'customer_since' as never,
    );
    find(Button, { testId: 'add-contacts-mapping' }).trigger('onClick');
    await waitFor(() =>
      expect(allText(find(Alert, { testId: 'contacts-mapping-refused' }))).toContain(
        'The types do not match: Notes holds text, and customer_since takes a date.',
      ),
    );
    expect(findAll(StatusTag)).toHaveLength(1);
    expect(find(LoadingButton, { testId: 'save-contacts-mappings' }).props.disabled).toBe(true);
    expect(calls.map((c) => c.op)).not.toContain('sync.mappings.save');
  });

  it('adds a mapping, previews it on a QuickBooks record and saves it', async () => {
    const savedRow = {
      field: 'Notes',
      property: 'qbo_notes',
      propertyLabel: 'Notes from QuickBooks',
      direction: 'to_hubspot' as const,
      builtIn: false,
      state: 'in_sync' as const,
      problem: null,
    };
    const { waitFor, find, findAll, calls } = render({
      'sync.mappings.get': [ok(table()), ok(table([savedRow]))],
      'sync.mappings.preview': ok({
        realmId: '111',
        object: 'contacts',
        record: { id: '58', name: 'Rosa Park' },
        values: [
          { property: 'firstname', value: 'Rosa', custom: false },
          { property: 'qbo_notes', value: 'Prefers email', custom: true },
        ],
        skipped: null,
      }),
      'sync.mappings.save': ok(table([savedRow])),
    });
    await waitFor(() => expect(find(Select, { name: 'contacts-mapping-field' })).toBeDefined());
    find(Select, { name: 'contacts-mapping-field' }).trigger('onChange', 'Notes' as never);
    find(Select, { name: 'contacts-mapping-property' }).trigger('onChange', 'qbo_notes' as never);
    find(Button, { testId: 'add-contacts-mapping' }).trigger('onClick');
    await waitFor(() => expect(rowTexts(findAll).join('|')).toContain('Not saved yet'));

    find(LoadingButton, { testId: 'preview-contacts-mappings' }).trigger('onClick');
    await waitFor(() =>
      expect(
        findAll(Text).some((t) => allText(t) === 'What the sync would write for Rosa Park'),
      ).toBe(true),
    );
    expect(rowTexts(findAll).join('|')).toContain('qbo_notes Your mapping Prefers email');
    expect(calls.find((c) => c.op === 'sync.mappings.preview')?.input).toEqual({
      realmId: '111',
      object: 'contacts',
      mappings: [{ field: 'Notes', property: 'qbo_notes' }],
    });

    find(LoadingButton, { testId: 'save-contacts-mappings' }).trigger('onClick');
    await waitFor(() => expect(find(Alert, { testId: 'contacts-mappings-saved' })).toBeDefined());
    expect(calls.find((c) => c.op === 'sync.mappings.save')?.input).toEqual({
      realmId: '111',
      object: 'contacts',
      mappings: [{ field: 'Notes', property: 'qbo_notes' }],
    });
    await waitFor(() => expect(rowTexts(findAll).join('|')).not.toContain('Not saved yet'));
  });

  it('shows the server’s refusal as it comes', async () => {
    const { waitFor, find } = render({
      'sync.mappings.get': ok(table([{ ...stale, state: 'in_sync', problem: null }])),
      'sync.mappings.save': failure({
        code: 'INVALID_INPUT',
        retryable: false,
        message: 'HubSpot has no contact property named open_balance.',
        fix: 'Create the property in HubSpot first, or choose one it has.',
      }),
    });
    await waitFor(() =>
      expect(find(Button, { testId: 'remove-mapping-open_balance' })).toBeDefined(),
    );
    find(Button, { testId: 'remove-mapping-open_balance' }).trigger('onClick');
    find(LoadingButton, { testId: 'save-contacts-mappings' }).trigger('onClick');
    await waitFor(() =>
      expect(allText(find(Alert, { testId: 'contacts-mappings-error' }))).toContain(
        'Create the property in HubSpot first',
      ),
    );
  });

  it('speaks Spanish to a Spanish-speaking admin', async () => {
    const { waitFor, find, findAll } = render({ 'sync.mappings.get': ok(table([stale])) }, true);
    await waitFor(() => expect(findAll(StatusTag)).toHaveLength(2));
    expect(findAll(TableHeader).map((h) => allText(h))).toEqual([
      'Campo de QuickBooks',
      'Sentido de la sincronización',
      'Propiedad de HubSpot',
      'Estado de la asignación',
      '',
    ]);
    expect(findAll(StatusTag).map((tag) => allText(tag))).toEqual([
      'Sincronizada',
      'Falta la propiedad',
    ]);
    expect(find(Select, { name: 'mappings-object' }).props.options).toEqual([
      { label: 'Clientes de QuickBooks a contactos de HubSpot', value: 'contacts' },
      { label: 'Productos o servicios de QuickBooks a productos de HubSpot', value: 'products' },
    ]);
    find(Select, { name: 'contacts-mapping-field' }).trigger('onChange', 'Notes' as never);
    find(Select, { name: 'contacts-mapping-property' }).trigger(
      'onChange',
      'customer_since' as never,
    );
    find(Button, { testId: 'add-contacts-mapping' }).trigger('onClick');
    await waitFor(() =>
      expect(allText(find(Alert, { testId: 'contacts-mapping-refused' }))).toContain(
        'Los tipos no coinciden: Notes contiene texto, y customer_since admite una fecha.',
      ),
    );
    expect(find(Alert, { testId: 'contacts-mapping-refused' }).props.title).toBe(
      'No se puede añadir esta asignación',
    );
  });
});
