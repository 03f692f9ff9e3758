import type * as z from 'zod';
import type { Freshness, listForRecordOutput, RecordObjectType } from '@qbo-invoicing/contract';
import type { ReminderSettings, SyncState } from '../hubspot/stores/connections';
import type { InvoiceLink } from '../hubspot/stores/invoice-links';
import { isAppError } from '../lib/errors';
import { log } from '../lib/log';
import { invoiceStatus, todayIn } from '../invoicing/status';
import { dueReminders } from './reminders';
import { QboReconnectRequiredError } from '../quickbooks';
import type { ServerMessage } from '@qbo-invoicing/messages';
import type { OperationContext } from '../runtime/dispatch';
import { companyWords } from './company-language';
import { CHANGE_FEED_OVERLAP_MS, catchUpStep, covered, cursorUsable } from './catch-up';
import { readInvoices } from './read-quickbooks';
import { reconcile } from './reconcile';
import { toSummary } from './summary';
import { invoiceTotals } from './totals';

/** A card open catches the company up with QuickBooks' change feed when the cursor is older. */
export const CATCH_UP_AFTER_MS = 5 * 60_000;
/** The part of a card call the refresh may take; the stored list is answered after it. */
export const REFRESH_BUDGET_MS = 6_000;

interface RealmOutcome {
  links: InvoiceLink[];
  freshness: Freshness;
}

/** A covered link is read again once a day all the same: a note that failed is retried then. */
export const RECONFIRM_AFTER_MS = 24 * 60 * 60_000;

/**
 * Whether a link must be read from QuickBooks although the change feed just ran: the feed does not
 * cover it, today moved its status (an invoice falls due without any change in QuickBooks, and the
 * deal's properties and reminders must follow), or it was last confirmed more than a day ago.
 */
function needsReading(
  link: InvoiceLink,
  sync: SyncState,
  today: string,
  settings: ReminderSettings,
  now: number,
): boolean {
  if (!covered(link, sync)) return true;
  const { status } = invoiceStatus({ ...link, today });
  if (status !== link.storedStatus) return true;
  if (dueReminders(link, status, settings, today).length > 0) return true;
  return !link.confirmedAt || now - Date.parse(link.confirmedAt) > RECONFIRM_AFTER_MS;
}

/** The oldest moment the company's links on this record are known true. */
function confirmedAtOf(links: InvoiceLink[], cursor: string | null, coveredSince: string | null) {
  let oldest: string | null = null;
  for (const link of links) {
    const own =
      cursor && coveredSince && link.confirmedAt && link.confirmedAt >= coveredSince
        ? cursor
        : link.confirmedAt;
    if (!own) return null;
    if (!oldest || own < oldest) oldest = own;
  }
  return oldest;
}

/**
 * One company's invoices on the record, brought up to date: through the change feed when its
 * cursor is a few minutes old (one QuickBooks call that also catches up every other record), else
 * by reading this record's invoices by id (one call). If QuickBooks cannot be asked in time, the
 * stored values are kept and marked stale, never an error instead of the list.
 */
