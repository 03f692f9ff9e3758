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
import { useMessages } from '@qbo-invoicing/ui';
import type { Form, ReviewData, StartData } from '../state';
import { companyOf, currencyOf, draftLines, dueDateOf } from '../state';
import { QuoteComparison } from './QuoteComparison';

/**
 * Everything in one view: the QuickBooks company it goes to, the estimated totals (QuickBooks
 * computes the tax itself when it creates the invoice), the quote comparison and the pre-flight
 * checks.
 */
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
  const messages = useMessages();
  const { t, date } = messages;
  const currency = currencyOf(form);
  const money = (amount: string) => messages.money(amount, currency);
  // QuickBooks' own rules estimated by the review (the same code as the create's checks).
  const totals = review?.totals;
  const lines = draftLines(form);
  const names = new Map(form.lines.map((line) => [line.item?.id, line.item?.name]));
  const term = form.prepared?.terms.find((candidate) => candidate.id === form.termId);
  const company = companyOf(start, form);
  const rate = review?.exchangeRate;
  const item = (label: Parameters<typeof t>[0], value: string) => (
    <DescriptionListItem label={t(label)}>{value}</DescriptionListItem>
  );
  return (
    <Flex direction="column" gap="sm">
      <DescriptionList direction="row" testId="review-facts">
        {item(
          'QuickBooks company',
          company ? `${company.companyName} (${company.homeCurrency})` : '—',
        )}
        {item('Customer', form.customer?.displayName ?? '—')}
        {item('Invoice date', date(form.txnDate))}
        {item('Due', `${date(dueDateOf(form))}${term ? ` (${term.name})` : ''}`)}
        {form.prepared?.profile.customTxnNumbers ? item('Number', form.docNumber) : null}
      </DescriptionList>
      <Table bordered={true}>
        <TableHead>
          <TableRow>
            <TableHeader>{t('Product')}</TableHeader>
            <TableHeader>{t('Qty × rate')}</TableHeader>
            <TableHeader>{t('Amount')}</TableHeader>
          </TableRow>
        </TableHead>
        <TableBody>
          {lines.map((line, index) => (
            <TableRow key={`${line.itemId}-${index}`}>
              <TableCell>{names.get(line.itemId) ?? line.itemId}</TableCell>
              <TableCell>{`${line.quantity} × ${money(line.unitPrice)}`}</TableCell>
              <TableCell>{money(lineAmount(line.quantity, line.unitPrice))}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {totals ? (
        <DescriptionList direction="row" testId="totals">
          {item('Subtotal', money(totals.subtotal))}
          {item('Discount', money(totals.discount))}
          {item(
            'Estimated tax',
            totals.tax === null ? t('Computed by QuickBooks') : money(totals.tax),
          )}
          <DescriptionListItem label={t('Estimated total ({currency})', { currency })}>
            {money(totals.total)}
          </DescriptionListItem>
        </DescriptionList>
      ) : null}
      {totals ? (
        <Text variant="microcopy" testId="estimate-note">
          {t(
            'Tax and total are estimates: QuickBooks computes the tax when it creates the invoice.',
          )}
        </Text>
      ) : null}
      <QuoteComparison start={start} form={form} totals={totals ?? null} currency={currency} />
      {rate ? (
        <Text testId="exchange-rate">
          {t('Exchange rate sent to QuickBooks: 1 {from} = {rate} {to} ({date})', {
            from: rate.sourceCurrency,
            rate: rate.rate,
            to: rate.homeCurrency,
            date: date(rate.asOfDate),
          })}
        </Text>
      ) : null}
      {form.memo ? (
        <Text variant="microcopy">{t('Message: {memo}', { memo: form.memo })}</Text>
      ) : null}
      {review === null && checking ? (
        <Text testId="checking">{t('Checking the invoice…')}</Text>
      ) : null}
      {review?.checks.map((check) => (
        <Alert
          key={check.id}
          testId={`check-${check.id}`}
          title={t(check.severity === 'error' ? 'Fix before creating' : 'Note')}
          variant={check.severity === 'error' ? 'danger' : 'warning'}
        >
          {`${check.message} ${check.fix}`}
        </Alert>
      ))}
      {review && review.checks.length === 0 ? (
        <Text testId="checks-passed">{t('All checks passed.')}</Text>
      ) : null}
    </Flex>
  );
}
