// A new QBO company as Intuit sets one up: CompanyInfo, Preferences, a chart of accounts,
// payment terms and the tax codes of its country (US sales tax, UK VAT or Canadian GST/HST).
import type { Obj } from '../json.js';
import { currencyRef } from '../rules/context.js';
import { RealmStore, type ChangeEvent, type QboEntity } from '../store.js';
import { addDays, qboDate } from '../time.js';

export interface CompanyOptions {
  realmId: string;
  country: 'US' | 'GB' | 'CA';
  currency?: string;
  currencies?: string[];
  customTxnNumbers?: boolean;
  multiCurrency?: boolean;
  companyName?: string;
}

export interface CompanyRefs {
  accounts: Record<
    | 'income'
    | 'services'
    | 'ar'
    | 'undeposited'
    | 'inventory'
    | 'cogs'
    | 'discounts'
    | 'checking'
    | 'taxPayable',
    string
  >;
  terms: Record<'receipt' | 'net15' | 'net30' | 'net60' | 'dayOfMonth', string>;
  /** US: TAX/NON plus combined codes; global: every code by its short name. */
  taxCodes: Record<string, string>;
}

const HOME: Record<CompanyOptions['country'], string> = { US: 'USD', GB: 'GBP', CA: 'CAD' };

function ref(e: QboEntity): Obj {
  return { value: e.Id, name: e.Name ?? e.DisplayName };
}

