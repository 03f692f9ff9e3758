import type { PropertyDefinition, PropertyGroup, SchemaDefinition } from './crm';
import {
  APP_TAXABLE_PROPERTY,
  invoiceStatuses,
  invoiceStatusLabels,
} from '@qbo-invoicing/contract/catalog';

/**
 * Everything setup installs in a portal. Names are stable API names: changing one would orphan
 * data in portals that already ran setup, so add new ones instead of renaming.
 */
export const INVOICE_OBJECT = 'qbo_invoice';
export const CONNECTION_OBJECT = 'qbo_connection';
export const CLAIM_OBJECT = 'qbo_claim';

/** Standard objects a linked invoice is associated with (HubSpot's object type ids). */
export const invoiceAssociatedObjectTypes = {
  contacts: '0-1',
  companies: '0-2',
  deals: '0-3',
} as const;

const text = (
  name: string,
  label: string,
  extra: Partial<PropertyDefinition> = {},
): PropertyDefinition => ({
  name,
  label,
  type: 'string',
  fieldType: 'text',
  ...extra,
});
/** A yes/no property as HubSpot's checkbox: its two options are "true" and "false". */
const checkbox = (
  name: string,
  label: string,
  extra: Partial<PropertyDefinition> = {},
): PropertyDefinition => {
  const option = (value: 'true' | 'false', optionLabel: string, displayOrder: number) => ({
    label: optionLabel,
    value,
    displayOrder,
  });
  return {
    name,
    label,
    type: 'bool',
    fieldType: 'booleancheckbox',
    options: [option('true', 'Yes', 0), option('false', 'No', 1)],
    ...extra,
  };
};
const number = (name: string, label: string): PropertyDefinition => ({
  name,
  label,
  type: 'number',
  fieldType: 'number',
});
const date = (name: string, label: string): PropertyDefinition => ({
  name,
  label,
  type: 'date',
  fieldType: 'date',
});
const datetime = (
  name: string,
  label: string,
  extra: Partial<PropertyDefinition> = {},
): PropertyDefinition => ({
  name,
  label,
  type: 'datetime',
  fieldType: 'date',
  ...extra,
});
const statusEnum = (name: string, label: string): PropertyDefinition => ({
  name,
  label,
  type: 'enumeration',
  fieldType: 'select',
  options: invoiceStatuses.map((value, displayOrder) => ({
    value,
    label: invoiceStatusLabels[value],
    displayOrder,
  })),
});

export const invoiceObject: SchemaDefinition = {
  name: INVOICE_OBJECT,
  labels: { singular: 'QuickBooks invoice', plural: 'QuickBooks invoices' },
  primaryDisplayProperty: 'invoice_label',
  requiredProperties: ['link_key'],
  searchableProperties: ['link_key', 'doc_number', 'customer_name'],
  secondaryDisplayProperties: ['doc_number', 'customer_name'],
  associatedObjects: Object.values(invoiceAssociatedObjectTypes),
  properties: [
    text('link_key', 'Link key', {
      hasUniqueValue: true,
      description:
        'QuickBooks company (realm) id and invoice id as "realm:id"; unique, so a link is never made twice.',
    }),
    text('invoice_label', 'Invoice'),
    text('realm_id', 'QuickBooks company id'),
    text('invoice_id', 'QuickBooks invoice id'),
    text('doc_number', 'Invoice number'),
    text('customer_id', 'QuickBooks customer id'),
    text('customer_name', 'Customer'),
    text('currency', 'Currency'),
    number('total_amount', 'Total'),
    number('balance', 'Balance'),
    date('txn_date', 'Invoice date'),
    date('due_date', 'Due date'),
    text('email_status', 'Email status'),
    text('voided', 'Voided', { description: '"true" when the invoice was voided in QuickBooks.' }),
    text('deleted', 'Deleted in QuickBooks', {
      description: '"true" when QuickBooks no longer has the invoice; the link is kept.',
    }),
    statusEnum('status', 'Status'),
    datetime('qbo_last_updated', 'Last updated in QuickBooks'),
    datetime('confirmed_at', 'Confirmed from QuickBooks', {
      description: 'When the app last read this invoice back from QuickBooks.',
    }),
    text('reminders_sent', 'Reminders sent', {
      description: 'Reasons a reminder task was already created for (unsent, overdue, paid).',
    }),
    text('payments_noted', 'Payments noted', {
      type: 'string',
      fieldType: 'textarea',
      description: 'Ids of payments already written to the timeline, so each is noted once.',
    }),
  ],
};

