import {
  Alert,
  Button,
  ErrorState,
  Flex,
  StatusTag,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
  Text,
} from '@hubspot/ui-extensions';
import type { ReactNode } from 'react';
import type { InvoiceSummary, OperationError } from '@qbo-invoicing/contract';
import { useMessages } from '@qbo-invoicing/ui';
import { statusTag } from './statusTag';

/**
 * Pieces the card's list, preview, linking and sending panels all draw, written once: each
 * repeated block costs the card's bundle (60 kB budget) once per copy.
 */

/** An invoice's status tag, in the rep's language. */
export function InvoiceStatus({
  invoice,
}: {
  invoice: Pick<InvoiceSummary, 'status' | 'daysOverdue'>;
}) {
  const tag = statusTag(invoice, useMessages().t);
  return <StatusTag variant={tag.variant}>{tag.label}</StatusTag>;
}

/** "$320.16" over "of $330.16": what is left to pay and the invoice's total. */
export function BalanceCell({
  invoice,
}: {
  invoice: Pick<InvoiceSummary, 'balance' | 'total' | 'currency'>;
}) {
  const { t, money } = useMessages();
  return (
    <TableCell>
      <Text>{money(invoice.balance, invoice.currency)}</Text>
      <Text variant="microcopy">
        {t('of {total}', { total: money(invoice.total, invoice.currency) })}
      </Text>
    </TableCell>
  );
}

/** A table's header row from its column titles. */
export function HeaderRow({ titles }: { titles: string[] }) {
  return (
    <TableHead>
      <TableRow>
        {titles.map((title) => (
          <TableHeader key={title}>{title}</TableHeader>
        ))}
      </TableRow>
    </TableHead>
  );
}

/** What the functions said went wrong (already in the rep's language), with its fix. */
export function ProblemAlert({ title, error }: { title: string; error: OperationError }) {
  return (
    <Alert title={title} variant="error">
      {error.fix ? `${error.message} ${error.fix}` : error.message}
    </Alert>
  );
}

/** A load that failed: why, the fix, and Retry. */
export function LoadFailed({
  title,
  error,
  retryId,
  onRetry,
}: {
  title: string;
  error: OperationError;
  retryId: string;
  onRetry: () => void;
}) {
  const { t } = useMessages();
  return (
    <ErrorState title={title} type="error">
      <Text>{error.message}</Text>
      {error.fix ? <Text>{error.fix}</Text> : null}
      <Button testId={retryId} onClick={onRetry}>
        {t('Retry')}
      </Button>
    </ErrorState>
  );
}

/** Blocks one under another (HubSpot's Flex is a row unless told). */
export function Column({ gap = 'sm', children }: { gap?: 'sm' | 'md'; children: ReactNode }) {
  return (
    <Flex direction="column" gap={gap}>
      {children}
    </Flex>
  );
}

/** A panel's or form's buttons, at its end. */
export function Actions({ children }: { children: ReactNode }) {
  return (
    <Flex gap="sm" justify="end">
      {children}
    </Flex>
  );
}