export function createCompany(
  opts: CompanyOptions,
  now: Date,
  onChange: (e: ChangeEvent) => void,
): { store: RealmStore; refs: CompanyRefs } {
  const home = opts.currency ?? HOME[opts.country];
  const multi = opts.multiCurrency ?? false;
  const currencies = multi
    ? [...new Set([home, ...(opts.currencies ?? ['USD', 'EUR', 'GBP', 'CAD'])])]
    : [home];
  const store = new RealmStore(
    { id: opts.realmId, country: opts.country, homeCurrency: home, currencies },
    onChange,
  );
  const put = (entity: Parameters<RealmStore['insert']>[0], body: Obj, id?: string): QboEntity =>
    store.insert(entity, body, now, { silent: true, ...(id ? { id } : {}) });
  const name = opts.companyName ?? `Emulated ${opts.country} Company`;
  const startDate = addDays(qboDate(now), -400);

  put(
    'CompanyInfo',
    {
      CompanyName: name,
      LegalName: `${name} Ltd`,
      CompanyAddr: address(opts.country),
      LegalAddr: address(opts.country),
      CustomerCommunicationAddr: address(opts.country),
      CompanyEmailAddr: { Address: 'accounts@example.com' },
      Email: { Address: 'accounts@example.com' },
      PrimaryPhone: {
        FreeFormNumber: opts.country === 'US' ? '(650) 555-0100' : '+44 20 7946 0000',
      },
      WebAddr: { URI: 'https://example.com' },
      Country: opts.country,
      CompanyStartDate: startDate,
      FiscalYearStartMonth: opts.country === 'GB' ? 'April' : 'January',
      SupportedLanguages: 'en',
      DefaultTimeZone: opts.country === 'US' ? 'America/Los_Angeles' : 'Europe/London',
      NameValue: [
        { Name: 'NeoEnabled', Value: 'true' },
        { Name: 'IsQbdtMigrated', Value: 'false' },
        { Name: 'SubscriptionStatus', Value: 'PAID' },
        { Name: 'OfferingSku', Value: 'QuickBooks Online Plus' },
      ],
    },
    opts.realmId,
  );

  const account = (n: string, type: string, subType: string, classification: string): QboEntity =>
    put('Account', {
      Name: n,
      FullyQualifiedName: n,
      AccountType: type,
      AccountSubType: subType,
      Classification: classification,
      Active: true,
      SubAccount: false,
      CurrentBalance: 0,
      CurrencyRef: currencyRef(home),
    });
  const accounts = {
    income: account('Sales of Product Income', 'Income', 'SalesOfProductIncome', 'Revenue').Id,
    services: account('Services', 'Income', 'ServiceFeeIncome', 'Revenue').Id,
    ar: account('Accounts Receivable (A/R)', 'Accounts Receivable', 'AccountsReceivable', 'Asset')
      .Id,
    undeposited: account('Undeposited Funds', 'Other Current Asset', 'UndepositedFunds', 'Asset')
      .Id,
    inventory: account('Inventory Asset', 'Other Current Asset', 'Inventory', 'Asset').Id,
    cogs: account('Cost of Goods Sold', 'Cost of Goods Sold', 'SuppliesMaterialsCogs', 'Expense')
      .Id,
    discounts: account('Discounts given', 'Income', 'DiscountsRefundsGiven', 'Revenue').Id,
    checking: account('Checking', 'Bank', 'Checking', 'Asset').Id,
    taxPayable: account(
      opts.country === 'US' ? 'Sales Tax Payable' : 'VAT Control',
      'Other Current Liability',
      'GlobalTaxPayable',
      'Liability',
    ).Id,
  };

  const term = (n: string, body: Obj): QboEntity => put('Term', { Name: n, Active: true, ...body });
  const terms = {
    receipt: term('Due on receipt', { Type: 'STANDARD', DueDays: 0, DiscountDays: 0 }).Id,
    net15: term('Net 15', { Type: 'STANDARD', DueDays: 15, DiscountDays: 0 }).Id,
    net30: term('Net 30', { Type: 'STANDARD', DueDays: 30, DiscountDays: 0 }).Id,
    net60: term('Net 60', { Type: 'STANDARD', DueDays: 60, DiscountDays: 0 }).Id,
    dayOfMonth: term('Due on the 15th', {
      Type: 'DATE_DRIVEN',
      DayOfMonthDue: 15,
      DueNextMonthDays: 5,
    }).Id,
  };

  const taxCodes: Record<string, string> = {};
  const rate = (n: string, value: number, agency: string): QboEntity =>
    put('TaxRate', {
      Name: n,
      Description: n,
      Active: true,
      RateValue: value,
      AgencyRef: { value: agency },
      SpecialTaxType: value === 0 ? 'ZERO_RATE' : 'NONE',
      DisplayType: 'ReadOnly',
      EffectiveTaxRate: [{ RateValue: value, EffectiveDate: '2017-01-01T00:00:00-08:00' }],
    });
  const code = (n: string, rates: QboEntity[], id?: string, extra: Obj = {}): QboEntity =>
    put(
      'TaxCode',
      {
        Name: n,
        Description: n,
        Active: true,
        Hidden: false,
        Taxable: rates.length > 0,
        TaxGroup: rates.length > 1,
        SalesTaxRateList: {
          TaxRateDetail: rates.map((r, i) => ({
            TaxRateRef: ref(r),
            TaxTypeApplicable: 'TaxOnAmount',
            TaxOrder: i,
          })),
        },
        PurchaseTaxRateList: { TaxRateDetail: [] },
        ...extra,
      },
      id,
    );
  if (opts.country === 'US') {
    taxCodes.TAX = code('TAX', [], 'TAX', { Taxable: true }).Id;
    taxCodes.NON = code('NON', [], 'NON', { Taxable: false }).Id;
    const state = rate('California State', 7.25, '1');
    const county = rate('Alameda County', 1.0, '1');
    const tucsonCity = rate('Tucson City', 4.0, '2');
    const azState = rate('AZ State tax', 7.1, '2');
    taxCodes.California = code('California', [state, county]).Id;
    taxCodes.Tucson = code('Tucson', [tucsonCity, azState]).Id;
    taxCodes['Out of state'] = code('Out of state', [rate('No tax', 0, '1')]).Id;
  } else if (opts.country === 'GB') {
    taxCodes['20.0% S'] = code('20.0% S', [rate('20.0% S', 20, '1')]).Id;
    taxCodes['5.0% R'] = code('5.0% R', [rate('5.0% R', 5, '1')]).Id;
    taxCodes['0.0% Z'] = code('0.0% Z', [rate('0.0% Z', 0, '1')]).Id;
    taxCodes.Exempt = code('Exempt', [rate('Exempt', 0, '1')]).Id;
    taxCodes['No VAT'] = code('No VAT', []).Id;
  } else {
    taxCodes['HST ON'] = code('HST ON', [rate('HST ON', 13, '1')]).Id;
    taxCodes['GST'] = code('GST', [rate('GST', 5, '1')]).Id;
    taxCodes['GST/QST QC - 9.975'] = code('GST/QST QC - 9.975', [
      rate('GST QC', 5, '1'),
      rate('QST', 9.975, '2'),
    ]).Id;
    taxCodes.Exempt = code('Exempt', [rate('Exempt', 0, '1')]).Id;
    taxCodes['Zero-rated'] = code('Zero-rated', [rate('Zero-rated', 0, '1')]).Id;
  }

  put(
    'Preferences',
    {
      AccountingInfoPrefs: {
        UseAccountNumbers: false,
        TrackDepartments: false,
        ClassTrackingPerTxn: false,
        ClassTrackingPerTxnLine: false,
        FirstMonthOfFiscalYear: opts.country === 'GB' ? 'April' : 'January',
        TaxYearMonth: opts.country === 'GB' ? 'April' : 'January',
        CustomerTerminology: 'Customers',
      },
      ProductAndServicesPrefs: {
        ForSales: true,
        ForPurchase: true,
        QuantityWithPriceAndRate: true,
        QuantityOnHand: true,
      },
      SalesFormsPrefs: {
        CustomTxnNumbers: opts.customTxnNumbers ?? false,
        AllowDeposit: true,
        AllowDiscount: true,
        AllowEstimates: true,
        AllowServiceDate: true,
        AllowShipping: false,
        DefaultDiscountAccount: accounts.discounts,
        DefaultTerms: { value: terms.net30, name: 'Net 30' },
        DefaultCustomerMessage: 'Thank you for your business and have a great day!',
        ETransactionEnabledStatus: 'NotApplicable',
        IPNSupportEnabled: false,
        UsingProgressInvoicing: false,
        UsingPriceLevels: false,
        UsingSalesOrders: false,
        EmailCopyToCompany: false,
        AutoApplyCredit: true,
        PrintItemWithZeroAmount: false,
      },
      EmailMessagesPrefs: {
        InvoiceMessage: {
          Subject: 'Invoice [Invoice No.] from [Company Name]',
          Message:
            'Dear [Full Name],\n\nHere is your invoice. We appreciate your prompt payment.\n\nThanks for your business!',
        },
      },
      VendorAndPurchasesPrefs: { TrackingByCustomer: false, BillableExpenseTracking: false },
      TimeTrackingPrefs: {
        UseServices: true,
        BillCustomers: false,
        ShowBillRateToAll: false,
        WorkWeekStartDate: 'Monday',
      },
      TaxPrefs:
        opts.country === 'US'
          ? {
              UsingSalesTax: true,
              PartnerTaxEnabled: false,
              TaxGroupCodeRef: { value: taxCodes.California ?? '' },
            }
          : { UsingSalesTax: true, PartnerTaxEnabled: true },
      CurrencyPrefs: { MultiCurrencyEnabled: multi, HomeCurrency: { value: home } },
      ReportPrefs: { ReportBasis: 'Accrual', CalcAgingReportFromTxnDate: false },
      OtherPrefs: {
        NameValue: [
          { Name: 'SalesFormsPrefs.DefaultCustomerMessage', Value: 'Thank you for your business.' },
        ],
      },
    },
    '1',
  );
  return { store, refs: { accounts, terms, taxCodes } };
}

function address(country: string): Obj {
  if (country === 'US')
    return {
      Id: '1',
      Line1: '2600 Marine Way',
      City: 'Mountain View',
      CountrySubDivisionCode: 'CA',
      PostalCode: '94043',
      Country: 'US',
    };
  if (country === 'GB')
    return {
      Id: '1',
      Line1: '1 Southwark Bridge Rd',
      City: 'London',
      PostalCode: 'SE1 9HL',
      Country: 'GB',
    };
  return {
    Id: '1',
    Line1: '100 King St W',
    City: 'Toronto',
    CountrySubDivisionCode: 'ON',
    PostalCode: 'M5X 1A9',
    Country: 'CA',
  };
}
