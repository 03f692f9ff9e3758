import {
  Button,
  StatusTag,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
  Text,
} from '@hubspot/ui-extensions';
import type { InvoiceSummary, RecordObjectType } from '@qbo-invoicing/contract';
import { formatDate, formatMoney, type Call } from '@qbo-invoicing/ui';
import { InvoicePreviewPanel } from './InvoicePreviewPanel';
import { statusTag } from './statusTag';

export interface InvoiceTableProps {
  invoices: InvoiceSummary[];
  call: Call;
  objectType: RecordObjectType;
  timeZone: string;
  copyText?: (text: string) => Promise<void>;
  onChanged: () => void;
}

/** The record's invoices; each number opens the invoice as QuickBooks has it now. */
export function InvoiceTable({ invoices, ...panel }: InvoiceTableProps) {
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
                <Button
                  testId={`open-invoice-${invoice.realmId}-${invoice.invoiceId}`}
                  variant="transparent"
                  size="sm"
                  overlay={
                    <InvoicePreviewPanel
                      {...panel}
                      realmId={invoice.realmId}
                      invoiceId={invoice.invoiceId}
                    />
                  }
                >
                  {invoice.number ?? `#${invoice.invoiceId}`}
                </Button>
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
