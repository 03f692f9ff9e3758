import Decimal from 'decimal.js';
import type {
  CompanyProfileView,
  CustomerSummary,
  ItemSummary,
  TaxCodeSummary,
  TermSummary,
} from '@qbo-invoicing/contract';
import type { CompanyProfile, Customer, Item, TaxCode, TaxRate, Term } from '../quickbooks';
import { homeCurrencyOf } from '../quickbooks/resources/company';

/**
 * QuickBooks entities in the shapes the wizard shows. Pure: no I/O, nothing but field mapping and,
 * for tax codes, adding up the rates they combine.
 */

export function customerSummary(customer: Customer, homeCurrency: string): CustomerSummary {
  return {
    id: customer.Id,
    displayName: customer.DisplayName,
    companyName: customer.CompanyName?.trim() || null,
    email: customer.PrimaryEmailAddr?.Address?.trim() || null,
    // A customer without a currency is in the home currency (single-currency companies).
    currency: customer.CurrencyRef?.value ?? homeCurrency,
    termId: customer.SalesTermRef?.value ?? null,
    active: customer.Active !== false,
  };
}

const decimalText = (value: string | undefined): string | null => {
  if (value === undefined || value.trim() === '') return null;
  try {
    const amount = new Decimal(value);
    return amount.isFinite() ? amount.toFixed() : null;
  } catch {
    return null;
  }
};

export function itemSummary(item: Item): ItemSummary {
  return {
    id: item.Id,
    name: item.Name,
    sku: item.Sku?.trim() || null,
    type: item.Type ?? 'Service',
    description: item.Description?.trim() || null,
    unitPrice: decimalText(item.UnitPrice),
    taxable: item.Taxable ?? null,
    salesTaxCodeId: item.SalesTaxCodeRef?.value ?? null,
    active: item.Active !== false,
  };
}

export function termSummary(term: Term): TermSummary {
  return {
    id: term.Id,
    name: term.Name,
    dueDays: term.DueDays ?? null,
    dayOfMonthDue: term.DayOfMonthDue ?? null,
    dueNextMonthDays: term.DueNextMonthDays ?? null,
  };
}

/**
 * A tax code with its combined sales rate. US companies also have the pseudo codes TAX and NON
 * (no rates of their own): TAX marks a line taxable at the transaction's rate, NON exempts it.
 */
export function taxCodeSummaries(codes: TaxCode[], rates: TaxRate[]): TaxCodeSummary[] {
  const rateById = new Map(rates.map((rate) => [rate.Id, rate]));
  return codes
    .filter((code) => code.Active !== false)
    .map((code) => {
      const details = code.SalesTaxRateList?.TaxRateDetail ?? [];
      let ratePercent: string | null = null;
      if (details.length > 0) {
        let sum = new Decimal(0);
        let known = true;
        for (const detail of details) {
          const value = decimalText(rateById.get(detail.TaxRateRef.value)?.RateValue);
          if (value === null) known = false;
          else sum = sum.plus(value);
        }
        ratePercent = known ? sum.toFixed() : null;
      } else if (code.Id !== 'TAX') {
        // A code without sales rates (NON, "No VAT") charges nothing.
        ratePercent = '0';
      }
      return {
        id: code.Id,
        name: code.Name,
        description: code.Description?.trim() || null,
        ratePercent,
        taxable: code.Taxable ?? (code.Id !== 'NON' && details.length > 0),
      };
    });
}

export function profileView(profile: CompanyProfile): CompanyProfileView {
  return {
    realmId: profile.realmId,
    companyName: profile.companyName,
    country: profile.country ?? '',
    taxModel: profile.taxModel,
    homeCurrency: homeCurrencyOf(profile),
    multiCurrency: profile.multiCurrency,
    customTxnNumbers: profile.customTxnNumbers,
    allowDiscount: profile.allowDiscount,
    allowServiceDate: profile.allowServiceDate,
    defaultTermId: profile.defaultTermsId ?? null,
    defaultCustomerMessage: profile.defaultCustomerMessage?.trim() || null,
  };
}
