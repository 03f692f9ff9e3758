import * as z from 'zod';
import { invoiceStatuses, type InvoiceStatus } from '@qbo-invoicing/contract/catalog';
import { log } from '../../lib/log';
import { INVOICE_OBJECT, invoiceObject } from '../definitions';
import { requireAllSaved, type Crm, type CrmRecord } from '../crm';
import type { SchemaRegistry } from '../schemas';

/** The CRM records an invoice is linked to. */
export type LinkedRecordType = 'deals' | 'contacts' | 'companies';

/** A QuickBooks payment already written to the timeline, with the amount it applied then. */
export interface NotedPayment {
  paymentId: string;
  /** The amount applied to this invoice when it was noted ('' when not known). */
  amount: string;
}

/** What the product remembers about a QuickBooks invoice linked to CRM records. */
export interface InvoiceLink {
  /** The HubSpot record holding the link, when it was read from HubSpot. */
  recordId: string | null;
  realmId: string;
  invoiceId: string;
  number: string | null;
  customerId: string;
  customerName: string;
  currency: string;
  total: string;
  balance: string;
  txnDate: string;
  dueDate: string | null;
  emailStatus: string | null;
  voided: boolean;
  /** QuickBooks no longer has the invoice; the link stays so nobody loses track of it. */
  deleted: boolean;
  /** When QuickBooks last changed the invoice (ISO instant). */
  lastUpdated: string;
  /** When the product last read these values from QuickBooks (ISO instant), if ever. */
  confirmedAt: string | null;
  /** The status last written to HubSpot (what workflows and reports see), if any. */
  storedStatus: InvoiceStatus | null;
  paymentsNoted: NotedPayment[];
  /** The reasons a reminder task was already created for this invoice. */
  remindersSent: string[];
}

/** The ids of the records a link is associated with, by type. */
export type LinkedRecords = Record<LinkedRecordType, string[]>;

export const linkKey = (realmId: string, invoiceId: string) => `${realmId}:${invoiceId}`;

const PROPERTIES = invoiceObject.properties.map((property) => property.name);

const storedLink = z.object({
  realm_id: z.string().min(1),
  invoice_id: z.string().min(1),
  doc_number: z.string().nullish(),
  customer_id: z.string().nullish(),
  customer_name: z.string().nullish(),
  currency: z.string().min(3),
  total_amount: z.string().min(1),
  balance: z.string().min(1),
  txn_date: z.string().min(10),
  due_date: z.string().nullish(),
  email_status: z.string().nullish(),
  voided: z.string().nullish(),
  deleted: z.string().nullish(),
  status: z.enum(invoiceStatuses).nullish().catch(null),
  qbo_last_updated: z.string().min(1),
  confirmed_at: z.string().nullish(),
  payments_noted: z.string().nullish(),
  reminders_sent: z.string().nullish(),
});

/** Payments noted are stored as "id=amount" tokens, comma separated. */
function parseNoted(value: string | null | undefined): NotedPayment[] {
  if (!value) return [];
  return value
    .split(',')
    .filter(Boolean)
    .map((token) => {
      const [paymentId = '', amount = ''] = token.split('=');
      return { paymentId, amount };
    })
    .filter((noted) => noted.paymentId !== '');
}

const formatNoted = (noted: NotedPayment[]) =>
  noted
    .map((entry) => (entry.amount ? `${entry.paymentId}=${entry.amount}` : entry.paymentId))
    .join(',');

/** HubSpot may hand back a date as YYYY-MM-DD or as an instant at midnight UTC. */
const dateOnly = (value: string) => value.slice(0, 10);

