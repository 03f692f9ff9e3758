import * as z from 'zod';
import type {
  AmbiguousInvoice,
  BackfillCounts,
  BackfillProgress,
  backfillDryRunOutput,
  backfillProgressOutput,
} from '@qbo-invoicing/contract';
import type { StoredConnection } from '../hubspot/stores/connections';
import type { InvoiceLink } from '../hubspot/stores/invoice-links';
import { AppError } from '../lib/errors';
import { invoiceStatus, todayIn } from '../invoicing/status';
import { maxPageSize, select, type Customer, type Invoice, type QboCompany } from '../quickbooks';
import type { OperationContext } from '../runtime/dispatch';
import { matchCustomers, type CustomerMatch, type MatchTarget } from './backfill-match';
import { linkFromInvoice, paymentIdsOf } from './from-quickbooks';

/** Invoices read and linked per step; a call takes steps until half its budget is spent. */
export const BACKFILL_PAGE = 200;
/** Ambiguous invoices kept on the connection record for a person to resolve. */
const MAX_AMBIGUOUS_KEPT = 200;

type Output = z.infer<typeof backfillProgressOutput>;
type Range = { realmId: string; from: string; to: string };

const noCounts = (): BackfillCounts => ({
  invoices: 0,
  toContacts: 0,
  toCompanies: 0,
  ambiguous: 0,
  unmatched: 0,
  alreadyLinked: 0,
});

/** The stored run: the report plus where it resumes (the next QuickBooks start position). */
const storedRun = z.object({
  progress: z.custom<BackfillProgress>((value) => typeof value === 'object' && value !== null),
  nextPosition: z.number().int().min(1),
});
type StoredRun = z.infer<typeof storedRun>;

function storedRunOf(connection: StoredConnection): StoredRun | null {
  if (!connection.backfillJson) return null;
  try {
    return storedRun.parse(JSON.parse(connection.backfillJson));
  } catch {
    return null;
  }
}

async function connectionOf(context: OperationContext, realmId: string) {
  const connection = await context.services.connections.require(realmId);
  const qbo = context.services.quickbooks.forRealm(realmId, {
    companyName: connection.companyName,
  });
  return { connection, qbo };
}

function checkRange(range: Range) {
  if (range.from > range.to)
    throw new AppError('INVALID_INPUT', 'The start date is after the end date.', {
      field: 'input.from',
    });
}

const inRange = (range: Range) =>
  select('Invoice').where('TxnDate', '>=', range.from).where('TxnDate', '<=', range.to);

/** One page of the range's invoices in a stable order (by id), from a 1-based position. */
async function invoicePage(qbo: QboCompany, range: Range, position: number, deadline: number) {
  return qbo.invoices.page(
    inRange(range).orderBy('Id').startPosition(position).maxResults(BACKFILL_PAGE),
    { pageSize: BACKFILL_PAGE, deadline },
  );
}

async function customersOf(qbo: QboCompany, invoices: Invoice[], deadline: number) {
  const ids = [...new Set(invoices.map((invoice) => invoice.CustomerRef.value))];
  const customers: Customer[] = [];
  for (let i = 0; i < ids.length; i += maxPageSize) {
    const page = await qbo.customers.page(
      select('Customer')
        .in('Id', ids.slice(i, i + maxPageSize))
        .in('Active', [true, false])
        .maxResults(maxPageSize),
      { pageSize: maxPageSize, deadline },
    );
    customers.push(...page.rows);
  }
  return customers;
}

interface Sorted {
  counts: BackfillCounts;
  /** Invoices to link, by HubSpot target. */
  toLink: Array<{ target: MatchTarget; invoices: Invoice[] }>;
  ambiguous: AmbiguousInvoice[];
}