export const connectionObject: SchemaDefinition = {
  name: CONNECTION_OBJECT,
  labels: { singular: 'QuickBooks connection', plural: 'QuickBooks connections' },
  primaryDisplayProperty: 'company_name',
  requiredProperties: ['realm_id'],
  searchableProperties: ['realm_id', 'company_name'],
  secondaryDisplayProperties: ['realm_id'],
  associatedObjects: [],
  properties: [
    text('realm_id', 'QuickBooks company id', { hasUniqueValue: true }),
    text('company_name', 'Company name'),
    text('country', 'Country'),
    text('home_currency', 'Home currency'),
    text('environment', 'Environment'),
    text('status', 'Status'),
    text('last_error', 'Last error', { fieldType: 'textarea' }),
    datetime('refresh_token_expires_at', 'Refresh token expires'),
    datetime('refresh_token_hard_expires_at', 'Refresh token hard expiry'),
    datetime('last_used_at', 'Last used'),
    datetime('facts_refreshed_at', 'Company facts refreshed'),
    text('facts_json', 'Company facts', { fieldType: 'textarea' }),
    text('token_ciphertext', 'Encrypted tokens', {
      fieldType: 'textarea',
      description: 'AES-256-GCM ciphertext of the OAuth tokens. Never plain text.',
    }),
    text('token_key_id', 'Encryption key id'),
    datetime('sync_cursor', 'Invoices synced through', {
      description:
        'QuickBooks changes up to this instant have reached HubSpot (the change feed cursor).',
    }),
    datetime('sync_covered_since', 'Change feed followed since', {
      description: 'Since when the change feed has been followed without a gap.',
    }),
    text('reminders_json', 'Reminders', {
      fieldType: 'textarea',
      description: 'Which HubSpot tasks the app creates for deal owners (unsent, overdue, paid).',
    }),
    text('default_item_id', 'Default QuickBooks item', {
      description:
        'The QuickBooks item the wizard offers for a quote line that matches none (its id).',
    }),
    text('backfill_json', 'Past invoices linking', {
      fieldType: 'textarea',
      description:
        'Where linking the company’s past invoices resumes, its counts and the ambiguous ones (JSON).',
    }),
    text('sync_full_reread', 'Full re-read in progress', {
      description:
        'Where a full re-read of the linked invoices resumes: "<started at>|<last record id>".',
    }),
    text('record_sync_settings_json', 'Contact and product sync settings', {
      fieldType: 'textarea',
      description: 'The versioned rules for syncing QuickBooks customers and items (JSON).',
    }),
    text('record_sync_state_json', 'Contact and product sync progress', {
      fieldType: 'textarea',
      description:
        'The change-feed cursor of customers and items and where a run over existing ones resumes.',
    }),
    text('language', 'Language for notes and tasks', {
      description:
        'The locale (such as es-ES) of the payment notes and reminder tasks nobody in particular writes: that of the admin who connected the company or last saved its reminders.',
    }),
    text('record_sync_log_json', 'Contact and product sync log', {
      fieldType: 'textarea',
      description:
        'The newest contact and product sync decisions (created, updated, skipped, failed and why), as JSON.',
    }),
  ],
};

/**
 * Claims: HubSpot has no compare-and-set, but it refuses a second record with the same unique
 * value (409), so creating a record is the one atomic step it offers. A claim makes one call the
 * only one allowed to do something: refresh a company's tokens (until it expires), or use an OAuth
 * state (for good).
 */
