import type { PropertyDef, PropertyGroup, PropertyOption, PropertyType } from './types.js';

interface Extra {
  unique?: boolean;
  readOnly?: boolean;
  calculated?: boolean;
  options?: Array<string | [value: string, label: string]>;
}

const CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'NZD', 'CHF', 'JPY', 'INR', 'ZAR'];

function opts(list: NonNullable<Extra['options']>): PropertyOption[] {
  return list.map((o, i) => {
    const [value, label] = Array.isArray(o) ? o : [o, o];
    return { value, label, displayOrder: i, hidden: false };
  });
}

export function makeProperty(
  spec: [string, string, PropertyType, string],
  groupName: string,
  now: string,
  extra: Extra = {},
  hubspotDefined = true,
): PropertyDef {
  const [name, label, type, fieldType] = spec;
  return {
    name,
    label,
    type,
    fieldType,
    groupName,
    description: '',
    options: extra.options ? opts(extra.options) : type === 'bool' ? opts(boolOptions) : [],
    displayOrder: -1,
    hasUniqueValue: extra.unique ?? false,
    hidden: false,
    formField: !extra.readOnly,
    hubspotDefined,
    calculated: extra.calculated ?? false,
    externalOptions: false,
    readOnlyValue: extra.readOnly ?? false,
    createdAt: now,
    updatedAt: now,
    archived: false,
  };
}

const boolOptions: Array<[string, string]> = [
  ['true', 'Yes'],
  ['false', 'No'],
];

/** Properties every object has, maintained by HubSpot. */
function systemProperties(group: string, now: string, standard: boolean): PropertyDef[] {
  const ro = { readOnly: true };
  const list = [
    makeProperty(['hs_object_id', 'Record ID', 'number', 'number'], group, now, ro),
    makeProperty(['hs_createdate', 'Object create date/time', 'datetime', 'date'], group, now, ro),
    makeProperty(['hs_lastmodifieddate', 'Last Modified Date', 'datetime', 'date'], group, now, ro),
  ];
  if (standard)
    list.push(makeProperty(['createdate', 'Create Date', 'datetime', 'date'], group, now));
  return list;
}

type Row = [string, string, PropertyType, string] | [string, string, PropertyType, string, Extra];