/** The stored form of a link, with the status it has today (see invoicing/status.ts). */
export function toProperties(link: InvoiceLink, status: InvoiceStatus): Record<string, string> {
  return {
    link_key: linkKey(link.realmId, link.invoiceId),
    invoice_label: [link.number ?? `#${link.invoiceId}`, link.customerName].join(' · '),
    realm_id: link.realmId,
    invoice_id: link.invoiceId,
    doc_number: link.number ?? '',
    customer_id: link.customerId,
    customer_name: link.customerName,
    currency: link.currency,
    total_amount: link.total,
    balance: link.balance,
    txn_date: link.txnDate,
    due_date: link.dueDate ?? '',
    email_status: link.emailStatus ?? '',
    voided: String(link.voided),
    deleted: String(link.deleted),
    status,
    qbo_last_updated: link.lastUpdated,
    confirmed_at: link.confirmedAt ?? '',
    payments_noted: formatNoted(link.paymentsNoted),
    reminders_sent: link.remindersSent.join(','),
  };
}

/** Reads a stored record back; a record someone edited into nonsense is skipped, not fatal. */
export function fromRecord(record: CrmRecord): InvoiceLink | null {
  const parsed = storedLink.safeParse(record.properties);
  if (!parsed.success) {
    log.warn('Skipping a malformed QuickBooks invoice record', {
      recordId: record.id,
      issues: parsed.error.issues.length,
    });
    return null;
  }
  const p = parsed.data;
  return {
    recordId: record.id,
    realmId: p.realm_id,
    invoiceId: p.invoice_id,
    number: p.doc_number || null,
    customerId: p.customer_id ?? '',
    customerName: p.customer_name ?? '',
    currency: p.currency,
    total: p.total_amount,
    balance: p.balance,
    txnDate: dateOnly(p.txn_date),
    dueDate: p.due_date ? dateOnly(p.due_date) : null,
    emailStatus: p.email_status || null,
    voided: p.voided === 'true',
    deleted: p.deleted === 'true',
    lastUpdated: p.qbo_last_updated,
    confirmedAt: p.confirmed_at || null,
    storedStatus: p.status ?? null,
    paymentsNoted: parseNoted(p.payments_noted),
    remindersSent: (p.reminders_sent ?? '').split(',').filter(Boolean),
  };
}

/**
 * Linked invoices live in the custom object "QuickBooks invoice", keyed by the unique
 * "realm:id", so linking the same invoice again updates it instead of duplicating it.
 */
export class InvoiceLinkStore {
  constructor(
    private readonly crm: Crm,
    private readonly registry: SchemaRegistry,
  ) {}

  objectType(): Promise<string> {
    return this.registry.require(INVOICE_OBJECT, invoiceObject.labels.singular);
  }

  /**
   * Saves the links (each with the status it has today) and associates each with the given
   * records; returns the HubSpot record ids.
   */
  async save(
    links: InvoiceLink[],
    associateWith: Array<{ type: LinkedRecordType; id: string }>,
    statusOf: (link: InvoiceLink) => InvoiceStatus,
  ): Promise<string[]> {
    if (links.length === 0) return [];
    const type = await this.objectType();
    const outcome = await this.crm.batchUpsert(
      type,
      'link_key',
      links.map((link) => ({
        id: linkKey(link.realmId, link.invoiceId),
        properties: toProperties(link, statusOf(link)),
      })),
    );
    // The links HubSpot saved are associated even when some were refused; then the refusal is
    // reported, so a retry upserts the same keys and makes no second record.
    for (const target of associateWith) {
      await this.crm.batchAssociateDefault(
        type,
        target.type,
        outcome.saved.map((record) => ({ fromId: record.id, toId: target.id })),
      );
    }
    return requireAllSaved(outcome, links.length).map((record) => record.id);
  }

  /**
   * Takes the link off one record (the link itself stays, with its other records): unlinking
   * from a deal leaves the invoice on its contact and company, and QuickBooks is never touched.
   */
  async unlinkFrom(link: InvoiceLink, recordType: LinkedRecordType, recordId: string) {
    const type = await this.objectType();
    const linkRecordId =
      link.recordId ??
      (await this.crm.getObject(type, linkKey(link.realmId, link.invoiceId), [], 'link_key'))?.id;
    if (!linkRecordId) return;
    await this.crm.disassociate(type, linkRecordId, recordType, recordId);
  }

