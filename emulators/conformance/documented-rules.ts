// Field rules Intuit's API reference states where the XSD prose is silent or describes an older
// QuickBooks (the XSD still gives GivenName 25 and FreeFormNumber 21 characters; the reference
// pages give what QBO enforces today). Keyed by the complex type that declares the element, so
// a rule reaches every entity that inherits it (NameBase → Customer, Vendor, Employee).
// Everything else (address lines, e-mail, DocNumber, memo, descriptions, item names) comes from
// the XSD itself, through field-rules.ts.

import type { FieldRule } from './field-rules.js';

const CUSTOMER =
  'https://developer.intuit.com/app/developer/qbo/docs/api/accounting/all-entities/customer';
const INVOICE =
  'https://developer.intuit.com/app/developer/qbo/docs/api/accounting/all-entities/invoice';
const ITEM = 'https://developer.intuit.com/app/developer/qbo/docs/api/accounting/all-entities/item';

export const DOCUMENTED_RULES: Readonly<Record<string, FieldRule>> = {
  // "The customer name must not contain a colon (:)" (the XSD's Customer annotation, and the
  // reference): QBO uses the colon to join a sub-customer to its parent.
  'NameBase.DisplayName': { maxLength: 500, forbidden: ':', source: CUSTOMER },
  'NameBase.Title': { maxLength: 16, source: CUSTOMER },
  'NameBase.GivenName': { maxLength: 100, source: CUSTOMER },
  'NameBase.MiddleName': { maxLength: 100, source: CUSTOMER },
  'NameBase.FamilyName': { maxLength: 100, source: CUSTOMER },
  'NameBase.Suffix': { maxLength: 16, source: CUSTOMER },
  'NameBase.CompanyName': { maxLength: 100, source: CUSTOMER },
  'NameBase.PrintOnCheckName': { maxLength: 110, source: CUSTOMER },
  'TelephoneNumber.FreeFormNumber': { maxLength: 30, source: CUSTOMER },
  'Transaction.PrivateNote': { maxLength: 4000, source: INVOICE },
  // Item names are joined to their parent with a colon, like customers (sub-items).
  'Item.Name': { maxLength: 100, forbidden: ':', source: ITEM },
};

/**
 * Elements the XSD marks required that QBO does not refuse a create without: it fills DisplayName
 * from the name parts, Id and SyncToken are for updates, and the item accounts and a term's
 * DueDays depend on the item's or term's type (the emulator's business rules check those). A
 * Line is shared by every transaction: a Payment's lines carry no DetailType and a percent
 * discount line may omit its Amount (the line-detail check and the invoice rules cover lines).
 */
export const RELAXED_REQUIRED: ReadonlySet<string> = new Set([
  'NameBase.DisplayName',
  'IntuitEntity.Id',
  'IntuitEntity.SyncToken',
  'Line.Id',
  'Line.Amount',
  'Line.DetailType',
  'Item.IncomeAccountRef',
  'Item.ExpenseAccountRef',
  'Item.COGSAccountRef',
  'Item.AssetAccountRef',
  'Term.DueDays',
]);

/**
 * Read-only elements: QBO computes them and ignores what a client sends, so a client that sends
 * back an entity it read (a full update) is never refused for them.
 */
export const READ_ONLY: ReadonlySet<string> = new Set([
  'NameBase.FullyQualifiedName',
  'Item.FullyQualifiedName',
]);
