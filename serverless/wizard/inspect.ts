import Decimal from 'decimal.js';
import type {
  CustomerSummary,
  InvoiceDraft,
  ItemSummary,
  TaxCodeSummary,
} from '@qbo-invoicing/contract';
import type { ServerMessage } from '@qbo-invoicing/messages';
import { draftProblems, nextDocNumber } from '@qbo-invoicing/invoicing';
import { customerSummary, itemSummary, taxCodeSummaries } from './summaries';
import { isQboError, question, select, type CompanyProfile, type QboCompany } from '../quickbooks';
import { preferencesSchema } from '../quickbooks/resources/company';
import { customerSchema } from '../quickbooks/resources/customers';
import { exchangeRateSchema } from '../quickbooks/resources/exchange-rates';
import { invoiceSchema, type Invoice } from '../quickbooks/resources/invoices';
import { itemSchema } from '../quickbooks/resources/items';
import { taxCodeSchema, taxRateSchema } from '../quickbooks/resources/tax';
import type { OperationContext } from '../runtime/dispatch';
import { AppError } from '../lib/errors';
import { homeCurrencyOf } from '../quickbooks/resources/company';

/** Everything QuickBooks knows that decides whether a draft can become an invoice. */
export interface DraftFacts {
  customer: CustomerSummary | null;
  items: Map<string, ItemSummary>;
  taxCodes: TaxCodeSummary[];
  bookCloseDate: string | null;
  /** The invoice already carrying the draft's number. */
  numberHolder: Invoice | null;
  recentNumbers: string[];
  nextFreeNumber: string | null;
  exchangeRate: { rate: string; asOfDate: string } | null;
  /**
   * Invoices an earlier attempt of this run may have created (only when asked for): the customer's
   * latest, and every invoice the company created in the last day, whatever its customer, so a
   * resend after an ambiguous failure finds its invoice even when the rep changed the customer.
   */
  recentInvoices: Invoice[];
}

const RECENT_NUMBERS = 20;
const DAY_MS = 24 * 60 * 60_000;

/**
 * Refuses a draft that breaks a rule needing no QuickBooks data (the same rules the wizard shows,
 * `draftProblems`), naming the field.
 */
export function checkDraftShape(draft: InvoiceDraft, profile: CompanyProfile): void {
  const [first] = draftProblems(draft, { ...profile, homeCurrency: homeCurrencyOf(profile) });
  // The shared rules say their problem as catalog ids: the runtime says it in the caller's words.
  if (first)
    throw new AppError('INVALID_INPUT', first.said.message as ServerMessage, {
      field: `input.draft.${first.field}`,
      values: first.said.values,
      ...(first.said.fix ? { fix: first.said.fix as ServerMessage } : {}),
    });
}

/**
 * One QuickBooks batch with every fact the review and the create step need: the customer, the
 * lines' items (active or not), tax codes and rates, preferences (for the books' closing date),
 * the invoice holding the chosen number and the latest numbers, and the exchange rate for the
 * invoice date. Only a foreign-currency draft whose date has no rate of its own costs a second
 * call (QuickBooks' rate on or before that date).
 */
