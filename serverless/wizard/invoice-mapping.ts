import Decimal from 'decimal.js';
import type { InvoiceDraft } from '@qbo-invoicing/contract';
import { discountAmount, lineAmount } from '@qbo-invoicing/invoicing';
import type { InvoiceCreate, InvoiceLineInput } from '../quickbooks';

/** What the mapping needs to know about the company and the customer. */
export interface MappingContext {
  taxModel: 'us' | 'global';
  homeCurrency: string;
  multiCurrency: boolean;
  customTxnNumbers: boolean;
  allowDiscount: boolean;
  allowServiceDate: boolean;
  customerEmail: string | null;
  /** Home-currency units per unit of the invoice's currency; required for a foreign currency. */
  exchangeRate: string | null;
}

/**
 * The QuickBooks invoice for a reviewed draft, created as not yet sent. US companies mark each
 * line TAX or NON and pick the rate with the transaction tax code; every other company gives each
 * line its own tax code and says whether prices include tax. The invoice is in the customer's
 * currency, with the exchange rate sent explicitly when that is not the home currency (QuickBooks
 * would otherwise assume 1). A number is sent only when the company numbers invoices itself.
 */
export function toInvoiceCreate(draft: InvoiceDraft, context: MappingContext): InvoiceCreate {
  const foreign = draft.currency !== context.homeCurrency;
  if (foreign && !context.multiCurrency) {
    throw new RangeError(`${draft.currency} invoices need multi-currency, which is off`);
  }
  if (foreign && !context.exchangeRate) {
    throw new RangeError(`A ${draft.currency} invoice needs an exchange rate`);
  }
  const lines: InvoiceLineInput[] = draft.lines.map((line) => {
    const taxCode =
      context.taxModel === 'us' ? (line.taxable ? 'TAX' : 'NON') : (line.taxCodeId ?? undefined);
    return {
      DetailType: 'SalesItemLineDetail',
      Amount: lineAmount(line.quantity, line.unitPrice),
      ...(line.description ? { Description: line.description } : {}),
      SalesItemLineDetail: {
        ItemRef: { value: line.itemId },
        Qty: line.quantity,
        UnitPrice: line.unitPrice,
        ...(taxCode ? { TaxCodeRef: { value: taxCode } } : {}),
        ...(context.allowServiceDate && line.serviceDate ? { ServiceDate: line.serviceDate } : {}),
      },
    } as InvoiceLineInput;
  });
  if (context.allowDiscount && draft.discount && !new Decimal(draft.discount.value).isZero()) {
    const percent = draft.discount.kind === 'percent';
    // The same amount the review estimated: never more than the subtotal.
    const amount = discountAmount(draft.lines, draft.discount);
    lines.push({
      DetailType: 'DiscountLineDetail',
      Amount: amount,
      DiscountLineDetail: percent
        ? { PercentBased: true, DiscountPercent: new Decimal(draft.discount.value).toFixed() }
        : { PercentBased: false },
    } as InvoiceLineInput);
  }
  const memo = draft.customerMemo.trim();
  const docNumber = draft.docNumber?.trim();
  const [first, ...rest] = lines;
  if (!first) throw new RangeError('An invoice needs at least one line');
  return {
    CustomerRef: { value: draft.customerId },
    Line: [first, ...rest],
    TxnDate: draft.txnDate,
    DueDate: draft.dueDate,
    ...(draft.termId ? { SalesTermRef: { value: draft.termId } } : {}),
    ...(context.multiCurrency ? { CurrencyRef: { value: draft.currency } } : {}),
    ...(foreign && context.exchangeRate ? { ExchangeRate: context.exchangeRate } : {}),
    ...(context.taxModel === 'us'
      ? draft.txnTaxCodeId
        ? { TxnTaxDetail: { TxnTaxCodeRef: { value: draft.txnTaxCodeId } } }
        : {}
      : { GlobalTaxCalculation: draft.globalTaxCalculation ?? 'TaxExcluded' }),
    ...(memo ? { CustomerMemo: { value: memo } } : {}),
    ...(context.customTxnNumbers && docNumber ? { DocNumber: docNumber } : {}),
    ...(context.customerEmail ? { BillEmail: { Address: context.customerEmail } } : {}),
    EmailStatus: 'NotSet',
  };
}
