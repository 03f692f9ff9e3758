import type * as z from 'zod';
import type { RecordObjectType, sendOutput } from '@qbo-invoicing/contract';
import { formatMoney } from '@qbo-invoicing/invoicing';
import { linkKey } from '../hubspot/stores/invoice-links';
import { AppError } from '../lib/errors';
import { log } from '../lib/log';
import { todayIn } from '../invoicing/status';
import type { OperationContext } from '../runtime/dispatch';
import { companyOfLink, linkedToRecord } from './linked';
import { reconcileOne } from './reconcile';
import { toSummary } from './summary';
import { escapeHtml } from './timeline-text';

/**
 * invoices.send: QuickBooks emails the invoice (to its billing email, or the address the rep
 * typed), its status becomes Sent, and a note on the deal, contact and company says to whom.
 * An invoice QuickBooks already emailed is sent again only when the rep confirmed it; the click's
 * request id makes a retried call replay QuickBooks' first answer instead of emailing twice.
 */
export async function send(
  input: {
    objectType: RecordObjectType;
    realmId: string;
    invoiceId: string;
    timeZone: string;
    sendTo: string | null;
    confirmResend: boolean;
    requestId: string;
  },
  context: OperationContext,
): Promise<z.infer<typeof sendOutput>> {
  const { services, deadline } = context;
  const link = await linkedToRecord(input, context);
  const number = link.number ?? `#${link.invoiceId}`;
  if (link.deleted || link.voided) {
    throw new AppError(
      'CONFLICT',
      'Invoice {number} is {state, select, deleted {deleted} other {voided}} in QuickBooks and cannot be sent.',
      { values: { number, state: link.deleted ? 'deleted' : 'voided' } },
    );
  }
  const { qbo, homeCurrency } = await companyOfLink(link, context);
  const invoice = await qbo.invoices.get(link.invoiceId, { deadline });
  if (invoice.EmailStatus === 'EmailSent' && !input.confirmResend) {
    throw new AppError('CONFLICT', 'Invoice {number} was already emailed by QuickBooks.', {
      fix: 'Confirm to send it again.',
      field: 'input.confirmResend',
      values: { number },
    });
  }
  const sentTo = input.sendTo ?? invoice.BillEmail?.Address ?? null;
  if (!sentTo) {
    throw new AppError('INVALID_INPUT', 'Invoice {number} has no billing email in QuickBooks.', {
      fix: 'Type the address to send it to.',
      field: 'input.sendTo',
      values: { number },
    });
  }
  const sent = await qbo.invoices.send(link.invoiceId, {
    ...(input.sendTo ? { sendTo: input.sendTo } : {}),
    idempotencyKey: `send:${input.requestId}`,
    deadline,
  });

  const now = new Date(services.clock.now());
  const today = todayIn(input.timeZone, now);
  const current = await reconcileOne(link, sent, qbo, services, {
    homeCurrency,
    today,
    deadline,
    words: context.words,
  });
  let noted = false;
  try {
    const records = (await services.invoiceLinks.recordsOf([current])).get(
      linkKey(current.realmId, current.invoiceId),
    );
    if (records) {
      // In the language of the rep who sent it; the reference line is the same in every language.
      const sentence = context.words.t(
        'Invoice {number} ({total}) was emailed to {email} through QuickBooks.',
        {
          number,
          total: formatMoney(current.total, current.currency, context.words.locale),
          email: sentTo,
        },
      );
      const outcome = await services.timeline.noteOnce({
        html: `<p>${escapeHtml(sentence)}</p><p><small>${escapeHtml(`QuickBooks reference: company ${current.realmId}, invoice ${current.invoiceId}, sent ${input.requestId}`)}</small></p>`,
        reference: `sent ${input.requestId}`,
        at: now.toISOString(),
        records,
      });
      noted = outcome !== 'no records';
    }
  } catch (error) {
    // The email went out; a missing note must not make the rep send it again.
    log.warn('The note about a sent invoice could not be written', {
      realmId: current.realmId,
      invoiceId: current.invoiceId,
      error: error instanceof Error ? error.message : String(error),
    });
  }
  return { invoice: toSummary(current, today), sentTo, noted };
}
