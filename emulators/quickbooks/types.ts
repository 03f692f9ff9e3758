// Typed views of stored entities for tests and seeding (QBO's JSON is open-ended; these name the
// fields the product reads).
import type { Obj } from './json.js';
import type { QboEntity } from './store.js';

export interface Ref {
  value: string;
  name?: string;
}

export interface Customer extends QboEntity {
  DisplayName: string;
  CompanyName?: string;
  GivenName?: string;
  FamilyName?: string;
  PrimaryEmailAddr?: { Address: string };
  CurrencyRef: Ref;
  SalesTermRef?: Ref;
  Active: boolean;
  Balance: number;
}

export interface Item extends QboEntity {
  Name: string;
  Type: 'Service' | 'Inventory' | 'NonInventory' | 'Group' | 'Category';
  Sku?: string;
  UnitPrice?: number;
  Active: boolean;
  Taxable?: boolean;
  QtyOnHand?: number;
}

export interface Invoice extends QboEntity {
  DocNumber?: string;
  TxnDate: string;
  DueDate: string;
  CustomerRef: Ref;
  CurrencyRef: Ref;
  ExchangeRate: number;
  Line: Obj[];
  TxnTaxDetail: { TotalTax: number; TxnTaxCodeRef?: Ref; TaxLine?: Obj[] };
  TotalAmt: number;
  Balance: number;
  HomeTotalAmt?: number;
  HomeBalance?: number;
  EmailStatus: 'NotSet' | 'NeedToSend' | 'EmailSent';
  BillEmail?: { Address: string };
  DeliveryInfo?: { DeliveryType: string; DeliveryTime: string };
  LinkedTxn: Array<{ TxnId: string; TxnType: string }>;
  GlobalTaxCalculation?: 'TaxExcluded' | 'TaxInclusive' | 'NotApplicable';
  PrivateNote?: string;
}

export interface Payment extends QboEntity {
  CustomerRef: Ref;
  TotalAmt: number;
  UnappliedAmt: number;
  Line: Array<{ Amount: number; LinkedTxn: Array<{ TxnId: string; TxnType: string }> }>;
}
