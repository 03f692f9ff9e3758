import { invoiceStatusLabels } from '@qbo-invoicing/contract/catalog';
import type { InvoiceSummary } from '@qbo-invoicing/contract';

type Variant = 'danger' | 'warning' | 'info' | 'success' | 'default';

const variants: Record<InvoiceSummary['status'], Variant> = {
  AWAITING_SEND: 'default',
  SENT: 'info',
  PARTIALLY_PAID: 'warning',
  PAID: 'success',
  OVERDUE: 'danger',
  VOIDED: 'default',
  DELETED: 'danger',
};

export function statusTag(invoice: Pick<InvoiceSummary, 'status' | 'daysOverdue'>): {
  label: string;
  variant: Variant;
} {
  const base = invoiceStatusLabels[invoice.status];
  const label =
    invoice.status === 'OVERDUE' && invoice.daysOverdue
      ? `${base} · ${invoice.daysOverdue} day${invoice.daysOverdue === 1 ? '' : 's'}`
      : base;
  return { label, variant: variants[invoice.status] };
}
