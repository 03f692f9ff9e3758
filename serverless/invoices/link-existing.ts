import type * as z from 'zod';
import type { RecordObjectType, linkOutput, unlinkOutput } from '@qbo-invoicing/contract';
import type { LinkedRecordType } from '../hubspot/stores/invoice-links';
import { AppError } from '../lib/errors';
import { invoiceStatus, todayIn } from '../invoicing/status';
import type { OperationContext } from '../runtime/dispatch';
import { syncDealProperties } from './deal-sync';
import { linkFromInvoice } from './from-quickbooks';
import { connectedCompany } from './link-candidates';
import { linkedToRecord } from './linked';
import { readInvoices } from './read-quickbooks';
import { reconcile } from './reconcile';
import { toSummary } from './summary';

/**
 * The records an invoice linked from this record goes on: on a deal, the deal with its primary
 * contact and company (as the wizard links a new invoice); on a contact or company, that record.
 */
async function targetsOf(
  objectType: RecordObjectType,
  context: OperationContext,
): Promise<Array<{ type: LinkedRecordType; id: string }>> {
  const recordId = context.recordId as string;
  if (objectType !== 'deals') return [{ type: objectType, id: recordId }];
  const deal = await context.services.deals.load(recordId, { withQuotes: false });
  return [
    { type: 'deals', id: recordId },
    ...(deal?.contactIds.slice(0, 1) ?? []).map((id) => ({ type: 'contacts' as const, id })),
    ...(deal?.companyIds.slice(0, 1) ?? []).map((id) => ({ type: 'companies' as const, id })),
  ];
}

/**
 * links.link: links existing QuickBooks invoices to the record. Each is read from QuickBooks,
 * saved under its unique key (so it is never linked twice) and associated, then goes through the
 * reconcile at once: its status is written, its payments noted on the timeline, and the deal's
 * invoice properties follow. An invoice already on the record is left as it is.
 */
export async function linkExisting(
  input: { objectType: RecordObjectType; realmId: string; invoiceIds: string[]; timeZone: string },
  context: OperationContext,
): Promise<z.infer<typeof linkOutput>> {
  const { services, deadline } = context;
  const { realmId, objectType } = input;
  const { qbo, homeCurrency } = await connectedCompany(context, realmId);
  const ids = [...new Set(input.invoiceIds)];
  const read = await readInvoices(qbo, ids, { deadline });
  if (read.missingIds.length > 0) {
    throw new AppError(
      'NOT_FOUND',
      'QuickBooks has no invoice with id {ids} in this company; nothing was linked.',
      {
        fix: 'Search again: the invoice may have been deleted in QuickBooks.',
        field: 'input.invoiceIds',
        values: { ids: read.missingIds.join(', ') },
      },
    );
  }
  const existing = new Map(
    (await services.invoiceLinks.getMany(realmId, ids)).map((link) => [link.invoiceId, link]),
  );
  const records = await services.invoiceLinks.recordsOf([...existing.values()]);
  const alreadyLinked = ids.filter((id) =>
    records.get(`${realmId}:${id}`)?.[objectType].includes(context.recordId as string),
  );
  const toLink = read.invoices.filter((invoice) => !alreadyLinked.includes(invoice.Id));
  if (toLink.length === 0) return { linked: [], alreadyLinked };

  const now = new Date(services.clock.now());
  const today = todayIn(input.timeZone, now);
  const confirmedAt = now.toISOString();
  const links = toLink.map((invoice) =>
    linkFromInvoice(existing.get(invoice.Id) ?? null, invoice, {
      realmId,
      homeCurrency,
      confirmedAt,
    }),
  );
  const targets = await targetsOf(objectType, context);
  const recordIds = await services.invoiceLinks.save(
    links,
    targets,
    (link) => invoiceStatus({ ...link, today }).status,
  );
  const connection = await services.connections.get(realmId);
  const result = await reconcile(
    {
      realmId,
      homeCurrency,
      reminders: connection?.reminders,
      invoices: toLink,
      deletedIds: [],
      // As if never written: the reconcile writes its status, notes its payments and
      // recomputes the deal's invoice properties, as for any change.
      known: links.map((link, index) => ({
        ...link,
        recordId: recordIds[index] ?? null,
        storedStatus: null,
      })),
      confirmedAt,
      today,
      deadline,
      // The rep who linked them decided these notes and tasks: they speak the rep's language.
      words: context.words,
    },
    qbo,
    services,
  );
  return { linked: result.links.map((link) => toSummary(link, today)), alreadyLinked };
}

/**
 * links.unlink: takes an invoice off the record the card is on (only this record; the invoice in
 * QuickBooks is never touched). On a deal, its invoice properties are recomputed from the
 * invoices still linked, and cleared when none is left in its currency.
 */
export async function unlinkExisting(
  input: { objectType: RecordObjectType; realmId: string; invoiceId: string; timeZone: string },
  context: OperationContext,
): Promise<z.infer<typeof unlinkOutput>> {
  const { services } = context;
  const recordId = context.recordId as string;
  const link = await linkedToRecord(input, context);
  await services.invoiceLinks.unlinkFrom(link, input.objectType, recordId);
  if (input.objectType === 'deals') {
    const today = todayIn(input.timeZone, new Date(services.clock.now()));
    await syncDealProperties(services.crm, services.invoiceLinks, recordId, today, undefined, {
      clearWhenNone: true,
    });
  }
  return { unlinked: true };
}
