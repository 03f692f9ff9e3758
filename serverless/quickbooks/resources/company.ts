import * as z from 'zod';
import type { QboTransport } from '../transport';
import { addressSchema, entityBase, refSchema, type CallOptions } from '../types';
import { entityFrom, pathId } from './common';

export const companyInfoSchema = z.looseObject({
  ...entityBase,
  CompanyName: z.string(),
  LegalName: z.string().optional(),
  /** ISO country code, e.g. "US", "GB", "CA": it decides the tax model. */
  Country: z.string().optional(),
  CompanyAddr: addressSchema.optional(),
  Email: z.looseObject({ Address: z.string().optional() }).optional(),
  FiscalYearStartMonth: z.string().optional(),
  SupportedLanguages: z.string().optional(),
  NameValue: z.array(z.looseObject({ Name: z.string(), Value: z.string().optional() })).optional(),
});
export type CompanyInfo = z.infer<typeof companyInfoSchema>;

const customFieldDefinition = z.looseObject({
  Name: z.string().optional(),
  Type: z.string().optional(),
  StringValue: z.string().optional(),
  BooleanValue: z.boolean().optional(),
});

export const preferencesSchema = z.looseObject({
  ...entityBase,
  SalesFormsPrefs: z
    .looseObject({
      CustomTxnNumbers: z.boolean().optional(),
      AllowDeposit: z.boolean().optional(),
      AllowDiscount: z.boolean().optional(),
      AllowShipping: z.boolean().optional(),
      AllowServiceDate: z.boolean().optional(),
      DefaultTerms: refSchema.optional(),
      DefaultCustomerMessage: z.string().optional(),
      CustomField: z
        .array(z.looseObject({ CustomField: z.array(customFieldDefinition).optional() }))
        .optional(),
    })
    .optional(),
  CurrencyPrefs: z
    .looseObject({
      MultiCurrencyEnabled: z.boolean().optional(),
      HomeCurrency: refSchema.optional(),
    })
    .optional(),
  TaxPrefs: z
    .looseObject({
      UsingSalesTax: z.boolean().optional(),
      PartnerTaxEnabled: z.boolean().optional(),
    })
    .optional(),
  /** BookCloseDate: transactions dated on or before it are in a closed period (fault 6210). */
  AccountingInfoPrefs: z.looseObject({ BookCloseDate: z.string().optional() }).optional(),
});
export type Preferences = z.infer<typeof preferencesSchema>;

/** What the invoice wizard adapts to, in one object. */
export interface CompanyProfile {
  realmId: string;
  companyName: string;
  country: string | undefined;
  /** US companies mark lines taxable; everyone else references a tax code per line. */
  taxModel: 'us' | 'global';
  homeCurrency: string | undefined;
  multiCurrency: boolean;
  customTxnNumbers: boolean;
  defaultTermsId: string | undefined;
  defaultCustomerMessage: string | undefined;
  allowDiscount: boolean;
  allowDeposit: boolean;
  allowServiceDate: boolean;
  allowShipping: boolean;
  usingSalesTax: boolean;
  /** The sales-form custom fields the company has switched on. */
  customFields: Array<{ name: string; definitionId: string | undefined }>;
  /** Books closed on or before this date (YYYY-MM-DD), when the company closes its books. */
  bookCloseDate?: string | undefined;
}

function isUnitedStates(country: string | undefined): boolean {
  if (country === undefined) return false;
  return ['US', 'USA', 'UNITED STATES'].includes(country.trim().toUpperCase());
}

function enabledCustomFields(preferences: Preferences): CompanyProfile['customFields'] {
  const out: CompanyProfile['customFields'] = [];
  for (const group of preferences.SalesFormsPrefs?.CustomField ?? []) {
    for (const field of group.CustomField ?? []) {
      // QuickBooks lists "SalesFormsPrefs.UseSalesCustomN" switches next to the names.
      const match = /SalesCustomName(\d+)$/.exec(field.Name ?? '');
      if (match && field.StringValue) out.push({ name: field.StringValue, definitionId: match[1] });
    }
  }
  return out;
}

export function companyProfile(
  realmId: string,
  info: CompanyInfo,
  preferences: Preferences,
): CompanyProfile {
  const sales = preferences.SalesFormsPrefs;
  return {
    realmId,
    companyName: info.CompanyName,
    country: info.Country,
    taxModel: isUnitedStates(info.Country) ? 'us' : 'global',
    homeCurrency: preferences.CurrencyPrefs?.HomeCurrency?.value,
    multiCurrency: preferences.CurrencyPrefs?.MultiCurrencyEnabled ?? false,
    customTxnNumbers: sales?.CustomTxnNumbers ?? false,
    defaultTermsId: sales?.DefaultTerms?.value,
    defaultCustomerMessage: sales?.DefaultCustomerMessage,
    allowDiscount: sales?.AllowDiscount ?? false,
    allowDeposit: sales?.AllowDeposit ?? false,
    allowServiceDate: sales?.AllowServiceDate ?? false,
    allowShipping: sales?.AllowShipping ?? false,
    usingSalesTax: preferences.TaxPrefs?.UsingSalesTax ?? false,
    customFields: enabledCustomFields(preferences),
    bookCloseDate: preferences.AccountingInfoPrefs?.BookCloseDate?.slice(0, 10),
  };
}

/**
 * The company's home currency. QuickBooks leaves it out of Preferences for companies that never
 * turned multi-currency on; those are US companies invoicing in dollars.
 */
export function homeCurrencyOf(profile: Pick<CompanyProfile, 'homeCurrency'>): string {
  return profile.homeCurrency ?? 'USD';
}

export class CompanyApi {
  constructor(private readonly transport: QboTransport) {}

  async info(options?: CallOptions): Promise<CompanyInfo> {
    const response = await this.transport.request(
      { method: 'GET', path: `/companyinfo/${pathId(this.transport.realmId)}` },
      options,
    );
    return entityFrom(response, 'CompanyInfo', companyInfoSchema);
  }

  async preferences(options?: CallOptions): Promise<Preferences> {
    const response = await this.transport.request({ method: 'GET', path: '/preferences' }, options);
    return entityFrom(response, 'Preferences', preferencesSchema);
  }

  /** Company info and preferences together (two calls, made in parallel). */
  async profile(options?: CallOptions): Promise<CompanyProfile> {
    const [info, preferences] = await Promise.all([this.info(options), this.preferences(options)]);
    return companyProfile(this.transport.realmId, info, preferences);
  }
}