const TABLE: Record<string, { group: [string, string]; rows: Row[] }> = {
  contacts: {
    group: ['contactinformation', 'Contact information'],
    rows: [
      ['email', 'Email', 'string', 'text', { unique: true }],
      ['firstname', 'First Name', 'string', 'text'],
      ['lastname', 'Last Name', 'string', 'text'],
      ['company', 'Company Name', 'string', 'text'],
      ['phone', 'Phone Number', 'string', 'phonenumber'],
      ['mobilephone', 'Mobile Phone Number', 'string', 'phonenumber'],
      ['jobtitle', 'Job Title', 'string', 'text'],
      ['website', 'Website URL', 'string', 'text'],
      ['address', 'Street Address', 'string', 'text'],
      ['city', 'City', 'string', 'text'],
      ['zip', 'Postal Code', 'string', 'text'],
      ['state', 'State/Region', 'string', 'text'],
      ['country', 'Country/Region', 'string', 'text'],
      [
        'lifecyclestage',
        'Lifecycle Stage',
        'enumeration',
        'radio',
        {
          options: [
            ['subscriber', 'Subscriber'],
            ['lead', 'Lead'],
            ['marketingqualifiedlead', 'Marketing Qualified Lead'],
            ['salesqualifiedlead', 'Sales Qualified Lead'],
            ['opportunity', 'Opportunity'],
            ['customer', 'Customer'],
            ['evangelist', 'Evangelist'],
            ['other', 'Other'],
          ],
        },
      ],
      ['lastmodifieddate', 'Last Modified Date', 'datetime', 'date', { readOnly: true }],
    ],
  },
  companies: {
    group: ['companyinformation', 'Company information'],
    rows: [
      ['name', 'Company name', 'string', 'text'],
      ['domain', 'Company Domain Name', 'string', 'text'],
      ['website', 'Website URL', 'string', 'text'],
      ['phone', 'Phone Number', 'string', 'phonenumber'],
      ['address', 'Street Address', 'string', 'text'],
      ['address2', 'Street Address 2', 'string', 'text'],
      ['city', 'City', 'string', 'text'],
      ['zip', 'Postal Code', 'string', 'text'],
      ['state', 'State/Region', 'string', 'text'],
      ['country', 'Country/Region', 'string', 'text'],
      ['industry', 'Industry', 'string', 'text'],
      ['description', 'Description', 'string', 'textarea'],
      ['numberofemployees', 'Number of Employees', 'number', 'number'],
    ],
  },
  deals: {
    group: ['dealinformation', 'Deal information'],
    rows: [
      ['dealname', 'Deal Name', 'string', 'text'],
      ['amount', 'Amount', 'number', 'number'],
      [
        'dealstage',
        'Deal Stage',
        'enumeration',
        'radio',
        {
          options: [
            ['appointmentscheduled', 'Appointment Scheduled'],
            ['qualifiedtobuy', 'Qualified To Buy'],
            ['presentationscheduled', 'Presentation Scheduled'],
            ['decisionmakerboughtin', 'Decision Maker Bought-In'],
            ['contractsent', 'Contract Sent'],
            ['closedwon', 'Closed Won'],
            ['closedlost', 'Closed Lost'],
          ],
        },
      ],
      [
        'pipeline',
        'Pipeline',
        'enumeration',
        'select',
        { options: [['default', 'Sales Pipeline']] },
      ],
      ['closedate', 'Close Date', 'datetime', 'date'],
      ['deal_currency_code', 'Currency', 'enumeration', 'select', { options: CURRENCIES }],
      [
        'dealtype',
        'Deal Type',
        'enumeration',
        'radio',
        {
          options: [
            ['newbusiness', 'New Business'],
            ['existingbusiness', 'Existing Business'],
          ],
        },
      ],
      ['description', 'Deal Description', 'string', 'textarea'],
      ['hubspot_owner_id', 'Deal owner', 'string', 'text'],
    ],
  },
  products: {
    group: ['productinformation', 'Product information'],
    rows: [
      ['name', 'Name', 'string', 'text'],
      ['price', 'Unit price', 'number', 'number'],
      ['hs_sku', 'SKU', 'string', 'text'],
      ['description', 'Description', 'string', 'textarea'],
      ['hs_cost_of_goods_sold', 'Unit cost', 'number', 'number'],
      [
        'hs_product_type',
        'Product Type',
        'enumeration',
        'select',
        {
          options: [
            ['inventory', 'Inventory'],
            ['non_inventory', 'Non-inventory'],
            ['service', 'Service'],
          ],
        },
      ],
    ],
  },
  line_items: {
    group: ['lineiteminformation', 'Line item information'],
    rows: [
      ['name', 'Name', 'string', 'text'],
      ['quantity', 'Quantity', 'number', 'number'],
      ['price', 'Unit price', 'number', 'number'],
      // HubSpot computes amount from quantity, price and discounts.
      ['amount', 'Net price', 'number', 'number', { readOnly: true, calculated: true }],
      ['hs_sku', 'SKU', 'string', 'text'],
      ['hs_product_id', 'Product ID', 'number', 'number'],
      ['description', 'Description', 'string', 'textarea'],
      ['hs_discount_percentage', 'Discount Percentage', 'number', 'number'],
      ['discount', 'Unit discount', 'number', 'number'],
      ['hs_line_item_currency_code', 'Currency', 'enumeration', 'select', { options: CURRENCIES }],
      ['hs_position_on_quote', 'Position on quote', 'number', 'number'],
      ['hs_cost_of_goods_sold', 'Unit cost', 'number', 'number'],
    ],
  },
  quotes: {
    group: ['quoteinformation', 'Quote information'],
    rows: [
      ['hs_title', 'Quote Name', 'string', 'text'],
      [
        'hs_status',
        'Quote approval status',
        'enumeration',
        'select',
        {
          options: ['DRAFT', 'PENDING_APPROVAL', 'APPROVED', 'REJECTED', 'APPROVAL_NOT_NEEDED'],
        },
      ],
      ['hs_expiration_date', 'Quote expiration date', 'datetime', 'date'],
      ['hs_quote_link', 'Quote link', 'string', 'text'],
      ['hs_currency', 'Currency', 'enumeration', 'select', { options: CURRENCIES }],
      ['hs_quote_amount', 'Quote amount', 'number', 'number'],
      ['hs_quote_number', 'Quote number', 'string', 'text'],
      ['hs_public_url_key', 'Public URL key', 'string', 'text'],
      ['hs_sender_firstname', 'Sender first name', 'string', 'text'],
      ['hs_sender_lastname', 'Sender last name', 'string', 'text'],
      ['hs_sender_email', 'Sender email', 'string', 'text'],
      ['hs_comments', 'Comments', 'string', 'textarea'],
      ['hs_terms', 'Terms', 'string', 'textarea'],
      ['hs_language', 'Language', 'string', 'text'],
    ],
  },
  notes: {
    group: ['engagement', 'Engagement'],
    rows: [
      ['hs_note_body', 'Note body', 'string', 'html'],
      ['hs_timestamp', 'Activity date', 'datetime', 'date'],
      ['hs_attachment_ids', 'Attachment IDs', 'string', 'text'],
      ['hubspot_owner_id', 'Activity assigned to', 'string', 'text'],
    ],
  },
  // https://developers.hubspot.com/docs/api/crm/tasks lists these fields and their values.
  tasks: {
    group: ['task', 'Task information'],
    rows: [
      ['hs_timestamp', 'Due date', 'datetime', 'date'],
      ['hs_task_subject', 'Task Title', 'string', 'text'],
      ['hs_task_body', 'Notes', 'string', 'html'],
      [
        'hs_task_status',
        'Task Status',
        'enumeration',
        'select',
        { options: ['NOT_STARTED', 'IN_PROGRESS', 'WAITING', 'COMPLETED', 'DEFERRED'] },
      ],
      [
        'hs_task_priority',
        'Priority',
        'enumeration',
        'select',
        { options: ['NONE', 'LOW', 'MEDIUM', 'HIGH'] },
      ],
      [
        'hs_task_type',
        'Task Type',
        'enumeration',
        'select',
        { options: ['EMAIL', 'CALL', 'TODO'] },
      ],
      ['hs_task_reminders', 'Reminder', 'string', 'text'],
      ['hs_task_completion_date', 'Completed at', 'datetime', 'date', { readOnly: true }],
      ['hubspot_owner_id', 'Assigned to', 'string', 'text'],
    ],
  },
};

export function defaultGroups(typeName: string): PropertyGroup[] {
  const t = TABLE[typeName];
  return t ? [{ name: t.group[0], label: t.group[1], displayOrder: -1, archived: false }] : [];
}

export function defaultProperties(typeName: string, now: string): PropertyDef[] {
  const t = TABLE[typeName];
  if (!t) return [];
  const group = t.group[0];
  const own = t.rows.map((r) => makeProperty([r[0], r[1], r[2], r[3]], group, now, r[4]));
  return [...systemProperties(group, now, true), ...own];
}

/** Properties HubSpot gives every custom object before the schema's own. */
export function customSystemProperties(group: string, now: string): PropertyDef[] {
  return systemProperties(group, now, false);
}
