import { createHash } from 'node:crypto';
import type * as z from 'zod';
import type { InvoiceDraft, createDraftOutput } from '@qbo-invoicing/contract';
import { formatDate, nextDocNumber } from '@qbo-invoicing/invoicing';
import { isHubSpotStatus } from '../hubspot/errors';
import { toProperties, type InvoiceLink } from '../hubspot/stores/invoice-links';
import { AppError } from '../lib/errors';
import { log } from '../lib/log';
import { dealInvoiceProperties } from '../invoices/deal-properties';
import { toInvoiceCreate } from './invoice-mapping';
import { quickBooksInvoiceUrl } from '../invoices/links';
import { blocking } from '../invoicing/preflight';
import { invoiceStatus, todayIn } from '../invoicing/status';
import { toSummary } from '../invoices/summary';
import {
  isQboFault,
  QboFaultCode,
  QboNetworkError,
  QboServerError,
  type Invoice,
} from '../quickbooks';
import type { OperationContext } from '../runtime/dispatch';
import { INVOICE_OBJECT, invoiceAssociatedObjectTypes } from '../hubspot/definitions';
import { companyOf, dealOf, usableQuote } from './context';
import { checkDraftShape, inspectDraft } from './inspect';
import { checksFor } from './review';

/** Written into the invoice's private note, so a retry can recognise the invoice it made. */
export const submissionMarker = (submissionId: string) =>
  `HubSpot invoice wizard, submission ${submissionId}`;

/**
 * The request id's key: the submission id and the draft's content. A repeat of the same draft
 * (double click, retry after a timeout, a re-sent call) replays QuickBooks' first answer; a draft
 * changed after QuickBooks refused it is a new request rather than a replay of the refusal.
 */
export function idempotencyKey(submissionId: string, draft: InvoiceDraft): string {
  const digest = createHash('sha256').update(JSON.stringify(draft)).digest('hex').slice(0, 16);
  return `${submissionId}:invoice:${digest}`;
}

function linkOf(
  invoice: Invoice,
  realmId: string,
  homeCurrency: string,
  customerName: string,
  now: string,
): InvoiceLink {
  return {
    recordId: null,
    realmId,
    invoiceId: invoice.Id,
    number: invoice.DocNumber ?? null,
    customerId: invoice.CustomerRef.value,
    customerName: invoice.CustomerRef.name ?? customerName,
    currency: invoice.CurrencyRef?.value ?? homeCurrency,
    total: invoice.TotalAmt ?? '0',
    balance: invoice.Balance ?? invoice.TotalAmt ?? '0',
    txnDate: (invoice.TxnDate ?? '').slice(0, 10),
    dueDate: invoice.DueDate?.slice(0, 10) ?? null,
    emailStatus: invoice.EmailStatus ?? null,
    voided: false,
    deleted: false,
    lastUpdated: invoice.MetaData?.LastUpdatedTime ?? now,
    // Just read from QuickBooks' own answer.
    confirmedAt: now,
    storedStatus: null,
    paymentsNoted: [],
    remindersSent: [],
  };
}

/**
 * Saves the link and associates it with the deal, its main contact and primary company in one
 * call (inline associations on create). When the link already exists (a retry after the link was
 * saved) it falls back to the store's upsert, which never duplicates.
 */
async function saveLink(
  context: OperationContext,
  link: InvoiceLink,
  targets: Array<{ type: 'deals' | 'contacts' | 'companies'; id: string }>,
  today: string,
): Promise<void> {
  const status = invoiceStatus({ ...link, today }).status;
  const { services } = context;
  const schema = await services.schemas.find(INVOICE_OBJECT);
  const typeIdOf = (type: keyof typeof invoiceAssociatedObjectTypes) =>
    schema?.associations.find(
      (association) =>
        association.fromObjectTypeId === schema.objectTypeId &&
        association.toObjectTypeId === invoiceAssociatedObjectTypes[type],
    )?.id;
  const inline = targets.map((target) => ({ target, typeId: typeIdOf(target.type) }));
  if (schema && inline.every((entry) => entry.typeId !== undefined && /^\d+$/.test(entry.typeId))) {
    try {
      await services.crm.createObject(
        schema.objectTypeId,
        toProperties(link, status),
        inline.map(({ target, typeId }) => ({
          to: { id: target.id },
          types: [{ associationCategory: 'USER_DEFINED', associationTypeId: Number(typeId) }],
        })),
      );
      return;
    } catch (error) {
      if (!isHubSpotStatus(error, 409)) throw error;
    }
  }
  await services.invoiceLinks.save([link], targets, () => status);
}

