import { describe, expect, it } from 'vitest';
import {
  mappingProblem,
  mappingProblems,
  refusedMapping,
  taxablePropertyOf,
  type HubSpotPropertyShape,
  type QuickBooksFieldKind,
} from '@qbo-invoicing/contract/catalog';
import { syncSettingsSchema } from '@qbo-invoicing/contract';
import type { PortalProperty } from '../../serverless/hubspot/crm';
import type { Customer, Item } from '../../serverless/quickbooks';
import { contactFromCustomer } from '../../serverless/sync/customer-mapping';
import { productFromItem } from '../../serverless/sync/item-mapping';
import { hubSpotValue } from '../../serverless/sync/mappings';
import { planFor } from '../../serverless/sync/mappings-plan';
import { defaultSyncSettings, readSyncSettings } from '../../serverless/sync/settings';
import type { LogEntry } from '../../serverless/sync/log';
import { lastErrorsOf } from '../../serverless/sync/mappings-handlers';
import { refusedBy } from '../../serverless/sync/reasons';

const property = (
  name: string,
  type: string,
  extra: Partial<PortalProperty> = {},
): PortalProperty => ({ name, label: name, type, readOnlyValue: false, ...extra });

describe('mapping compatibility', () => {
  const kinds: QuickBooksFieldKind[] = ['text', 'number', 'bool', 'date', 'datetime'];
  const types = ['string', 'number', 'bool', 'date', 'datetime', 'phone_number'];
  // What each QuickBooks kind may fill: HubSpot refuses any other value for the whole batch.
  const fits: Record<QuickBooksFieldKind, string[]> = {
    text: ['string', 'phone_number'],
    number: ['number', 'string'],
    bool: ['bool', 'string'],
    date: ['date', 'string'],
    datetime: ['datetime', 'string'],
  };

  it('lets each QuickBooks kind fill only the HubSpot types that take its values', () => {
    for (const kind of kinds)
      for (const type of types)
        expect(mappingProblem(kind, property('p', type)), `${kind} → ${type}`).toBe(
          fits[kind].includes(type) ? null : mappingProblems.type,
        );
  });

  it('takes a yes/no dropdown for a checkbox, and refuses other dropdowns', () => {
    const yesNo = property('p', 'enumeration', {
      options: [{ value: 'true' }, { value: 'false' }],
    });
    const colours = property('p', 'enumeration', { options: [{ value: 'red' }] });
    expect(mappingProblem('bool', yesNo)).toBeNull();
    expect(mappingProblem('text', yesNo)).toBe(mappingProblems.dropdown);
    expect(mappingProblem('text', colours)).toBe(mappingProblems.dropdown);
  });

  it('refuses properties HubSpot calculates and properties with unique values', () => {
    expect(mappingProblem('text', property('p', 'string', { readOnlyValue: true }))).toBe(
      mappingProblems.calculated,
    );
    expect(mappingProblem('number', property('p', 'number', { calculated: true }))).toBe(
      mappingProblems.calculated,
    );
    expect(mappingProblem('text', property('p', 'string', { hasUniqueValue: true }))).toBe(
      mappingProblems.unique,
    );
  });

  it('names the first mapping that cannot be saved, and why', () => {
    const portal: HubSpotPropertyShape[] = [
      property('notes', 'string'),
      property('since', 'date'),
      property('email', 'string'),
    ];
    const refused = (mappings: Array<{ field: string; property: string }>) =>
      refusedMapping('contacts', mappings, portal);
    expect(refused([{ field: 'Notes', property: 'notes' }])).toBeNull();
    expect(refused([{ field: 'Nonsense', property: 'notes' }])?.problem).toBe(
      mappingProblems.field,
    );
    expect(refused([{ field: 'Notes', property: 'email' }])?.problem).toBe(mappingProblems.builtIn);
    expect(refused([{ field: 'Notes', property: 'gone' }])?.problem).toBe(mappingProblems.missing);
    expect(
      refused([
        { field: 'Notes', property: 'notes' },
        { field: 'Title', property: 'notes' },
      ]),
    ).toMatchObject({ index: 1, problem: mappingProblems.twice });
    expect(refused([{ field: 'Notes', property: 'since' }])).toEqual({
      index: 0,
      problem: mappingProblems.type,
      values: {
        field: 'Notes',
        property: 'since',
        fieldKind: 'text',
        propertyType: 'date',
        object: 'contacts',
      },
    });
  });
});

