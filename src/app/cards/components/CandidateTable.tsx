import {
  Checkbox,
  StatusTag,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
  Text,
} from '@hubspot/ui-extensions';
import type { LinkCandidate } from '@qbo-invoicing/contract';
import { formatDate, formatMoney } from '@qbo-invoicing/ui';
import { statusTag } from './statusTag';

/** Where an invoice is already linked, in words ("Linked to Deal Renewal · Contact Amy"). */
export function linkedText(candidate: LinkCandidate): string | null {
  if (candidate.onThisRecord) return 'Already linked to this record';
  return candidate.linkedToNames.length ? `Linked to ${candidate.linkedToNames.join(' · ')}` : null;
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
  return (
    <Table bordered={true} testId={testId}>
      <TableHead>
        <TableRow>
          <TableHeader>Invoice</TableHeader>
          <TableHeader>Date</TableHeader>
          <TableHeader>Balance / total</TableHeader>
          <TableHeader>Status</TableHeader>
        </TableRow>
      </TableHead>
      <TableBody>
        {candidates.map((candidate, index) => {
          const tag = statusTag({ ...candidate, daysOverdue: null });
          const linked = linkedText(candidate);
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
                  {candidate.number ?? `#${candidate.invoiceId}`}
                </Checkbox>
                <Text variant="microcopy">{candidate.customerName}</Text>
                {reasons?.[index] ? <Text variant="microcopy">{reasons[index]}</Text> : null}
                {linked ? <Text variant="microcopy">{linked}</Text> : null}
              </TableCell>
              <TableCell>{formatDate(candidate.txnDate)}</TableCell>
              <TableCell>
                <Text>{formatMoney(candidate.balance, candidate.currency)}</Text>
                <Text variant="microcopy">
                  of {formatMoney(candidate.total, candidate.currency)}
                </Text>
              </TableCell>
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
