import type * as z from 'zod';
import {
  APP_TAXABLE_PROPERTY,
  builtInMappings,
  mappingProblems,
  refusedMapping,
  taxablePropertyOf,
  type SyncObject,
} from '@qbo-invoicing/contract/catalog';
import type {
  CustomMapping,
  MappingRow,
  mappingsGetOutput,
  mappingsPreviewOutput,
} from '@qbo-invoicing/contract';
import type { PortalProperty } from '../hubspot/crm';
import { AppError } from '../lib/errors';
import type { Translator } from '../lib/text';
import { select } from '../quickbooks';
import type { Handlers, OperationContext } from '../runtime/dispatch';
import { contactFromCustomer } from './customer-mapping';
import { productFromItem } from './item-mapping';
import { isOpenFailure, readLog, type LogEntry } from './log';
import { planFor, propertyDefinitions } from './mappings-plan';
import { readSyncSettings } from './settings';

type MappingsAnswer = z.infer<typeof mappingsGetOutput>;

/**
 * For each property, the newest failure the sync log still holds open whose refusal HubSpot
 * worded with that property's name (HubSpot names the property in a refused value's message): the
 * mapping's "last error". Pure, for the tab and its tests.
 */
export function lastErrorsOf(
  log: readonly LogEntry[],
  object: SyncObject,
  properties: readonly string[],
): Map<string, LogEntry> {
  const found = new Map<string, LogEntry>();
  for (const entry of log) {
    if (entry.object !== object || !isOpenFailure(entry)) continue;
    const said = String(entry.reason?.values?.reason ?? '');
    const named = String(entry.reason?.values?.properties ?? '').split(',');
    for (const property of properties) {
      if (found.has(property)) continue;
      if (named.includes(property)) {
        found.set(property, entry);
        continue;
      }
      const name = property.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      if (new RegExp(`(^|[^a-z0-9_])${name}([^a-z0-9_]|$)`).test(said)) found.set(property, entry);
    }
  }
  return found;
}

/** Property types a QuickBooks field can fill (a yes/no dropdown too: `mappingProblem`). */
const mappableTypes: readonly string[] = [
  'string',
  'phone_number',
  'number',
  'bool',
  'date',
  'datetime',
  'enumeration',
];

/**
 * The Property mappings tab's table for one object: the built-in mappings (the taxable one to the
 * portal's taxable property) and the admin's, each with its state read from HubSpot's property
 * definitions; and the properties a new mapping may fill.
 */
function describe(
  realmId: string,
  object: SyncObject,
  mappings: readonly CustomMapping[],
  properties: readonly PortalProperty[],
  words: Translator,
  log: readonly LogEntry[] = [],
): MappingsAnswer {
  const byName = new Map(properties.map((p) => [p.name, p]));
  const taxable = object === 'products' ? taxablePropertyOf(properties) : null;
  const builtIn: MappingRow[] = builtInMappings[object].map(({ field, property }) => {
    const name = field === 'Taxable' ? (taxable ?? APP_TAXABLE_PROPERTY) : property;
    const found = byName.get(name);
    return {
      field,
      property: name,
      propertyLabel: found?.label ?? null,
      direction: 'to_hubspot',
      builtIn: true,
      state: found ? 'in_sync' : 'property_missing',
      problem: found
        ? null
        : words.t(
            'HubSpot has no {object, select, contacts {contact} other {product}} property named {property}.',
            { object, property: name },
          ),
    };
  });
  const custom: MappingRow[] = mappings.map((mapping) => {
    const found = byName.get(mapping.property);
    const refused = refusedMapping(object, [mapping], properties);
    return {
      field: mapping.field,
      property: mapping.property,
      propertyLabel: found?.label ?? null,
      direction: 'to_hubspot',
      builtIn: false,
      state: !found ? 'property_missing' : refused ? 'type_mismatch' : 'in_sync',
      problem: refused ? words.t(refused.problem, refused.values) : null,
    };
  });
  const taken = new Set([...builtIn, ...custom].map((row) => row.property));
  const errors = lastErrorsOf(log, object, [...taken]);
  // A mapping HubSpot's properties allow can still have been refused a value by the last sync.
  const withErrors = [...builtIn, ...custom].map((row): MappingRow => {
    const failure = row.state === 'in_sync' ? errors.get(row.property) : undefined;
    if (!failure) return row;
    return {
      ...row,
      state: 'last_error',
      problem: words.t('The last sync of {name} failed on this property: {reason}', {
        name: failure.name,
        reason: String(failure.reason?.values?.reason ?? ''),
      }),
    };
  });
  return {
    realmId,
    object,
    rows: withErrors,
    properties: properties
      .filter(
        (p) =>
          !taken.has(p.name) &&
          !p.readOnlyValue &&
          !p.calculated &&
          !p.hasUniqueValue &&
          mappableTypes.includes(p.type),
      )
      .map((p) => ({
        name: p.name,
        label: p.label,
        type: p.type,
        ...(p.fieldType ? { fieldType: p.fieldType } : {}),
        ...(p.options ? { options: p.options.map((o) => ({ value: o.value })) } : {}),
      }))
      .sort((a, b) => a.label.localeCompare(b.label)),
  };
}