describe('values written through a mapping', () => {
  it('keeps amounts exact, checkboxes as true/false, dates as dates and instants in UTC', () => {
    expect(hubSpotValue('number', '1234.505', 'number')).toBe('1234.505');
    expect(hubSpotValue('number', 0.1, 'string')).toBe('0.1');
    expect(hubSpotValue('number', 'abc', 'number')).toBeNull();
    expect(hubSpotValue('bool', false, 'bool')).toBe('false');
    expect(hubSpotValue('bool', 'yes', 'bool')).toBeNull();
    expect(hubSpotValue('date', '2026-11-19', 'date')).toBe('2026-11-19');
    expect(hubSpotValue('datetime', '2026-11-19T09:30:00-08:00', 'datetime')).toBe(
      '2026-11-19T17:30:00.000Z',
    );
    expect(hubSpotValue('datetime', '2026-11-19T09:30:00-08:00', 'string')).toBe(
      '2026-11-19T09:30:00-08:00',
    );
    expect(hubSpotValue('text', '   ', 'string')).toBeNull();
  });
});

describe('Taxable and custom mappings in the sync', () => {
  const item: Item = {
    Id: '7',
    SyncToken: '0',
    Name: 'Design',
    Type: 'Service',
    Taxable: true,
    QtyOnHand: 3,
  };

  it('writes Taxable to HubSpot’s own taxable property when the portal has one, else qbo_taxable', () => {
    expect(taxablePropertyOf([property('qbo_taxable', 'bool')])).toBe('qbo_taxable');
    expect(
      taxablePropertyOf([property('qbo_taxable', 'bool'), property('hs_taxable', 'bool')]),
    ).toBe('hs_taxable');
    expect(taxablePropertyOf([property('hs_taxable', 'bool', { readOnlyValue: true })])).toBeNull();
    expect(taxablePropertyOf([])).toBeNull();

    const plan = planFor('products', [], [property('qbo_taxable', 'bool')]);
    expect(productFromItem(item, plan)).toMatchObject({
      kind: 'product',
      properties: { qbo_taxable: 'true', name: 'Design' },
    });
    // Before setup added the property, nothing is written (HubSpot would refuse the batch).
    const none = productFromItem(item, planFor('products', [], []));
    expect(none.kind === 'product' && 'qbo_taxable' in none.properties).toBe(false);
  });

  it('leaves out a saved mapping whose property is gone or changed type, never a built-in', () => {
    const mappings = [
      { field: 'QtyOnHand', property: 'on_hand' },
      { field: 'Description', property: 'gone' },
    ];
    const plan = planFor('products', mappings, [property('on_hand', 'number')]);
    expect(plan.custom.map((m) => m.property)).toEqual(['on_hand']);
    expect(productFromItem(item, plan)).toMatchObject({ properties: { on_hand: '3' } });
    const changed = planFor('products', mappings, [property('on_hand', 'date')]);
    expect(changed.custom).toEqual([]);

    const customer: Customer = {
      Id: '1',
      SyncToken: '0',
      DisplayName: 'Rosa Park',
      GivenName: 'Rosa',
      Notes: 'VIP',
    };
    const contact = contactFromCustomer(
      customer,
      planFor('contacts', [{ field: 'Notes', property: 'notes' }], [property('notes', 'string')]),
    );
    expect(contact).toMatchObject({ properties: { firstname: 'Rosa', notes: 'VIP' } });
  });
});