/** How long a submission's attempts are remembered: far longer than any resend. */
const ATTEMPTS_KEPT_MS = 90 * 24 * 60 * 60_000;

/**
 * The customers a submission's attempts tried, kept in HubSpot (a claim record keyed by the
 * submission). A portal whose setup predates claims remembers nothing, and the lookup falls back
 * to the day's invoices.
 */
function attemptLog(submissionId: string, context: OperationContext) {
  const { claims, clock } = context.services;
  const key = `submission:${submissionId}`;
  return {
    async tried(): Promise<string[]> {
      return (await claims.available()) ? claims.recall(key) : [];
    },
    async remember(customerId: string): Promise<void> {
      if (await claims.available())
        // Read again just before writing: a concurrent attempt may have added a customer.
        await claims.remember(key, [customerId], clock.now() + ATTEMPTS_KEPT_MS);
    },
  };
}

/**
 * invoices.createDraft: checks the draft again (one QuickBooks batch, which also finds an invoice
 * this submission already created), creates the invoice as not yet sent with a request id from
 * the submission, links it to the deal, its contact and company, and updates the deal's invoice
 * properties when the invoice is in the deal's currency. Anything that fails after QuickBooks
 * created the invoice is repaired by retrying with the same submission id: the invoice is found
 * again (request id replay, or the marker in its private note) and never created twice.
 */
