import { invoiceStatusLabels } from '@qbo-invoicing/contract/catalog';
import type { InvoiceSummary } from '@qbo-invoicing/contract';
import type { Messages } from '@qbo-invoicing/ui';

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

/** The status a rep reads on an invoice, in their language; an overdue one says for how long. */
export function statusTag(
  invoice: Pick<InvoiceSummary, 'status' | 'daysOverdue'>,
  t: Messages['t'],
): { label: string; variant: Variant } {
  const label =
    invoice.status === 'OVERDUE' && invoice.daysOverdue
      ? t('Overdue · {days, plural, one {# day} other {# days}}', { days: invoice.daysOverdue })
      : t(invoiceStatusLabels[invoice.status]);
  return { label, variant: variants[invoice.status] };
}

/** An invoice's number, or its QuickBooks id when QuickBooks gave it none. */
export const invoiceNumber = (invoice: { number: string | null; invoiceId: string }) =>
  invoice.number ?? `#${invoice.invoiceId}`;