/** Sorts one page of invoices: already linked, matched (by target), ambiguous, unmatched. */
async function sortPage(
  invoices: Invoice[],
  realmId: string,
  homeCurrency: string,
  context: OperationContext,
  qbo: QboCompany,
): Promise<Sorted> {
  const { services, deadline } = context;
  const counts = noCounts();
  counts.invoices = invoices.length;
  const linked = new Set(
    (
      await services.invoiceLinks.getMany(
        realmId,
        invoices.map((invoice) => invoice.Id),
      )
    ).map((link) => link.invoiceId),
  );
  const fresh = invoices.filter((invoice) => !linked.has(invoice.Id));
  counts.alreadyLinked = invoices.length - fresh.length;
  const matches: Map<string, CustomerMatch> = fresh.length
    ? await matchCustomers(services.crm, await customersOf(qbo, fresh, deadline), context.words)
    : new Map();
  const byTarget = new Map<string, { target: MatchTarget; invoices: Invoice[] }>();
  const ambiguous: AmbiguousInvoice[] = [];
  for (const invoice of fresh) {
    const match = matches.get(invoice.CustomerRef.value) ?? { kind: 'unmatched' as const };
    if (match.kind === 'unmatched') counts.unmatched += 1;
    else if (match.kind === 'ambiguous') {
      counts.ambiguous += 1;
      const link = linkFromInvoice(null, invoice, {
        realmId,
        homeCurrency,
        confirmedAt: new Date(services.clock.now()).toISOString(),
      });
      ambiguous.push({
        invoiceId: invoice.Id,
        number: link.number,
        customerName: link.customerName,
        txnDate: link.txnDate,
        total: link.total,
        currency: link.currency,
        reason: match.reason,
        candidates: match.candidates,
      });
    } else {
      if (match.target.type === 'contacts') counts.toContacts += 1;
      else counts.toCompanies += 1;
      const key = `${match.target.type}:${match.target.id}`;
      const entry = byTarget.get(key) ?? { target: match.target, invoices: [] };
      entry.invoices.push(invoice);
      byTarget.set(key, entry);
    }
  }
  return { counts, toLink: [...byTarget.values()], ambiguous };
}

function add(a: BackfillCounts, b: BackfillCounts): BackfillCounts {
  return {
    invoices: a.invoices + b.invoices,
    toContacts: a.toContacts + b.toContacts,
    toCompanies: a.toCompanies + b.toCompanies,
    ambiguous: a.ambiguous + b.ambiguous,
    unmatched: a.unmatched + b.unmatched,
    alreadyLinked: a.alreadyLinked + b.alreadyLinked,
  };
}

/**
 * Links past invoices to one record. Their payments are marked noted: history is not written to
 * the timeline as news, and a later change to a payment is still noted by the reconcile.
 */
async function linkTo(
  target: Pick<MatchTarget, 'type' | 'id'>,
  invoices: Invoice[],
  realmId: string,
  homeCurrency: string,
  context: OperationContext,
) {
  const now = new Date(context.services.clock.now());
  const today = todayIn('UTC', now);
  const links: InvoiceLink[] = invoices.map((invoice) => ({
    ...linkFromInvoice(null, invoice, { realmId, homeCurrency, confirmedAt: now.toISOString() }),
    paymentsNoted: paymentIdsOf(invoice).map((paymentId) => ({ paymentId, amount: '' })),
  }));
  await context.services.invoiceLinks.save(
    links,
    [target],
    (link) => invoiceStatus({ ...link, today }).status,
  );
}

/** backfill.dryRun: what linking the range's past invoices would do; nothing is written. */
export async function backfillDryRun(
  input: Range,
  context: OperationContext,
): Promise<z.infer<typeof backfillDryRunOutput>> {
  checkRange(input);
  const { connection, qbo } = await connectionOf(context, input.realmId);
  let counts = noCounts();
  let position = 1;
  for (;;) {
    const page = await qbo.invoices.page(
      inRange(input).orderBy('Id').startPosition(position).maxResults(maxPageSize),
      { pageSize: maxPageSize, deadline: context.deadline },
    );
    const sorted = await sortPage(page.rows, input.realmId, connection.homeCurrency, context, qbo);
    counts = add(counts, sorted.counts);
    if (!page.nextStartPosition) break;
    position = page.nextStartPosition;
  }
  return { counts };
}

async function countInRange(qbo: QboCompany, range: Range, deadline: number): Promise<number> {
  return qbo.invoices.count(inRange(range), { deadline });
}

/**
 * backfill.run: links the range's past invoices to the matched contacts and companies, a page at
 * a time, until half the call's budget is spent; where it stands is saved on the connection
 * record after every page, so the next call (or the next visit, after a closed tab or a failure)
 * resumes there, and nothing is linked twice (links are keyed by invoice; linked ones are
 * skipped). Pause is the page not calling again.
 */