/** Refuses the first mapping that cannot be saved, saying which and why (never saved half). */
function refuseMismatch(
  object: SyncObject,
  mappings: readonly CustomMapping[],
  properties: readonly PortalProperty[],
): void {
  const refused = refusedMapping(object, mappings, properties);
  if (!refused) return;
  const fix =
    refused.problem === mappingProblems.missing
      ? 'Create the property in HubSpot first, or choose one it has.'
      : 'Choose another HubSpot property for this QuickBooks field.';
  throw new AppError('INVALID_INPUT', refused.problem, {
    values: refused.values,
    fix,
    field: `input.mappings.${refused.index}`,
  });
}

/** sync.mappings.get: the table of one company's contact or product mappings. */
export async function getMappings(
  input: { realmId: string; object: SyncObject },
  context: OperationContext,
): Promise<MappingsAnswer> {
  const connection = await context.services.connections.require(input.realmId, {
    withSyncLog: true,
  });
  const settings = readSyncSettings(connection.recordSyncSettingsJson);
  const properties = await propertyDefinitions(context.services, input.object, { fresh: true });
  return describe(
    input.realmId,
    input.object,
    settings[input.object].mappings,
    properties,
    context.words,
    readLog(connection.recordSyncLogJson),
  );
}

/**
 * sync.mappings.save: the object's custom mappings, checked against the portal's property
 * definitions as they are now (a property missing, the sync's own, or of a type the field cannot
 * fill is refused with the reason), then stored in the versioned sync settings.
 */
export async function saveMappings(
  input: { realmId: string; object: SyncObject; mappings: CustomMapping[] },
  context: OperationContext,
): Promise<MappingsAnswer> {
  const connection = await context.services.connections.require(input.realmId);
  const properties = await propertyDefinitions(context.services, input.object, { fresh: true });
  refuseMismatch(input.object, input.mappings, properties);
  const settings = readSyncSettings(connection.recordSyncSettingsJson);
  const next = {
    ...settings,
    [input.object]: { ...settings[input.object], mappings: input.mappings },
  };
  await context.services.connections.saveRecordSync(connection, {
    recordSyncSettingsJson: JSON.stringify(next),
  });
  return describe(input.realmId, input.object, input.mappings, properties, context.words);
}

/**
 * sync.mappings.preview: the mappings (saved or not) applied to one real QuickBooks record, the
 * one asked for or the company's first active one: every property the sync would write for it.
 * Refused mappings are refused as saving would.
 */
export async function previewMappings(
  input: { realmId: string; object: SyncObject; mappings: CustomMapping[]; recordId?: string },
  context: OperationContext,
): Promise<z.infer<typeof mappingsPreviewOutput>> {
  const { services } = context;
  const connection = await services.connections.require(input.realmId);
  const properties = await propertyDefinitions(services, input.object, { fresh: true });
  refuseMismatch(input.object, input.mappings, properties);
  const plan = planFor(input.object, input.mappings, properties);
  const qbo = services.quickbooks.forRealm(input.realmId, { companyName: connection.companyName });
  const options = { deadline: context.deadline };
  const custom = new Set(plan.custom.map((m) => m.property));
  const answer = (
    record: { id: string; name: string } | null,
    mapping: { kind: 'skip' } | { kind: string; properties: Record<string, string> },
  ) => ({
    realmId: input.realmId,
    object: input.object,
    record,
    values:
      'properties' in mapping
        ? Object.entries(mapping.properties).map(([property, value]) => ({
            property,
            value,
            custom: custom.has(property),
          }))
        : [],
    skipped: mapping.kind === 'skip' ? context.words.t('The sync would skip this record.') : null,
  });
  if (input.object === 'contacts') {
    const query = select('Customer').orderBy('Id').maxResults(1);
    const customer = input.recordId
      ? await qbo.customers.get(input.recordId, options)
      : (await qbo.customers.page(query, options)).rows[0];
    if (!customer) return answer(null, { kind: 'skip' });
    return answer(
      { id: customer.Id, name: customer.DisplayName },
      contactFromCustomer(customer, plan),
    );
  }
  const query = select('Item').orderBy('Id').maxResults(1);
  const item = input.recordId
    ? await qbo.items.get(input.recordId, options)
    : (await qbo.items.page(query, options)).rows[0];
  if (!item) return answer(null, { kind: 'skip' });
  return answer({ id: item.Id, name: item.Name }, productFromItem(item, plan));
}

export const mappingHandlers = {
  'sync.mappings.get': getMappings,
  'sync.mappings.save': saveMappings,
  'sync.mappings.preview': previewMappings,
} satisfies Partial<Handlers<'admin'>>;
