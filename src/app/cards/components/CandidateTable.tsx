import { Checkbox, Table, TableBody, TableCell, TableRow, Text } from '@hubspot/ui-extensions';
import type { LinkCandidate } from '@qbo-invoicing/contract';
import { useMessages, type Messages } from '@qbo-invoicing/ui';
import { BalanceCell, HeaderRow, InvoiceStatus } from './parts';
import { invoiceNumber } from './statusTag';

/** Where an invoice is already linked, in words ("Linked to Deal Renewal · Contact Amy"). */
export function linkedText(candidate: LinkCandidate, t: Messages['t']): string | null {
  if (candidate.onThisRecord) return t('Already linked to this record');
  return candidate.linkedToNames.length
    ? t('Linked to {names}', { names: candidate.linkedToNames.join(' · ') })
    : null;
}

export interface CandidateTableProps {
  testId: string;
  candidates: LinkCandidate[];
  /** Why each was suggested, in the same order. */
  reasons?: string[];
  selected: string[];
  onToggle: (invoiceId: string, on: boolean) => void;
}

/** Invoices a rep can pick to link: number, customer, date, total, balance, status, links. */
export function CandidateTable({
  testId,
  candidates,
  reasons,
  selected,
  onToggle,
}: CandidateTableProps) {
  const { t, date } = useMessages();
  return (
    <Table bordered={true} testId={testId}>
      <HeaderRow titles={[t('Invoice'), t('Date'), t('Balance / total'), t('Status')]} />
      <TableBody>
        {candidates.map((candidate, index) => {
          const linked = linkedText(candidate, t);
          return (
            <TableRow key={candidate.invoiceId}>
              <TableCell>
                <Checkbox
                  name={`pick-${candidate.invoiceId}`}
                  testId={`pick-${testId}-${candidate.invoiceId}`}
                  checked={selected.includes(candidate.invoiceId)}
                  readOnly={candidate.onThisRecord}
                  onChange={(checked) => onToggle(candidate.invoiceId, checked)}
                >
                  {invoiceNumber(candidate)}
                </Checkbox>
                <Text variant="microcopy">{candidate.customerName}</Text>
                {reasons?.[index] ? <Text variant="microcopy">{reasons[index]}</Text> : null}
                {linked ? <Text variant="microcopy">{linked}</Text> : null}
              </TableCell>
              <TableCell>{date(candidate.txnDate)}</TableCell>
              <BalanceCell invoice={candidate} />
              <TableCell>
                <InvoiceStatus invoice={{ ...candidate, daysOverdue: null }} />
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