  async listForRecord(recordType: LinkedRecordType, recordId: string): Promise<InvoiceLink[]> {
    const type = await this.objectType();
    const ids = await this.crm.associatedIds(recordType, recordId, type);
    if (ids.length === 0) return [];
    const records = await this.crm.batchRead(type, ids, PROPERTIES);
    return records.flatMap((record) => fromRecord(record) ?? []);
  }

  async get(realmId: string, invoiceId: string): Promise<InvoiceLink | null> {
    const type = await this.objectType();
    const record = await this.crm.getObject(
      type,
      linkKey(realmId, invoiceId),
      PROPERTIES,
      'link_key',
    );
    return record ? fromRecord(record) : null;
  }

  /** The links among these invoices of one company (those never linked are simply absent). */
  async getMany(realmId: string, invoiceIds: string[]): Promise<InvoiceLink[]> {
    if (invoiceIds.length === 0) return [];
    const type = await this.objectType();
    const records = await this.crm.batchRead(
      type,
      invoiceIds.map((id) => linkKey(realmId, id)),
      PROPERTIES,
      'link_key',
    );
    return records.flatMap((record) => fromRecord(record) ?? []);
  }

  /**
   * One page of a company's links in a stable order (HubSpot's record id), for a full re-read
   * that resumes after the last record of the previous page.
   */
  async pageForRealm(
    realmId: string,
    afterRecordId: string | null,
    limit: number,
  ): Promise<{ links: InvoiceLink[]; lastRecordId: string | null }> {
    const type = await this.objectType();
    const filters = [{ propertyName: 'realm_id', operator: 'EQ', value: realmId }];
    if (afterRecordId)
      filters.push({ propertyName: 'hs_object_id', operator: 'GT', value: afterRecordId });
    const page = await this.crm.search(type, {
      filterGroups: [{ filters }],
      sorts: [{ propertyName: 'hs_object_id', direction: 'ASCENDING' }],
      properties: PROPERTIES,
      limit,
    });
    const last = page.results.at(-1);
    return {
      links: page.results.flatMap((record) => fromRecord(record) ?? []),
      lastRecordId: page.results.length < limit ? null : (last?.id ?? null),
    };
  }

  /** The deals, contacts and companies each link is associated with, by link key. */
  async recordsOf(links: InvoiceLink[]): Promise<Map<string, LinkedRecords>> {
    const out = new Map<string, LinkedRecords>();
    if (links.length === 0) return out;
    const type = await this.objectType();
    const unknown = links.filter((link) => !link.recordId);
    const read = unknown.length
      ? await this.crm.batchRead(
          type,
          unknown.map((link) => linkKey(link.realmId, link.invoiceId)),
          ['link_key'],
          'link_key',
        )
      : [];
    const keyById = new Map<string, string>([
      ...links.flatMap((link) =>
        link.recordId
          ? [[link.recordId, linkKey(link.realmId, link.invoiceId)] as [string, string]]
          : [],
      ),
      ...read.map((record) => [record.id, record.properties.link_key ?? ''] as [string, string]),
    ]);
    for (const key of keyById.values()) out.set(key, { deals: [], contacts: [], companies: [] });
    const types: LinkedRecordType[] = ['deals', 'contacts', 'companies'];
    const associated = await Promise.all(
      types.map((target) => this.crm.batchAssociatedIds(type, [...keyById.keys()], target)),
    );
    types.forEach((target, index) => {
      for (const [recordId, ids] of associated[index] ?? new Map<string, string[]>()) {
        const entry = out.get(keyById.get(recordId) ?? '');
        if (entry) entry[target] = ids;
      }
    });
    return out;
  }
}
