import {
  Alert,
  DescriptionList,
  DescriptionListItem,
  Flex,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
  Text,
} from '@hubspot/ui-extensions';
import { lineAmount } from '@qbo-invoicing/invoicing';
import { formatDate, formatMoney } from '@qbo-invoicing/ui';
import type { Form, ReviewData, StartData } from '../state';
import { companyOf, currencyOf, draftLines, dueDateOf, totalsOf } from '../state';
import { QuoteComparison } from './QuoteComparison';

/** Everything in one view, the estimated totals and the pre-flight checks. */
export function ReviewStep({
  start,
  form,
  review,
  checking,
}: {
  start: StartData;
  form: Form;
  review: ReviewData | null;
  /** False when the checks failed to run (the panel then offers Check again). */
  checking: boolean;
}) {
  const currency = currencyOf(form);
  const totals = review?.totals ?? totalsOf(form);
  const lines = draftLines(form);
  const names = new Map(form.lines.map((line) => [line.item?.id, line.item?.name]));
  const term = form.prepared?.terms.find((candidate) => candidate.id === form.termId);
  const company = companyOf(start, form);
  return (
    <Flex direction="column" gap="sm">
      <DescriptionList direction="row">
        <DescriptionListItem label="QuickBooks company">
          {company ? `${company.companyName} (${company.homeCurrency})` : '—'}
        </DescriptionListItem>
        <DescriptionListItem label="Customer">
          {form.customer?.displayName ?? '—'}
        </DescriptionListItem>
        <DescriptionListItem label="Invoice date">{formatDate(form.txnDate)}</DescriptionListItem>
        <DescriptionListItem label="Due">{`${formatDate(dueDateOf(form))}${term ? ` (${term.name})` : ''}`}</DescriptionListItem>
        {form.prepared?.profile.customTxnNumbers ? (
          <DescriptionListItem label="Number">{form.docNumber}</DescriptionListItem>
        ) : null}
      </DescriptionList>
      <Table bordered={true}>
        <TableHead>
          <TableRow>
            <TableHeader>Product</TableHeader>
            <TableHeader>Qty × rate</TableHeader>
            <TableHeader>Amount</TableHeader>
          </TableRow>
        </TableHead>
        <TableBody>
          {lines.map((line, index) => (
            <TableRow key={`${line.itemId}-${index}`}>
              <TableCell>{names.get(line.itemId) ?? line.itemId}</TableCell>
              <TableCell>{`${line.quantity} × ${formatMoney(line.unitPrice, currency)}`}</TableCell>
              <TableCell>
                {formatMoney(lineAmount(line.quantity, line.unitPrice), currency)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {totals ? (
        <DescriptionList direction="row" testId="totals">
          <DescriptionListItem label="Subtotal">
            {formatMoney(totals.subtotal, currency)}
          </DescriptionListItem>
          <DescriptionListItem label="Discount">
            {formatMoney(totals.discount, currency)}
          </DescriptionListItem>
          <DescriptionListItem label="Tax">
            {totals.tax === null ? 'computed by QuickBooks' : formatMoney(totals.tax, currency)}
          </DescriptionListItem>
          <DescriptionListItem label={`Total (${currency})`}>
            {formatMoney(totals.total, currency)}
          </DescriptionListItem>
        </DescriptionList>
      ) : null}
      <QuoteComparison start={start} form={form} totals={totals} currency={currency} />
      {review?.exchangeRate ? (
        <Text testId="exchange-rate">
          {`Exchange rate sent to QuickBooks: 1 ${review.exchangeRate.sourceCurrency} = ${review.exchangeRate.rate} ${review.exchangeRate.homeCurrency} (${formatDate(review.exchangeRate.asOfDate)})`}
        </Text>
      ) : null}
      {form.memo ? <Text variant="microcopy">{`Message: ${form.memo}`}</Text> : null}
      {review === null && checking ? <Text testId="checking">Checking the invoice…</Text> : null}
      {review?.checks.map((check) => (
        <Alert
          key={check.id}
          testId={`check-${check.id}`}
          title={check.severity === 'error' ? 'Fix before creating' : 'Note'}
          variant={check.severity === 'error' ? 'danger' : 'warning'}
        >
          {`${check.message} ${check.fix}`}
        </Alert>
      ))}
      {review && review.checks.length === 0 ? (
        <Text testId="checks-passed">All checks passed.</Text>
      ) : null}
    </Flex>
  );
}