export async function backfillRun(
  input: Range & { restart: boolean },
  context: OperationContext,
): Promise<Output> {
  checkRange(input);
  const { services } = context;
  const { connection, qbo } = await connectionOf(context, input.realmId);
  const started = services.clock.now();
  const stopAt = started + Math.max(0, (context.deadline - started) / 2);
  let run = storedRunOf(connection);
  const sameRange = run && run.progress.from === input.from && run.progress.to === input.to;
  if (!run || input.restart || !sameRange || run.progress.state === 'complete') {
    if (run && sameRange && run.progress.state === 'complete' && !input.restart)
      return { progress: run.progress };
    const at = new Date(started).toISOString();
    run = {
      nextPosition: 1,
      progress: {
        realmId: input.realmId,
        from: input.from,
        to: input.to,
        state: 'running',
        total: await countInRange(qbo, input, context.deadline),
        done: 0,
        counts: noCounts(),
        workedMs: 0,
        startedAt: at,
        updatedAt: at,
        ambiguousInvoices: [],
        ambiguousMore: 0,
      },
    };
  }
  let current = connection;
  do {
    const pageStarted = services.clock.now();
    const page = await invoicePage(qbo, input, run.nextPosition, context.deadline);
    const sorted = await sortPage(page.rows, input.realmId, connection.homeCurrency, context, qbo);
    for (const { target, invoices } of sorted.toLink)
      await linkTo(target, invoices, input.realmId, connection.homeCurrency, context);
    const kept = [...run.progress.ambiguousInvoices, ...sorted.ambiguous];
    const progress: BackfillProgress = {
      ...run.progress,
      done: run.progress.done + page.rows.length,
      counts: add(run.progress.counts, sorted.counts),
      workedMs: run.progress.workedMs + (services.clock.now() - pageStarted),
      updatedAt: new Date(services.clock.now()).toISOString(),
      ambiguousInvoices: kept.slice(0, MAX_AMBIGUOUS_KEPT),
      ambiguousMore: run.progress.ambiguousMore + Math.max(0, kept.length - MAX_AMBIGUOUS_KEPT),
      state: page.nextStartPosition ? 'running' : 'complete',
    };
    // The total grows when invoices were added to the range meanwhile.
    progress.total = Math.max(progress.total, progress.done);
    run = { progress, nextPosition: page.nextStartPosition ?? run.nextPosition + page.rows.length };
    await services.connections.saveBackfill(current, JSON.stringify(run));
    current = { ...current, backfillJson: JSON.stringify(run) };
  } while (run.progress.state === 'running' && services.clock.now() < stopAt);
  return { progress: run.progress };
}

/** backfill.status: where the company's run stands (to resume after a closed tab), if any. */
export async function backfillStatus(
  input: { realmId: string },
  context: OperationContext,
): Promise<Output> {
  const { connection } = await connectionOf(context, input.realmId);
  return { progress: storedRunOf(connection)?.progress ?? null };
}

/** backfill.resolve: links one ambiguous invoice to the record a person chose among its candidates. */
export async function backfillResolve(
  input: {
    realmId: string;
    invoiceId: string;
    target: { type: 'contacts' | 'companies'; id: string };
  },
  context: OperationContext,
): Promise<Output> {
  const { connection, qbo } = await connectionOf(context, input.realmId);
  const run = storedRunOf(connection);
  const entry = run?.progress.ambiguousInvoices.find((a) => a.invoiceId === input.invoiceId);
  if (!run || !entry)
    throw new AppError('NOT_FOUND', 'This invoice is no longer waiting to be resolved.', {
      fix: 'Reload the settings page.',
      field: 'input.invoiceId',
    });
  if (!entry.candidates.some((c) => c.type === input.target.type && c.id === input.target.id))
    throw new AppError(
      'INVALID_INPUT',
      'Choose one of the records the invoice’s customer matches.',
      {
        field: 'input.target',
      },
    );
  const invoice = await qbo.invoices.get(input.invoiceId, { deadline: context.deadline });
  await linkTo(input.target, [invoice], input.realmId, connection.homeCurrency, context);
  const counts = { ...run.progress.counts, ambiguous: run.progress.counts.ambiguous - 1 };
  if (input.target.type === 'contacts') counts.toContacts += 1;
  else counts.toCompanies += 1;
  const progress: BackfillProgress = {
    ...run.progress,
    counts,
    updatedAt: new Date(context.services.clock.now()).toISOString(),
    ambiguousInvoices: run.progress.ambiguousInvoices.filter((a) => a !== entry),
  };
  await context.services.connections.saveBackfill(connection, JSON.stringify({ ...run, progress }));
  return { progress };
}
