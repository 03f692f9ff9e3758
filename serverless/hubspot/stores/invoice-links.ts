import * as z from 'zod';
import { log } from '../../lib/log';
import { INVOICE_OBJECT, invoiceObject } from '../definitions';
import { requireAllSaved, type Crm, type CrmRecord } from '../crm';
import type { SchemaRegistry } from '../schemas';

/** The CRM records an invoice is linked to. */
export type LinkedRecordType = 'deals' | 'contacts' | 'companies';

/** What the product remembers about a QuickBooks invoice linked to CRM records. */
export interface InvoiceLink {
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
  /** When QuickBooks last changed the invoice (ISO instant). */
  lastUpdated: string;
  paymentsNoted: string[];
}

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
  qbo_last_updated: z.string().min(1),
  payments_noted: z.string().nullish(),
});

/** HubSpot may hand back a date as YYYY-MM-DD or as an instant at midnight UTC. */
const dateOnly = (value: string) => value.slice(0, 10);

export function toProperties(link: InvoiceLink): Record<string, string> {
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
    qbo_last_updated: link.lastUpdated,
    payments_noted: link.paymentsNoted.join(','),
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
    lastUpdated: p.qbo_last_updated,
    paymentsNoted: p.payments_noted ? p.payments_noted.split(',').filter(Boolean) : [],
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

  private objectType(): Promise<string> {
    return this.registry.require(INVOICE_OBJECT, invoiceObject.labels.singular);
  }

  /** Saves the links and associates each with the given records; returns the HubSpot record ids. */
  async save(
    links: InvoiceLink[],
    associateWith: Array<{ type: LinkedRecordType; id: string }>,
  ): Promise<string[]> {
    if (links.length === 0) return [];
    const type = await this.objectType();
    const outcome = await this.crm.batchUpsert(
      type,
      'link_key',
      links.map((link) => ({
        id: linkKey(link.realmId, link.invoiceId),
        properties: toProperties(link),
      })),
    );
    // The links HubSpot saved are associated even when some were refused; then the refusal is
    // reported, so a retry upserts the same keys and makes no second record.
    for (const record of outcome.saved) {
      for (const target of associateWith) {
        await this.crm.associateDefault(type, record.id, target.type, target.id);
      }
    }
    return requireAllSaved(outcome, links.length).map((record) => record.id);
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
}