export async function createDraft(
  input: { submissionId: string; draft: InvoiceDraft; timeZone: string },
  context: OperationContext,
): Promise<z.infer<typeof createDraftOutput>> {
  const { draft, submissionId } = input;
  const marker = submissionMarker(submissionId);
  // The deal as this wizard run read it (warm cache, at most ten minutes old): its currency is the
  // one the review's checks were made against, so create acts on the facts the rep confirmed.
  const attempts = attemptLog(submissionId, context);
  const [deal, { profile, qbo, homeCurrency }, triedCustomerIds] = await Promise.all([
    dealOf(context, { withQuotes: draft.source.kind === 'quote' }),
    companyOf(context, draft.realmId),
    attempts.tried(),
  ]);
  checkDraftShape(draft, profile);
  // The source is re-checked, not trusted: a quote of another deal, or one that expired since the
  // review, is refused before QuickBooks is called.
  if (draft.source.kind === 'quote') {
    usableQuote(
      deal,
      draft.source.quoteId,
      input.timeZone,
      'input.draft.source.quoteId',
      new Date(context.services.clock.now()),
      context.words,
    );
  }
  const facts = await inspectDraft(draft, profile, qbo, context, {
    recentInvoices: true,
    triedCustomerIds,
  });
  const notes: string[] = [];

  // An earlier attempt of this run may have created the invoice (its answer lost), under any
  // customer or holding the chosen number: find it by the marker in its private note.
  let invoice: Invoice | undefined = [
    ...facts.recentInvoices,
    ...(facts.numberHolder ? [facts.numberHolder] : []),
  ].find((candidate) => candidate.PrivateNote?.includes(marker));
  if (invoice) {
    notes.push(
      context.words.t(
        'This invoice had already been created by an earlier attempt; it was not created again.',
      ),
    );
  } else {
    const errors = blocking(checksFor(draft, profile, facts, deal.currency, context.words, marker));
    const first = errors[0];
    if (first) {
      // The check's words are already the caller's (said by the review's checks).
      throw AppError.alreadySaid(
        first.id === 'numberTaken' ? 'CONFLICT' : 'INVALID_INPUT',
        first.message,
        {
          fix: first.fix,
          field: first.id === 'numberTaken' ? 'input.draft.docNumber' : 'input.draft',
        },
      );
    }
    const body = toInvoiceCreate(draft, {
      taxModel: profile.taxModel,
      homeCurrency,
      multiCurrency: profile.multiCurrency,
      customTxnNumbers: profile.customTxnNumbers,
      allowDiscount: profile.allowDiscount,
      allowServiceDate: profile.allowServiceDate,
      customerEmail: facts.customer?.email ?? null,
      exchangeRate: facts.exchangeRate?.rate ?? null,
    });
    body.PrivateNote = marker;
    // Write-ahead: the customer is remembered before QuickBooks is asked, so a resend after an
    // ambiguous failure looks under it whatever the rep changes and however late it comes.
    await attempts.remember(draft.customerId);
    try {
      invoice = await qbo.invoices.create(body, {
        idempotencyKey: idempotencyKey(submissionId, draft),
        deadline: context.deadline,
      });
    } catch (error) {
      if (isQboFault(error, QboFaultCode.DuplicateDocNumber)) {
        const next = nextDocNumber([draft.docNumber ?? '', ...facts.recentNumbers].filter(Boolean));
        throw new AppError(
          'CONFLICT',
          'Invoice number {number} was taken by another invoice a moment ago.',
          {
            fix: next
              ? 'Use {next}, the next free number, and create the invoice again.'
              : 'Choose another invoice number and create the invoice again.',
            values: { number: draft.docNumber ?? '', ...(next ? { next } : {}) },
            field: 'input.draft.docNumber',
            cause: error,
          },
        );
      }
      if (isQboFault(error, QboFaultCode.AccountingPeriodClosed)) {
        throw new AppError(
          'QUICKBOOKS_REJECTED',
          'The invoice date {date} is in a closed accounting period in QuickBooks.',
          {
            fix: 'Choose a later invoice date, or ask your accountant to change the closing date.',
            values: { date: formatDate(draft.txnDate, context.words.locale) },
            field: 'input.draft.txnDate',
            cause: error,
          },
        );
      }
      if (error instanceof QboNetworkError || error instanceof QboServerError) {
        // The answer was lost or QuickBooks failed mid-way: the invoice may exist. Retry is safe
        // (the same request id replays, and the marker finds it under any customer).
        throw new AppError(
          'UNAVAILABLE',
          'QuickBooks may have created this invoice; Retry will not create a second one.',
          { retryable: true, cause: error, detail: error.message },
        );
      }
      throw error;
    }
  }

  const nowInstant = new Date(context.services.clock.now());
  const today = todayIn(input.timeZone, nowInstant);
  const link = linkOf(
    invoice,
    draft.realmId,
    homeCurrency,
    facts.customer?.displayName ?? '',
    nowInstant.toISOString(),
  );
  const targets: Array<{ type: 'deals' | 'contacts' | 'companies'; id: string }> = [
    { type: 'deals', id: deal.id },
  ];
  if (deal.contactIds[0]) targets.push({ type: 'contacts', id: deal.contactIds[0] });
  if (deal.companyIds[0]) targets.push({ type: 'companies', id: deal.companyIds[0] });
  await saveLink(context, link, targets, today);

  const properties = dealInvoiceProperties([link], deal.currency, today);
  if (properties) await context.services.crm.updateObject('deals', deal.id, properties);
  else if (deal.currency)
    notes.push(
      context.words.t(
        'The invoice is in {currency} and the deal in {dealCurrency}, so the deal’s invoice properties were left as they were.',
        { currency: link.currency, dealCurrency: deal.currency },
      ),
    );
  log.info('Invoice created from the wizard', {
    realmId: draft.realmId,
    invoiceId: invoice.Id,
    dealId: deal.id,
  });

  return {
    invoice: toSummary(link, today),
    quickBooksUrl: quickBooksInvoiceUrl(
      context.services.config.quickbooks().environment,
      invoice.Id,
    ),
    dealPropertiesUpdated: properties !== null,
    notes,
  };
}
