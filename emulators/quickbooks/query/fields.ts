// Which fields each entity can be filtered and sorted on (QBO's "filterable"/"sortable" lists).
import type { EntityName } from '../store.js';

const META = ['MetaData.CreateTime', 'MetaData.LastUpdatedTime'];
const NAMES = [
  'Id',
  'DisplayName',
  'GivenName',
  'MiddleName',
  'FamilyName',
  'CompanyName',
  'FullyQualifiedName',
  'PrimaryEmailAddr',
  'PrintOnCheckName',
  'Active',
  ...META,
];

export const FILTERABLE: Record<EntityName, string[]> = {
  CompanyInfo: ['Id', ...META],
  Preferences: ['Id', ...META],
  Account: [
    'Id',
    'Name',
    'FullyQualifiedName',
    'AccountType',
    'AccountSubType',
    'Classification',
    'Active',
    'CurrentBalance',
    ...META,
  ],
  Customer: [...NAMES, 'Balance', 'Job'],
  Vendor: [...NAMES, 'Balance'],
  Employee: [...NAMES],
  Item: ['Id', 'Name', 'FullyQualifiedName', 'Sku', 'Type', 'Active', 'QtyOnHand', ...META],
  Term: ['Id', 'Name', 'Active', ...META],
  TaxCode: ['Id', 'Name', 'Active', 'Taxable', ...META],
  TaxRate: ['Id', 'Name', 'Active', ...META],
  ExchangeRate: ['SourceCurrencyCode', 'TargetCurrencyCode', 'AsOfDate'],
  Invoice: ['Id', 'DocNumber', 'TxnDate', 'DueDate', 'CustomerRef', 'Balance', 'TotalAmt', ...META],
  Payment: ['Id', 'CustomerRef', 'TxnDate', 'TotalAmt', 'PaymentRefNum', ...META],
};

/**
 * The fields ORDERBY accepts per entity (QBO's "sortable" attribute): fewer than the filterable
 * ones (no ORDERBY Active, PrimaryEmailAddr or CustomerRef). The emulator's own knowledge of
 * QuickBooks: its tests check it against Intuit's reference, never against the product's client.
 */
export const SORTABLE: Record<EntityName, string[]> = {
  CompanyInfo: ['Id', ...META],
  Preferences: ['Id', ...META],
  Account: ['Id', 'Name', 'FullyQualifiedName', ...META],
  Customer: ['Id', 'DisplayName', 'GivenName', 'FamilyName', 'CompanyName', 'Balance', ...META],
  Vendor: ['Id', 'DisplayName', ...META],
  Employee: ['Id', 'DisplayName', ...META],
  Item: ['Id', 'Name', 'FullyQualifiedName', 'Sku', 'Type', ...META],
  Term: ['Id', 'Name', ...META],
  TaxCode: ['Id', 'Name', ...META],
  TaxRate: ['Id', 'Name', ...META],
  ExchangeRate: ['AsOfDate'],
  Invoice: ['Id', 'DocNumber', 'TxnDate', 'DueDate', 'Balance', 'TotalAmt', ...META],
  Payment: ['Id', 'TxnDate', 'TotalAmt', ...META],
};

/** The canonical spelling of a filterable field (QBO matches field names case-insensitively). */
export function filterableField(entity: EntityName, field: string): string | undefined {
  const lower = field.toLowerCase();
  return FILTERABLE[entity].find((f) => f.toLowerCase() === lower);
}

/** The canonical spelling of a sortable field, or undefined when ORDERBY may not use it. */
export function sortableField(entity: EntityName, field: string): string | undefined {
  const lower = field.toLowerCase();
  return SORTABLE[entity].find((f) => f.toLowerCase() === lower);
}
