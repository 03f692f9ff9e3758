import { Button, EmptyState, ErrorState, Flex, LoadingSpinner, Text } from '@hubspot/ui-extensions';
import type { RecordObjectType } from '../../shared/contract';
import type { Call } from '../../shared/call';
import { useOperation } from '../../shared/ui/useOperation';
import { InvoiceTable } from './InvoiceTable';

export interface InvoicesCardViewProps {
  objectType: RecordObjectType;
  timeZone: string;
  call: Call;
}

/** The card body: the record's linked QuickBooks invoices, or why they cannot be shown. */
export function InvoicesCardView({ objectType, timeZone, call }: InvoicesCardViewProps) {
  const { state, reload } = useOperation(
    () => call('invoices.listForRecord', { objectType, timeZone }),
    `${objectType}:${timeZone}`,
  );

  if (state.status === 'loading') {
    return <LoadingSpinner label="Loading QuickBooks invoices" layout="centered" />;
  }
  if (state.status === 'error') {
    const { error } = state;
    return (
      <ErrorState title="The QuickBooks invoices could not be loaded" type="error">
        <Text>{error.message}</Text>
        {error.fix ? <Text>{error.fix}</Text> : null}
        <Button testId="retry" onClick={reload}>
          Retry
        </Button>
      </ErrorState>
    );
  }
  const { invoices } = state.data;
  if (invoices.length === 0) {
    return (
      <EmptyState title="No QuickBooks invoices yet" layout="vertical" imageWidth={120}>
        <Text>Invoices linked to this record appear here with their status and balance.</Text>
      </EmptyState>
    );
  }
  return (
    <Flex direction="column" gap="sm">
      <InvoiceTable invoices={invoices} />
    </Flex>
  );
}
