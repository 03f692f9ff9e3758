/**
 * Property mappings, the zod-free part both sides share: which QuickBooks fields a customer or an
 * item offers, which HubSpot properties the sync fills on its own, and whether a QuickBooks field
 * can fill a HubSpot property. The settings page checks a mapping with it before saving; the
 * functions check it again (with the portal's own property definitions) when saving and syncing.
 */
import type { SyncObject } from './catalog';

/** What a QuickBooks field holds, as Intuit's XSD types it (`xs:string`, `xs:decimal`…). */
export type QuickBooksFieldKind = 'text' | 'number' | 'bool' | 'date' | 'datetime';

export interface QuickBooksField {
  /** The field's path in the API's JSON, `PrimaryPhone.FreeFormNumber`. */
  path: string;
  kind: QuickBooksFieldKind;
}

/**
 * The customer and item fields the Accounting API returns (Intuit's `IntuitNamesTypes.xsd`,
 * `Customer` and `NameBase`; `Finance.xsd`, `Item`), for mappings beyond the built-in ones.
 * QuickBooks' own custom fields are not among them: the API carries them on sales forms only
 * (invoices, estimates, sales receipts), never on a customer or an item.
 */
export const quickBooksFields: Record<SyncObject, readonly QuickBooksField[]> = {
  contacts: [
    { path: 'DisplayName', kind: 'text' },
    { path: 'Title', kind: 'text' },
    { path: 'GivenName', kind: 'text' },
    { path: 'MiddleName', kind: 'text' },
    { path: 'FamilyName', kind: 'text' },
    { path: 'Suffix', kind: 'text' },
    { path: 'CompanyName', kind: 'text' },
    { path: 'PrintOnCheckName', kind: 'text' },
    { path: 'PrimaryEmailAddr.Address', kind: 'text' },
    { path: 'PrimaryPhone.FreeFormNumber', kind: 'text' },
    { path: 'AlternatePhone.FreeFormNumber', kind: 'text' },
    { path: 'Mobile.FreeFormNumber', kind: 'text' },
    { path: 'Fax.FreeFormNumber', kind: 'text' },
    { path: 'WebAddr.URI', kind: 'text' },
    { path: 'ShipAddr.Line1', kind: 'text' },
    { path: 'ShipAddr.City', kind: 'text' },
    { path: 'ShipAddr.CountrySubDivisionCode', kind: 'text' },
    { path: 'ShipAddr.PostalCode', kind: 'text' },
    { path: 'ShipAddr.Country', kind: 'text' },
    { path: 'Notes', kind: 'text' },
    { path: 'ResaleNum', kind: 'text' },
    { path: 'AcctNum', kind: 'text' },
    { path: 'PreferredDeliveryMethod', kind: 'text' },
    { path: 'CurrencyRef.value', kind: 'text' },
    { path: 'Taxable', kind: 'bool' },
    { path: 'Balance', kind: 'number' },
    { path: 'BalanceWithJobs', kind: 'number' },
    { path: 'CreditLimit', kind: 'number' },
    { path: 'OpenBalanceDate', kind: 'date' },
    { path: 'MetaData.CreateTime', kind: 'datetime' },
  ],
  products: [
    { path: 'Name', kind: 'text' },
    { path: 'FullyQualifiedName', kind: 'text' },
    { path: 'Sku', kind: 'text' },
    { path: 'Description', kind: 'text' },
    { path: 'PurchaseDesc', kind: 'text' },
    { path: 'ManPartNum', kind: 'text' },
    { path: 'Type', kind: 'text' },
    { path: 'Taxable', kind: 'bool' },
    { path: 'SalesTaxIncluded', kind: 'bool' },
    { path: 'TrackQtyOnHand', kind: 'bool' },
    { path: 'UnitPrice', kind: 'number' },
    { path: 'PurchaseCost', kind: 'number' },
    { path: 'QtyOnHand', kind: 'number' },
    { path: 'ReorderPoint', kind: 'number' },
    { path: 'InvStartDate', kind: 'date' },
    { path: 'MetaData.CreateTime', kind: 'datetime' },
  ],
};

