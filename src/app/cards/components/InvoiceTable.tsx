import { Button, Table, TableBody, TableCell, TableRow, Text } from '@hubspot/ui-extensions';
import type { InvoiceSummary, RecordObjectType } from '@qbo-invoicing/contract';
import { useMessages, type Call } from '@qbo-invoicing/ui';
import { InvoicePreviewPanel } from './InvoicePreviewPanel';
import { BalanceCell, HeaderRow, InvoiceStatus } from './parts';
import { invoiceNumber } from './statusTag';

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
  const { t, date } = useMessages();
  return (
    <Table bordered={true}>
      <HeaderRow titles={[t('Invoice'), t('Balance / total'), t('Due'), t('Status')]} />
      <TableBody>
        {invoices.map((invoice) => (
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
                {invoiceNumber(invoice)}
              </Button>
              <Text variant="microcopy">{invoice.customerName}</Text>
            </TableCell>
            <BalanceCell invoice={invoice} />
            <TableCell>{invoice.dueDate ? date(invoice.dueDate) : '—'}</TableCell>
            <TableCell>
              <InvoiceStatus invoice={invoice} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
