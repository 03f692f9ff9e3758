import type { MessageValues, ServerMessage } from '@qbo-invoicing/messages';
import { AppError } from '../lib/errors';
import type { Translator } from '../lib/text';
import { quoteSelectability } from '../invoicing/quote-selectability';
import { todayIn } from '../invoicing/status';
import type { DealContext } from '../hubspot/deal-context';
import type { CompanyProfile, QboCompany } from '../quickbooks';
import type { OperationContext } from '../runtime/dispatch';
import { homeCurrencyOf } from '../quickbooks/resources/company';

/** The deal the card is on (from `hs_object_id`), warm-cached between the wizard's steps. */
export async function dealOf(
  context: OperationContext,
  options: { fresh?: boolean; withQuotes?: boolean } = {},
): Promise<DealContext> {
  const { services, recordId } = context;
  const deal = recordId ? await services.deals.load(recordId, options) : null;
  if (!deal) {
    throw new AppError('NOT_FOUND', 'This deal no longer exists in HubSpot.', {
      fix: 'Reload the page; the deal may have been deleted or merged.',
    });
  }
  return deal;
}

/** The connected company's facts (cached on the connection) and its API. */
export async function companyOf(
  context: OperationContext,
  realmId: string,
): Promise<{ profile: CompanyProfile; qbo: QboCompany; homeCurrency: string }> {
  const profile = await context.services.connectionsService.profile(realmId);
  const qbo = context.services.quickbooks.forRealm(realmId, { companyName: profile.companyName });
  return { profile, qbo, homeCurrency: homeCurrencyOf(profile) };
}

/**
 * A clear INVALID_INPUT naming the field, for input that is well-formed but wrong here. The
 * message and fix are catalog ids (the runtime says them in the caller's language) with `values`
 * for their placeholders.
 */
export function invalid(
  field: string,
  message: ServerMessage,
  fix?: ServerMessage,
  values?: MessageValues,
): AppError {
  return new AppError('INVALID_INPUT', message, {
    field,
    ...(fix ? { fix } : {}),
    ...(values ? { values } : {}),
  });
}

/**
 * The deal's quote the rep chose, if it may be invoiced today in the portal's time zone: one of
 * this deal's quotes, published and not expired. `field` names the input that chose it.
 */
export function usableQuote(
  deal: DealContext,
  quoteId: string,
  timeZone: string,
  field: string,
  now: Date,
  words: Translator,
): DealContext['quotes'][number] {
  const quote = deal.quotes.find((candidate) => candidate.id === quoteId);
  if (!quote) {
    throw invalid(
      field,
      'Quote {quote} is not one of this deal’s quotes.',
      'Pick one of the quotes listed, or start from scratch.',
      { quote: quoteId },
    );
  }
  const verdict = quoteSelectability(quote, todayIn(timeZone, now), timeZone, words);
  // The reason is already in the caller's language (it holds a date formatted for them).
  if (!verdict.selectable)
    throw AppError.alreadySaid(
      'INVALID_INPUT',
      verdict.reason ?? words.t('This quote cannot be used.'),
      { field },
    );
  return quote;
}