export function quickBooksField(object: SyncObject, path: string): QuickBooksField | undefined {
  return quickBooksFields[object].find((field) => field.path === path);
}

/** The product property the app adds for QuickBooks' `Taxable` when the portal has none fitting. */
export const APP_TAXABLE_PROPERTY = 'qbo_taxable';

/**
 * What the sync writes on its own (the mapping tables of docs/contact-product-sync.md), shown
 * read-only on the Property mappings tab. `taxable` stands for the portal's taxable property.
 */
export const builtInMappings: Record<
  SyncObject,
  ReadonlyArray<{ field: string; property: string }>
> = {
  contacts: [
    { field: 'GivenName', property: 'firstname' },
    { field: 'FamilyName', property: 'lastname' },
    { field: 'PrimaryEmailAddr.Address', property: 'email' },
    { field: 'PrimaryPhone.FreeFormNumber', property: 'phone' },
    { field: 'BillAddr.Line1', property: 'address' },
    { field: 'BillAddr.City', property: 'city' },
    { field: 'BillAddr.CountrySubDivisionCode', property: 'state' },
    { field: 'BillAddr.PostalCode', property: 'zip' },
    { field: 'BillAddr.Country', property: 'country' },
    { field: 'CompanyName', property: 'company' },
    { field: 'Id', property: 'qbo_customer_key' },
    { field: 'Active', property: 'qbo_inactive' },
  ],
  products: [
    { field: 'Name', property: 'name' },
    { field: 'Sku', property: 'hs_sku' },
    { field: 'Description', property: 'description' },
    { field: 'UnitPrice', property: 'price' },
    { field: 'PurchaseCost', property: 'hs_cost_of_goods_sold' },
    { field: 'Type', property: 'hs_product_type' },
    { field: 'Taxable', property: APP_TAXABLE_PROPERTY },
    { field: 'Id', property: 'qbo_item_key' },
    { field: 'Active', property: 'qbo_inactive' },
  ],
};

/** A HubSpot property as its definition says (`GET /crm/v3/properties/{objectType}`). */
export interface HubSpotPropertyShape {
  name: string;
  type: string;
  fieldType?: string | undefined;
  options?: ReadonlyArray<{ value: string }> | undefined;
  readOnlyValue?: boolean | undefined;
  calculated?: boolean | undefined;
  hasUniqueValue?: boolean | undefined;
}

/**
 * Why a mapping cannot be saved: English message ids (said with `t`), whose values are the
 * mapping's `field`, `property`, `fieldKind`, `propertyType` and `object`.
 */
export const mappingProblems = {
  calculated: 'HubSpot calculates {property} itself: nothing can be written to it.',
  unique: '{property} holds unique values, which a QuickBooks field cannot promise.',
  dropdown: '{property} is a dropdown that accepts only its own options: choose a text property.',
  type: 'The types do not match: {field} holds {fieldKind, select, text {text} number {a number} bool {yes or no} date {a date} other {a date and time}}, and {property} takes {propertyType, select, string {text} number {a number} bool {yes or no} date {a date} datetime {a date and time} other {something else}}.',
  builtIn: 'The sync already fills {property}: choose another property.',
  missing:
    'HubSpot has no {object, select, contacts {contact} other {product}} property named {property}.',
  field: '{field} is not a QuickBooks field the sync can read.',
  twice: '{property} is mapped twice: keep one mapping for it.',
} as const;
export type MappingProblem = (typeof mappingProblems)[keyof typeof mappingProblems];

const accepted: Record<QuickBooksFieldKind, readonly string[]> = {
  // Text fills text only: a number, date or checkbox property refuses what is not one.
  text: ['string', 'phone_number'],
  number: ['number', 'string'],
  bool: ['bool', 'string'],
  date: ['date', 'string'],
  datetime: ['datetime', 'string'],
};

/** A yes/no dropdown (`true`/`false` options) takes a QuickBooks checkbox as a bool would. */
const isYesNo = (property: HubSpotPropertyShape) => {
  const values = new Set((property.options ?? []).map((option) => option.value));
  return values.has('true') && values.has('false');
};

