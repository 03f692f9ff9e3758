import type { InvoiceStatus } from '@qbo-invoicing/contract';
import {
  linkKey,
  toProperties,
  type InvoiceLink,
  type LinkedRecords,
} from '../hubspot/stores/invoice-links';
import type { ReminderSettings } from '../hubspot/stores/connections';
import { log } from '../lib/log';
import type { Translator } from '../lib/text';
import type { Invoice, Payment, QboCompany } from '../quickbooks';
import { invoiceStatus } from '../invoicing/status';
import type { Services } from './services';
import { syncDealProperties } from './deal-sync';
import { deletedLink, linkChanged, linkFromInvoice, paymentIdsOf } from './from-quickbooks';
import { notedAfter, paymentEvents, type InvoicePaymentChange } from './payment-events';
import { readPayments } from './read-quickbooks';
import { paymentNote, paymentReference } from './timeline-text';
import { dueReminders, reminderTask } from './reminders';

/** What QuickBooks says changed in one company, from any trigger (open, change feed, webhook). */
export interface InvoiceChanges {
  realmId: string;
  homeCurrency: string;
  /** The invoices as QuickBooks has them now. */
  invoices: Invoice[];
  /** Invoices QuickBooks no longer has. */
  deletedIds: string[];
  /** Payments QuickBooks already sent (the change feed's), so they are not read again. */
  payments?: Payment[];
  /** Invoices the change feed or a webhook reported voided. */
  voidedIds?: string[];
  /** When QuickBooks answered (ISO instant). */
  confirmedAt: string;
  /** Links already read in this call (the record's, on open), so they are not read again. */
  known?: InvoiceLink[];
  /** Write the confirmation time even on links that did not change (a full re-read). */
  confirmUnchanged?: boolean;
  /** The company's reminder settings; none are created without them. */
  reminders?: ReminderSettings;
  /** Today in the portal's time zone (YYYY-MM-DD): decides what is overdue. */
  today: string;
  deadline: number;
  /**
   * The language notes and tasks are written in: the person's whose action wrote them (linking,
   * sending), else the company's (`companyWords`) for what no one in particular did.
   */
  words: Translator;
}

export interface ReconcileResult {
  /** Every link concerned, as it is now. */
  links: InvoiceLink[];
  updated: number;
  paymentsNoted: number;
  remindersCreated: number;
  dealsUpdated: number;
  /**
   * False when a note or reminder was left for later (out of time, or HubSpot refused it): the
   * caller asks for the same changes again, and what was done is not done twice.
   */
  complete: boolean;
}

const statusOf = (link: InvoiceLink, today: string): InvoiceStatus =>
  invoiceStatus({ ...link, today }).status;

/**
 * The one code path that keeps linked invoices true. It brings the links of the changed invoices
 * up to date (values, status, deletion), writes a timeline note for each payment received,
 * changed or removed (once: the link remembers which payments were noted, and the timeline checks
 * its own notes), then recomputes the invoice properties of every deal concerned. Invoices that
 * are not linked are ignored. A note that fails is left un-noted for the next run.
 */