export const claimObject: SchemaDefinition = {
  name: CLAIM_OBJECT,
  labels: { singular: 'QuickBooks app claim', plural: 'QuickBooks app claims' },
  primaryDisplayProperty: 'claim_key',
  requiredProperties: ['claim_key'],
  searchableProperties: ['claim_key'],
  secondaryDisplayProperties: ['expires_at'],
  associatedObjects: [],
  properties: [
    text('claim_key', 'Claim', {
      hasUniqueValue: true,
      description:
        'What one call claimed ("refresh:…" while it renews a company\'s tokens, "oauth-state:…" once a sign-in link is used); unique, so only one call can make it.',
    }),
    text('owner', 'Held by', { description: 'A random id of the call that holds the claim.' }),
    datetime('expires_at', 'Expires'),
    text('detail', 'Remembered', {
      description:
        'What a claim remembers: for a wizard submission ("submission:…"), the QuickBooks customers it tried, written before QuickBooks is asked.',
    }),
  ],
};

/**
 * A property group. Like every label here, its label is the portal's schema, not a message: HubSpot
 * keeps one label per group, property and object for the whole account, whatever language each
 * user reads (so setup's check list quotes these names as HubSpot shows them).
 */
const group = (name: string, label: string): PropertyGroup => ({ name, label });

export const dealPropertyGroup = group('quickbooks_invoice', 'QuickBooks invoice');

/** The deal properties workflows and reports use, filled from the deal's latest linked invoice. */
export const dealProperties: PropertyDefinition[] = [
  number('qbo_invoice_amount_billed', 'Invoice amount billed'),
  text('qbo_invoice_recipient', 'Invoice recipient'),
  text('qbo_invoice_number', 'Invoice number'),
  statusEnum('qbo_invoice_status', 'Invoice status'),
  date('qbo_invoice_due_date', 'Invoice due date'),
].map((property) => ({ ...property, groupName: dealPropertyGroup.name }));

/** The group the app's properties on contacts, companies and products go in. */
export const quickBooksPropertyGroup = group('quickbooks', 'QuickBooks');

/** The unique key of a synced record: "realm:id", so two QuickBooks companies never share one. */
export const CUSTOMER_KEY = 'qbo_customer_key';
export const ITEM_KEY = 'qbo_item_key';
/** "true" when the QuickBooks record was made inactive or deleted (the "mark inactive" rule). */
export const INACTIVE_IN_QUICKBOOKS = 'qbo_inactive';

const inactiveProperty = text(INACTIVE_IN_QUICKBOOKS, 'Inactive in QuickBooks', {
  description: '"true" when QuickBooks made the record inactive or deleted it.',
});

/** Properties setup adds to HubSpot's standard objects for contact and product sync. */
export const standardObjectProperties: Record<
  'contacts' | 'companies' | 'products',
  PropertyDefinition[]
> = {
  contacts: [
    text(CUSTOMER_KEY, 'QuickBooks customer', {
      hasUniqueValue: true,
      description: 'QuickBooks company id and customer id as "realm:id"; unique, so never twice.',
    }),
    inactiveProperty,
  ],
  companies: [
    text(CUSTOMER_KEY, 'QuickBooks customer', {
      hasUniqueValue: true,
      description:
        'The QuickBooks customer ("realm:id") this company was created for; unique, so never twice.',
    }),
  ],
  products: [
    text(ITEM_KEY, 'QuickBooks item', {
      hasUniqueValue: true,
      description: 'QuickBooks company id and item id as "realm:id"; unique, so never twice.',
    }),
    inactiveProperty,
    checkbox(APP_TAXABLE_PROPERTY, 'Taxable in QuickBooks', {
      description:
        'QuickBooks\' "Taxable" for the item (US companies charge sales tax on taxable lines).',
    }),
  ],
};

export const customObjects = [invoiceObject, connectionObject, claimObject];
