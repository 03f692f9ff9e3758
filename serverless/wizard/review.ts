import type * as z from 'zod';
import type { InvoiceDraft, wizardReviewOutput } from '@qbo-invoicing/contract';
import { estimateTotals } from '@qbo-invoicing/invoicing';
import { preflightChecks } from '../invoicing/preflight';
import type { CompanyProfile } from '../quickbooks';
import type { Translator } from '../lib/text';
import type { OperationContext } from '../runtime/dispatch';
import { companyOf, dealOf } from './context';
import { checkDraftShape, inspectDraft, type DraftFacts } from './inspect';
import { homeCurrencyOf } from '../quickbooks/resources/company';

export function checksFor(
  draft: InvoiceDraft,
  profile: CompanyProfile,
  facts: DraftFacts,
  dealCurrency: string | null,
  words: Translator,
  submissionMarker?: string,
) {
  const holder = facts.numberHolder;
  const ours = holder && submissionMarker && holder.PrivateNote?.includes(submissionMarker);
  return preflightChecks(
    {
      draft,
      taxModel: profile.taxModel,
      homeCurrency: homeCurrencyOf(profile),
      customTxnNumbers: profile.customTxnNumbers,
      customer: facts.customer,
      items: facts.items,
      taxCodes: facts.taxCodes,
      dealCurrency,
      bookCloseDate: facts.bookCloseDate,
      numberTakenBy: holder && !ours ? { invoiceId: holder.Id } : null,
      nextFreeNumber: facts.nextFreeNumber,
      exchangeRateFound: facts.exchangeRate !== null,
    },
    words,
  );
}

/**
 * wizard.review: the pre-flight checks, the totals as far as they can be known before QuickBooks
 * computes them, and the exchange rate a foreign-currency invoice will carry. One QuickBooks batch
 * (two calls only when the invoice date has no exchange rate of its own); the deal comes from the
 * warm cache.
 */
export async function review(
  input: { draft: InvoiceDraft },
  context: OperationContext,
): Promise<z.infer<typeof wizardReviewOutput>> {
  const { draft } = input;
  const [deal, { profile, qbo, homeCurrency }] = await Promise.all([
    dealOf(context),
    companyOf(context, draft.realmId),
  ]);
  checkDraftShape(draft, profile);
  const facts = await inspectDraft(draft, profile, qbo, context);
  const checks = checksFor(draft, profile, facts, deal.currency, context.words);
  const totals = estimateTotals({
    currency: draft.currency,
    lines: draft.lines,
    discount: profile.allowDiscount ? draft.discount : null,
    taxModel: profile.taxModel,
    taxCodes: facts.taxCodes,
    txnTaxCodeId: draft.txnTaxCodeId,
    globalTaxCalculation:
      profile.taxModel === 'global' ? (draft.globalTaxCalculation ?? 'TaxExcluded') : null,
  });
  return {
    checks,
    totals,
    exchangeRate:
      draft.currency !== homeCurrency && facts.exchangeRate
        ? {
            sourceCurrency: draft.currency,
            homeCurrency,
            rate: facts.exchangeRate.rate,
            asOfDate: facts.exchangeRate.asOfDate,
          }
        : null,
  };
}