async function refreshRealm(
  realmId: string,
  links: InvoiceLink[],
  context: OperationContext,
  today: string,
  deadline: number,
): Promise<RealmOutcome> {
  const { services } = context;
  const stale = (
    companyName: string,
    reason: string,
    sync: Pick<SyncState, 'cursor' | 'coveredSince'> = { cursor: null, coveredSince: null },
  ) => ({
    links,
    freshness: {
      realmId,
      companyName,
      state: 'stale' as const,
      confirmedAt: confirmedAtOf(links, sync.cursor, sync.coveredSince),
      reason,
    },
  });
  const { t } = context.words;
  const unnamed = t('QuickBooks company (id {realmId})', { realmId });
  const connection = await services.connections.get(realmId);
  if (!connection)
    return stale(
      unnamed,
      t('This QuickBooks company is no longer connected, so these invoices cannot be refreshed.'),
    );
  const name = connection.companyName || unnamed;
  try {
    const qbo = services.quickbooks.forRealm(realmId, { companyName: connection.companyName });
    const now = services.clock.now();
    const sync = connection.sync;
    let current = links;
    let pending = links;
    if (cursorUsable(sync, now) && now - Date.parse(sync.cursor as string) > CATCH_UP_AFTER_MS) {
      const step = await catchUpStep(services, connection, qbo, { today, deadline });
      const refreshed = await services.invoiceLinks.getMany(
        realmId,
        links.map((link) => link.invoiceId),
      );
      current = refreshed.length === links.length ? refreshed : links;
      pending = step.complete
        ? current.filter((link) =>
            needsReading(link, step.sync, today, connection.reminders, services.clock.now()),
          )
        : current;
    }
    if (pending.length > 0) {
      const read = await readInvoices(
        qbo,
        pending.map((link) => link.invoiceId),
        { deadline },
      );
      const result = await reconcile(
        {
          realmId,
          homeCurrency: connection.homeCurrency,
          reminders: connection.reminders,
          invoices: read.invoices,
          deletedIds: read.missingIds,
          known: pending,
          // Links the change feed does not cover yet are confirmed now, so it covers them next.
          // (and those last confirmed more than a day ago, which are read again once a day).
          confirmUnchanged: pending.some(
            (link) =>
              !covered(link, sync) ||
              !link.confirmedAt ||
              services.clock.now() - Date.parse(link.confirmedAt) > RECONFIRM_AFTER_MS,
          ),
          confirmedAt: new Date(services.clock.now()).toISOString(),
          today,
          deadline,
          // A card's refresh is nobody's decision to write: notes speak the company's language.
          words: companyWords(connection),
        },
        qbo,
        services,
      );
      const byId = new Map(result.links.map((link) => [link.invoiceId, link]));
      current = current.map((link) => byId.get(link.invoiceId) ?? link);
      // A full re-read in progress keeps its place: Sync now finishes it.
      if (!sync.cursor && !sync.fullReread) {
        // The first refresh of this company starts its change feed from now.
        const startedAt = services.clock.now();
        await services.connections.saveSync(connection, {
          cursor: new Date(startedAt - CHANGE_FEED_OVERLAP_MS).toISOString(),
          coveredSince: new Date(startedAt).toISOString(),
          fullReread: null,
        });
      }
    }
    return {
      links: current,
      freshness: {
        realmId,
        companyName: name,
        state: 'fresh',
        confirmedAt: new Date(services.clock.now()).toISOString(),
        reason: null,
      },
    };
  } catch (error) {
    log.warn('Showing stored invoices: QuickBooks could not be asked', {
      realmId,
      error: error instanceof Error ? error.name : String(error),
    });
    if (error instanceof QboReconnectRequiredError)
      return stale(
        name,
        t('{company} needs to be reconnected in the app’s settings.', { company: name }),
        connection.sync,
      );
    if (isAppError(error) && !error.retryable && error.code !== 'RATE_LIMITED') {
      // The error's own message, said in the caller's language like any error.
      const { message, values } = error.template;
      return stale(
        name,
        t('QuickBooks refused the refresh: {reason}', {
          reason: t(message as ServerMessage, values),
        }),
        connection.sync,
      );
    }
    return stale(
      name,
      t('QuickBooks ({company}) did not answer in time; these are the values last confirmed.', {
        company: name,
      }),
      connection.sync,
    );
  }
}

/** invoices.listForRecord: the record's linked invoices, refreshed from QuickBooks first. */
export async function listForRecord(
  input: { objectType: RecordObjectType; timeZone: string },
  context: OperationContext,
): Promise<z.infer<typeof listForRecordOutput>> {
  const { services, recordId } = context;
  // One read of every connection: it answers whether anything can be invoiced, and each
  // company's refresh below then finds its connection already read.
  const [links, connections] = await Promise.all([
    services.invoiceLinks.listForRecord(input.objectType, recordId as string),
    services.connections.list(),
  ]);
  const now = services.clock.now();
  const today = todayIn(input.timeZone, new Date(now));
  const deadline = Math.min(now + REFRESH_BUDGET_MS, context.deadline - 2_000);
  const realms = [...new Set(links.map((link) => link.realmId))];
  const outcomes = await Promise.all(
    realms.map((realmId) =>
      refreshRealm(
        realmId,
        links.filter((link) => link.realmId === realmId),
        context,
        today,
        deadline,
      ),
    ),
  );
  const invoices = outcomes
    .flatMap((outcome) => outcome.links)
    .map((link) => toSummary(link, today))
    // Newest first: the invoice a rep just made or touched is the one they look for.
    .sort(
      (a, b) => b.txnDate.localeCompare(a.txnDate) || b.lastUpdated.localeCompare(a.lastUpdated),
    );
  return {
    invoices,
    totals: invoiceTotals(invoices),
    freshness: outcomes.map((outcome) => outcome.freshness),
    companies: connections.some((connection) => connection.status === 'connected')
      ? 'usable'
      : connections.length > 0
        ? 'needs_attention'
        : 'none',
  };
}