describe('sync settings version 2', () => {
  const v1 = {
    version: 1,
    contacts: {
      enabled: true,
      createAndUpdate: 'update_only',
      deleting: 'nothing',
      archiveConfirmed: false,
      startPoint: 'from_now',
    },
    products: {
      enabled: false,
      createAndUpdate: 'create_and_update',
      deleting: 'archive',
      archiveConfirmed: false,
      startPoint: 'existing',
    },
  };

  it('migrates version 1 settings, keeping every rule and adding no mappings', () => {
    expect(readSyncSettings(JSON.stringify(v1))).toEqual({
      version: 2,
      contacts: { ...v1.contacts, mappings: [] },
      products: { ...v1.products, mappings: [] },
    });
  });

  it('reads stored mappings back, dropping any that no longer read as one', () => {
    const stored = {
      ...defaultSyncSettings,
      contacts: {
        ...defaultSyncSettings.contacts,
        mappings: [{ field: 'Notes', property: 'notes' }, { field: 'Notes' }, 'nonsense'],
      },
    };
    expect(readSyncSettings(JSON.stringify(stored)).contacts.mappings).toEqual([
      { field: 'Notes', property: 'notes' },
    ]);
  });

  it('refuses unknown fields and a property mapped twice when saved', () => {
    const settings = (mappings: Array<{ field: string; property: string }>) => ({
      ...defaultSyncSettings,
      products: { ...defaultSyncSettings.products, mappings },
    });
    expect(
      syncSettingsSchema.safeParse(settings([{ field: 'QtyOnHand', property: 'on_hand' }])).success,
    ).toBe(true);
    const issues = (input: unknown) =>
      syncSettingsSchema.safeParse(input).error?.issues.map((i) => i.message);
    expect(issues(settings([{ field: 'Secret', property: 'x' }]))).toEqual([
      'Secret is not a QuickBooks field the sync can read',
    ]);
    expect(
      issues(
        settings([
          { field: 'QtyOnHand', property: 'x' },
          { field: 'Sku', property: 'x' },
        ]),
      ),
    ).toEqual(['x is mapped twice']);
  });
});

describe('a mapping’s last error', () => {
  const failure = (at: string, property: string, overrides: Partial<LogEntry> = {}): LogEntry => ({
    id: `${at}-${property}`,
    at,
    object: 'contacts',
    outcome: 'failed',
    qboId: '58',
    name: 'Amy’s Bird Sanctuary',
    hubspotId: null,
    reason: {
      id: 'HubSpot refused the record: {reason}',
      values: {
        reason: `Property values were not valid: "${property}" was not one of the allowed options`,
      },
    },
    ...overrides,
  });

  it('is the newest open failure whose HubSpot refusal names the property', () => {
    const log = [
      failure('2026-11-30T10:00:00Z', 'qbo_tier'),
      failure('2026-11-29T10:00:00Z', 'qbo_tier', { name: 'Older' }),
      failure('2026-11-30T09:00:00Z', 'qbo_region', { retried: true }),
      failure('2026-11-30T08:00:00Z', 'qbo_tier_code', { object: 'products' }),
    ];
    const errors = lastErrorsOf(log, 'contacts', ['qbo_tier', 'qbo_region', 'qbo_tier_code']);
    expect(errors.get('qbo_tier')?.at).toBe('2026-11-30T10:00:00Z');
    // A failure Retry has run again, or of the other object, is not the mapping's error.
    expect(errors.has('qbo_region')).toBe(false);
    expect(errors.has('qbo_tier_code')).toBe(false);
  });

  it('finds the property HubSpot named in its refusal, though the shown text was shortened', () => {
    const hubspot = `Property values were not valid: ${JSON.stringify([
      {
        isValid: false,
        message: `${'x'.repeat(300)} was not one of the allowed options`,
        error: 'INVALID_OPTION',
        name: 'qbo_tier',
      },
    ])}`;
    const reason = refusedBy(hubspot);
    expect(String(reason.values?.reason).length).toBeLessThan(hubspot.length);
    const log = [failure('2026-11-30T10:00:00Z', 'unrelated', { reason })];
    expect(lastErrorsOf(log, 'contacts', ['qbo_tier']).get('qbo_tier')?.id).toBe(
      '2026-11-30T10:00:00Z-unrelated',
    );
  });

  it('matches the whole property name, not a longer one that starts with it', () => {
    const log = [failure('2026-11-30T10:00:00Z', 'qbo_tier_code')];
    expect(lastErrorsOf(log, 'contacts', ['qbo_tier']).size).toBe(0);
    expect(lastErrorsOf(log, 'contacts', ['qbo_tier_code']).size).toBe(1);
  });
});
