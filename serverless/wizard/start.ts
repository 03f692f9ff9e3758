import { randomUUID } from 'node:crypto';
import type * as z from 'zod';
import type { wizardCompanySchema, wizardStartOutput } from '@qbo-invoicing/contract';
import type { StoredConnection } from '../hubspot/stores/connections';
import { quoteSelectability } from '../invoicing/quote-selectability';
import { todayIn } from '../invoicing/status';
import type { Translator } from '../lib/text';
import type { OperationContext } from '../runtime/dispatch';
import { dealOf } from './context';

const decimal = (value: string | null) =>
  value && /^-?\d{1,15}(\.\d{1,7})?$/.test(value) ? value : null;

/** Multi-currency on or off, from the company's cached facts; null when none are cached. */
function multiCurrencyOf(connection: StoredConnection): boolean | null {
  try {
    const facts = JSON.parse(connection.factsJson ?? 'null') as { multiCurrency?: unknown } | null;
    return typeof facts?.multiCurrency === 'boolean' ? facts.multiCurrency : null;
  } catch {
    return null;
  }
}

export function companyChoice(
  connection: StoredConnection,
  words: Translator,
): z.infer<typeof wizardCompanySchema> {
  const name = connection.companyName || connection.realmId;
  let reason: string | null = null;
  if (connection.status === 'needs_reconnect' || !connection.tokenCiphertext) {
    reason = words.t(
      '{company} must be reconnected before invoices can be created in it. Reconnect it on the Connections tab of the app’s settings.',
      { company: name },
    );
  } else if (connection.status === 'error') {
    // The stored error is QuickBooks' or HubSpot's own text, quoted as it was recorded.
    reason = connection.lastError
      ? words.t(
          '{company} reported an error: {error}. Test or reconnect it on the Connections tab of the app’s settings.',
          { company: name, error: connection.lastError },
        )
      : words.t(
          '{company} reported an error. Test or reconnect it on the Connections tab of the app’s settings.',
          { company: name },
        );
  }
  return {
    realmId: connection.realmId,
    companyName: name,
    country: connection.country,
    homeCurrency: connection.homeCurrency,
    usable: reason === null,
    reason,
    multiCurrency: multiCurrencyOf(connection),
  };
}

/**
 * wizard.start: the deal, its quotes (which can become an invoice and why not), the connected
 * QuickBooks companies, today in the portal's time zone and a new submission id. Two HubSpot reads
 * and one search, in parallel; no QuickBooks call.
 */
export async function start(
  input: { timeZone: string },
  context: OperationContext,
): Promise<z.infer<typeof wizardStartOutput>> {
  const [connections, deal] = await Promise.all([
    context.services.connections.list(),
    dealOf(context, { fresh: true }),
  ]);
  const today = todayIn(input.timeZone, new Date(context.services.clock.now()));
  const quotes = [...deal.quotes]
    .sort((a, b) => Number(b.id) - Number(a.id))
    .map((quote) => {
      const verdict = quoteSelectability(quote, today, input.timeZone, context.words);
      return {
        id: quote.id,
        title: quote.title,
        status: quote.status ?? '',
        expiresOn: verdict.expiresOn,
        currency: quote.currency,
        amount: decimal(quote.amount),
        selectable: verdict.selectable,
        reason: verdict.reason,
      };
    });
  return {
    deal: { id: deal.id, name: deal.name, amount: decimal(deal.amount), currency: deal.currency },
    companies: connections.map((connection) => companyChoice(connection, context.words)),
    quotes,
    today,
    submissionId: randomUUID(),
  };
}