export async function inspectDraft(
  draft: InvoiceDraft,
  profile: CompanyProfile,
  qbo: QboCompany,
  context: OperationContext,
  options: {
    recentInvoices?: boolean;
    /** Customers an earlier attempt of this submission tried (its write-ahead log). */
    triedCustomerIds?: string[];
  } = {},
): Promise<DraftFacts> {
  const home = homeCurrencyOf(profile);
  const foreign = draft.currency !== home;
  const itemIds = [...new Set(draft.lines.map((line) => line.itemId))];
  const docNumber = draft.docNumber?.trim() || null;
  // Every customer an earlier attempt tried: its invoice may sit under any of them, however old.
  const triedElsewhere = [...new Set(options.triedCustomerIds ?? [])].filter(
    (id) => id !== draft.customerId,
  );
  const answers = await qbo.batch.answer(
    {
      customer: question(
        select('Customer').where('Id', '=', draft.customerId).in('Active', [true, false]),
        customerSchema,
      ),
      items: question(select('Item').in('Id', itemIds).in('Active', [true, false]), itemSchema),
      taxCodes: question(select('TaxCode').where('Active', '=', true), taxCodeSchema),
      taxRates: question(select('TaxRate').where('Active', '=', true), taxRateSchema),
      preferences: question(select('Preferences'), preferencesSchema),
      recent: profile.customTxnNumbers
        ? question(
            select('Invoice').orderBy('MetaData.CreateTime', 'DESC').maxResults(RECENT_NUMBERS),
            invoiceSchema,
          )
        : undefined,
      holder:
        profile.customTxnNumbers && docNumber
          ? question(select('Invoice').where('DocNumber', '=', docNumber), invoiceSchema)
          : undefined,
      rate: foreign
        ? question(
            select('ExchangeRate')
              .where('SourceCurrencyCode', '=', draft.currency)
              .where('AsOfDate', '=', draft.txnDate),
            exchangeRateSchema,
          )
        : undefined,
      recentInvoices: options.recentInvoices
        ? question(
            [
              select('Invoice')
                .where('CustomerRef', '=', draft.customerId)
                .orderBy('MetaData.CreateTime', 'DESC')
                .maxResults(50),
              select('Invoice')
                .where('MetaData.CreateTime', '>=', new Date(context.services.clock.now() - DAY_MS))
                .orderBy('MetaData.CreateTime', 'DESC')
                .maxResults(1000),
              ...(triedElsewhere.length > 0
                ? [
                    select('Invoice')
                      .in('CustomerRef', triedElsewhere)
                      .orderBy('MetaData.CreateTime', 'DESC')
                      .maxResults(1000),
                  ]
                : []),
            ],
            invoiceSchema,
          )
        : undefined,
    },
    { deadline: context.deadline },
  );

  const [customer] = answers.customer;
  const [preferences] = answers.preferences;
  const recentNumbers = answers.recent.flatMap((invoice) =>
    invoice.DocNumber ? [invoice.DocNumber] : [],
  );
  const numberHolder = answers.holder.find((invoice) => invoice.DocNumber === docNumber) ?? null;

  let exchangeRate: DraftFacts['exchangeRate'] = null;
  if (foreign) {
    const [exact] = answers.rate;
    if (exact)
      exchangeRate = { rate: exact.Rate, asOfDate: exact.AsOfDate?.slice(0, 10) ?? draft.txnDate };
    else {
      try {
        const earlier = await qbo.exchangeRates.get(
          { sourceCurrency: draft.currency, asOfDate: draft.txnDate },
          { deadline: context.deadline },
        );
        exchangeRate = {
          rate: earlier.Rate,
          asOfDate: earlier.AsOfDate?.slice(0, 10) ?? draft.txnDate,
        };
      } catch (error) {
        if (!(isQboError(error) && error.code === 'NOT_FOUND')) throw error;
      }
    }
    if (exchangeRate && !new Decimal(exchangeRate.rate).greaterThan(0)) exchangeRate = null;
  }

  return {
    customer: customer ? customerSummary(customer, home) : null,
    items: new Map(answers.items.map((item) => [item.Id, itemSummary(item)])),
    taxCodes: taxCodeSummaries(answers.taxCodes, answers.taxRates),
    bookCloseDate:
      preferences?.AccountingInfoPrefs?.BookCloseDate?.slice(0, 10) ??
      profile.bookCloseDate ??
      null,
    numberHolder,
    recentNumbers,
    nextFreeNumber: nextDocNumber(docNumber ? [...recentNumbers, docNumber] : recentNumbers),
    exchangeRate,
    recentInvoices: answers.recentInvoices,
  };
}
