import * as z from 'zod';
import { syncObjects } from './catalog';
import { customMappingSchema, MAX_CUSTOM_MAPPINGS } from './sync';

const realmId = z.string().regex(/^\d{1,20}$/, 'must be a QuickBooks company id (digits only)');
const object = z.enum(syncObjects);

export const mappingsGetInput = z.object({ realmId, object }).strict();

/** How a mapping stands in the portal now. */
export const mappingStates = [
  'in_sync',
  'property_missing',
  'type_mismatch',
  'last_error',
] as const;

const mappingRow = z.object({
  field: z.string(),
  property: z.string(),
  /** The property's label in the portal; null when it is missing. */
  propertyLabel: z.string().nullable(),
  /** The sync is one way: QuickBooks fills HubSpot. */
  direction: z.literal('to_hubspot'),
  builtIn: z.boolean(),
  state: z.enum(mappingStates),
  /** Why it is not in sync, in the caller's language; null when it is. */
  problem: z.string().nullable(),
});
export type MappingRow = z.infer<typeof mappingRow>;

export const mappingsGetOutput = z.object({
  realmId: z.string(),
  object,
  rows: z.array(mappingRow),
  /** The portal's properties a custom mapping may fill (writable, not the sync's own). */
  properties: z.array(
    z.object({
      name: z.string(),
      label: z.string(),
      type: z.string(),
      fieldType: z.string().optional(),
      options: z.array(z.object({ value: z.string() })).optional(),
    }),
  ),
});

const mappings = z.array(customMappingSchema).max(MAX_CUSTOM_MAPPINGS);

export const mappingsSaveInput = z.object({ realmId, object, mappings }).strict();

export const mappingsPreviewInput = z
  .object({
    realmId,
    object,
    mappings,
    /** A QuickBooks customer or item id to preview; the first active one when absent. */
    recordId: z
      .string()
      .regex(/^\d{1,20}$/)
      .optional(),
  })
  .strict();

export const mappingsPreviewOutput = z.object({
  realmId: z.string(),
  object,
  /** The QuickBooks record read, or null when the company has none to show. */
  record: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** What the sync would write to HubSpot for it, property by property. */
  values: z.array(z.object({ property: z.string(), value: z.string(), custom: z.boolean() })),
  /** Why the record would be skipped, in the caller's language; null when it would be written. */
  skipped: z.string().nullable(),
});