export async function reconcile(
  changes: InvoiceChanges,
  qbo: QboCompany,
  services: Services,
): Promise<ReconcileResult> {
  const { realmId, today, confirmedAt } = changes;
  const ids = [...changes.invoices.map((invoice) => invoice.Id), ...changes.deletedIds];
  const known = new Map(
    (changes.known ?? [])
      .filter((link) => link.realmId === realmId)
      .map((link) => [link.invoiceId, link]),
  );
  const unknownIds = ids.filter((id) => !known.has(id));
  for (const link of await services.invoiceLinks.getMany(realmId, unknownIds))
    known.set(link.invoiceId, link);
  const voided = new Set(changes.voidedIds ?? []);

  const paymentChanges: InvoicePaymentChange[] = [];
  const after = new Map<string, InvoiceLink>();
  const befores = new Map<string, InvoiceLink>();
  for (const invoice of changes.invoices) {
    const before = known.get(invoice.Id);
    if (!before) continue;
    const next = linkFromInvoice(before, invoice, {
      realmId,
      homeCurrency: changes.homeCurrency,
      confirmedAt,
      voided: voided.has(invoice.Id),
    });
    befores.set(invoice.Id, before);
    after.set(invoice.Id, next);
    paymentChanges.push({ before, after: next, paymentIds: paymentIdsOf(invoice) });
  }
  for (const id of changes.deletedIds) {
    const before = known.get(id);
    if (!before) continue;
    befores.set(id, before);
    const next = deletedLink(before, confirmedAt);
    after.set(id, next);
    // A deleted invoice has no payments left: those noted are reported removed.
    paymentChanges.push({ before, after: next, paymentIds: [] });
  }

  // Payments are read when one is new on an invoice, or when an invoice that has noted payments
  // changed (a payment's amount may have changed with it).
  const payments = new Map((changes.payments ?? []).map((payment) => [payment.Id, payment]));
  const wanted = paymentChanges.flatMap(({ before, after: next, paymentIds }) => {
    const noted = new Set(before.paymentsNoted.map((entry) => entry.paymentId));
    const changed = linkChanged(before, next);
    return paymentIds.filter((id) => !payments.has(id) && (!noted.has(id) || changed));
  });
  if (wanted.length > 0)
    for (const [id, payment] of await readPayments(qbo, wanted, { deadline: changes.deadline }))
      payments.set(id, payment);
  const events = paymentEvents(paymentChanges, payments);

  const changedLinks = [...after.values()].filter((next) => {
    const before = befores.get(next.invoiceId);
    return !before || linkChanged(before, next) || statusOf(next, today) !== before.storedStatus;
  });
  const settings = changes.reminders;
  const reminding = settings
    ? [...after.values()].flatMap((link) =>
        dueReminders(link, statusOf(link, today), settings, today).map((reason) => ({
          link,
          reason,
        })),
      )
    : [];
  const needRecords = [
    ...new Map(
      [
        ...changedLinks,
        ...events.flatMap((event) => event.applications.map((a) => a.link)),
        ...reminding.map((entry) => entry.link),
      ].map((link) => [link.invoiceId, link]),
    ).values(),
  ];
  const records =
    needRecords.length > 0
      ? await services.invoiceLinks.recordsOf(needRecords)
      : new Map<string, LinkedRecords>();

  let paymentsNoted = 0;
  let complete = true;
  const outOfTime = () => services.clock.now() >= changes.deadline;
  for (const event of events) {
    if (outOfTime()) {
      complete = false;
      break;
    }
    const on: LinkedRecords = { deals: [], contacts: [], companies: [] };
    for (const application of event.applications) {
      const linked = records.get(linkKey(realmId, application.link.invoiceId));
      if (!linked) continue;
      on.deals.push(...linked.deals);
      on.contacts.push(...linked.contacts);
      on.companies.push(...linked.companies);
    }
    try {
      const outcome = await services.timeline.noteOnce({
        html: paymentNote(realmId, event, changes.words),
        reference: paymentReference(realmId, event),
        at: event.payment?.MetaData?.LastUpdatedTime ?? confirmedAt,
        records: on,
      });
      if (outcome === 'written') paymentsNoted += 1;
      for (const application of event.applications) {
        const link = after.get(application.link.invoiceId);
        if (link) after.set(link.invoiceId, { ...link, paymentsNoted: notedAfter(link, event) });
      }
    } catch (error) {
      complete = false;
      log.warn('A payment note could not be written; the next sync tries again', {
        realmId,
        paymentId: event.paymentId,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }

  const reminded = await createReminders(reminding, records, after, services, {
    today,
    words: changes.words,
    outOfTime,
  });
  if (!reminded.complete) complete = false;

  const toWrite = [...after.values()].filter((next) => {
    const before = befores.get(next.invoiceId);
    if (!before || !next.recordId) return false;
    return (
      changes.confirmUnchanged ||
      linkChanged(before, next) ||
      statusOf(next, today) !== before.storedStatus ||
      JSON.stringify(before.paymentsNoted) !== JSON.stringify(next.paymentsNoted) ||
      before.remindersSent.join() !== next.remindersSent.join() ||
      (before.confirmedAt === null && next.confirmedAt !== null)
    );
  });
  if (toWrite.length > 0) {
    await services.crm.batchUpdate(
      await services.invoiceLinks.objectType(),
      toWrite.map((link) => ({
        id: link.recordId as string,
        properties: toProperties(link, statusOf(link, today)),
      })),
    );
  }
  const written = toWrite.map((link) => ({ ...link, storedStatus: statusOf(link, today) }));
  for (const link of written) after.set(link.invoiceId, link);

  let dealsUpdated = 0;
  const deals = new Set(
    changedLinks.flatMap((link) => records.get(linkKey(realmId, link.invoiceId))?.deals ?? []),
  );
  for (const dealId of deals) {
    if (await syncDealProperties(services.crm, services.invoiceLinks, dealId, today))
      dealsUpdated += 1;
  }

  return {
    links: [...after.values()],
    updated: changedLinks.length,
    paymentsNoted,
    remindersCreated: reminded.created,
    dealsUpdated,
    complete,
  };
}

/**
 * Creates each due reminder as a task for the owner of every deal the invoice is linked to, and
 * records the reason on the link (in `after`), so it is never created again.
 */
async function createReminders(
  reminding: Array<{ link: InvoiceLink; reason: ReturnType<typeof dueReminders>[number] }>,
  records: Map<string, LinkedRecords>,
  after: Map<string, InvoiceLink>,
  services: Services,
  { today, words, outOfTime }: { today: string; words: Translator; outOfTime: () => boolean },
): Promise<{ created: number; complete: boolean }> {
  let created = 0;
  let complete = true;
  const owners = new Map<string, string | null>();
  for (const { link, reason } of reminding) {
    if (outOfTime()) {
      complete = false;
      break;
    }
    const linked = records.get(linkKey(link.realmId, link.invoiceId));
    // Reminders are for deal owners: an invoice linked only to a contact or company has none.
    if (!linked || linked.deals.length === 0) continue;
    try {
      const task = reminderTask(link, reason, today, words);
      for (const dealId of linked.deals) {
        if (!owners.has(dealId)) {
          const deal = await services.crm.getObject('deals', dealId, ['hubspot_owner_id']);
          owners.set(dealId, deal?.properties.hubspot_owner_id || null);
        }
        const outcome = await services.timeline.taskOnce({
          ...task,
          dueAt: new Date(services.clock.now()),
          ownerId: owners.get(dealId) ?? null,
          dealId,
          contactIds: linked.contacts,
          companyIds: linked.companies,
        });
        if (outcome === 'written') created += 1;
      }
      const current = after.get(link.invoiceId) ?? link;
      after.set(link.invoiceId, {
        ...current,
        remindersSent: [...new Set([...current.remindersSent, reason])],
      });
    } catch (error) {
      complete = false;
      log.warn('A reminder task could not be created; the next sync tries again', {
        realmId: link.realmId,
        invoiceId: link.invoiceId,
        reason,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return { created, complete };
}

/**
 * One linked invoice as QuickBooks has it now (or null: QuickBooks no longer has it), through the
 * same reconcile; answers the link as it is afterwards.
 */
export async function reconcileOne(
  link: InvoiceLink,
  invoice: Invoice | null,
  qbo: QboCompany,
  services: Services,
  at: {
    homeCurrency: string;
    today: string;
    deadline: number;
    payments?: Payment[];
    /** The language of any note or task this writes (see `InvoiceChanges.words`). */
    words: Translator;
  },
): Promise<InvoiceLink> {
  const result = await reconcile(
    {
      realmId: link.realmId,
      homeCurrency: at.homeCurrency,
      invoices: invoice ? [invoice] : [],
      deletedIds: invoice ? [] : [link.invoiceId],
      ...(at.payments ? { payments: at.payments } : {}),
      known: [link],
      confirmedAt: new Date(services.clock.now()).toISOString(),
      today: at.today,
      deadline: at.deadline,
      words: at.words,
    },
    qbo,
    services,
  );
  return result.links[0] ?? link;
}
