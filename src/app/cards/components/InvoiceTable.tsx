import {
  StatusTag,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
  Text,
} from '@hubspot/ui-extensions';
import type { InvoiceSummary } from '@qbo-invoicing/contract';
import { formatDate, formatMoney } from '@qbo-invoicing/ui';
import { statusTag } from './statusTag';

export function InvoiceTable({ invoices }: { invoices: InvoiceSummary[] }) {
  return (
    <Table bordered={true}>
      <TableHead>
        <TableRow>
          <TableHeader>Invoice</TableHeader>
          <TableHeader>Balance / total</TableHeader>
          <TableHeader>Due</TableHeader>
          <TableHeader>Status</TableHeader>
        </TableRow>
      </TableHead>
      <TableBody>
        {invoices.map((invoice) => {
          const tag = statusTag(invoice);
          return (
            <TableRow key={`${invoice.realmId}:${invoice.invoiceId}`}>
              <TableCell>
                <Text format={{ fontWeight: 'demibold' }}>
                  {invoice.number ?? `#${invoice.invoiceId}`}
                </Text>
                <Text variant="microcopy">{invoice.customerName}</Text>
              </TableCell>
              <TableCell>
                <Text>{formatMoney(invoice.balance, invoice.currency)}</Text>
                <Text variant="microcopy">of {formatMoney(invoice.total, invoice.currency)}</Text>
              </TableCell>
              <TableCell>{invoice.dueDate ? formatDate(invoice.dueDate) : '—'}</TableCell>
              <TableCell>
                <StatusTag variant={tag.variant}>{tag.label}</StatusTag>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
