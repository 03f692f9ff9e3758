import { AppError } from '../lib/errors';
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

/** A clear INVALID_INPUT naming the field, for input that is well-formed but wrong here. */
export function invalid(field: string, message: string, fix?: string): AppError {
  return new AppError('INVALID_INPUT', message, { field, ...(fix ? { fix } : {}) });
}