/**
 * Whether a QuickBooks field of this kind can fill the HubSpot property: HubSpot refuses a value
 * of the wrong type for the whole batch (a number property takes only numbers, a date only
 * midnight UTC, an enumeration only its options), so a mismatch is refused before it is saved.
 */
export function mappingProblem(
  kind: QuickBooksFieldKind,
  property: HubSpotPropertyShape,
): MappingProblem | null {
  if (property.readOnlyValue || property.calculated) return mappingProblems.calculated;
  if (property.hasUniqueValue) return mappingProblems.unique;
  if (property.type === 'enumeration') {
    if (kind === 'bool' && isYesNo(property)) return null;
    return mappingProblems.dropdown;
  }
  if (accepted[kind].includes(property.type)) return null;
  return mappingProblems.type;
}

const writable = (property: HubSpotPropertyShape) =>
  !property.readOnlyValue && !property.calculated && !property.hasUniqueValue;
const takesYesNo = (property: HubSpotPropertyShape) =>
  property.type === 'bool' || (property.type === 'enumeration' && isYesNo(property));

/**
 * The product property QuickBooks' `Taxable` fills: a HubSpot-defined (`hs_`) yes/no property
 * about being taxable when the portal has one (HubSpot's product properties list none today,
 * https://developers.hubspot.com/docs/api-reference/latest/crm/objects/products/guide, so this
 * is for when it adds one), else the app's `qbo_taxable` that setup adds; null when neither
 * exists (setup not run again since): then nothing is written, rather than every write refused.
 */
export function taxablePropertyOf(
  properties: readonly (HubSpotPropertyShape & { name: string })[],
): string | null {
  const hubspots = properties.find(
    (p) => p.name.startsWith('hs_') && p.name.includes('taxable') && takesYesNo(p) && writable(p),
  );
  if (hubspots) return hubspots.name;
  return properties.some((p) => p.name === APP_TAXABLE_PROPERTY) ? APP_TAXABLE_PROPERTY : null;
}

/** Whether the portal already has a HubSpot-defined taxable property (setup then adds none). */
export function hasHubSpotTaxable(properties: readonly HubSpotPropertyShape[]): boolean {
  const found = taxablePropertyOf(properties);
  return found !== null && found !== APP_TAXABLE_PROPERTY;
}

/** A refused mapping: the message id and its values. */
export interface RefusedMapping {
  index: number;
  problem: MappingProblem;
  values: {
    field: string;
    property: string;
    fieldKind: string;
    propertyType: string;
    object: string;
  };
}

/**
 * The first mapping that cannot be saved, checked against the portal's property definitions:
 * a field the sync cannot read, a property that does not exist, one the sync fills already, one
 * mapped twice, or one whose type does not take the field's. Null when every mapping can be saved.
 */
export function refusedMapping(
  object: SyncObject,
  mappings: ReadonlyArray<{ field: string; property: string }>,
  properties: readonly HubSpotPropertyShape[],
): RefusedMapping | null {
  const builtIn = new Set(builtInMappings[object].map((m) => m.property));
  const taxable = object === 'products' ? taxablePropertyOf(properties) : null;
  if (taxable) builtIn.add(taxable);
  const seen = new Set<string>();
  for (const [index, mapping] of mappings.entries()) {
    const field = quickBooksField(object, mapping.field);
    const property = properties.find((p) => p.name === mapping.property);
    const values = {
      field: mapping.field,
      property: mapping.property,
      fieldKind: field?.kind ?? '',
      propertyType: property?.type ?? '',
      object,
    };
    const refuse = (problem: MappingProblem) => ({ index, problem, values });
    if (!field) return refuse(mappingProblems.field);
    if (builtIn.has(mapping.property)) return refuse(mappingProblems.builtIn);
    if (seen.has(mapping.property)) return refuse(mappingProblems.twice);
    seen.add(mapping.property);
    if (!property) return refuse(mappingProblems.missing);
    const problem = mappingProblem(field.kind, property);
    if (problem) return refuse(problem);
  }
  return null;
}
