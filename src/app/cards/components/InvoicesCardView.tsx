import { Button, EmptyState, ErrorState, Flex, LoadingSpinner, Text } from '@hubspot/ui-extensions';
import type { RecordObjectType } from '../../shared/contract';
import type { Call } from '../../shared/call';
import { useOperation } from '../../shared/ui/useOperation';
import { WizardPanel } from '../wizard/WizardPanel';
import { InvoiceTable } from './InvoiceTable';

export interface InvoicesCardViewProps {
  objectType: RecordObjectType;
  timeZone: string;
  call: Call;
  /** Where the wizard sends an admin to connect or reconnect a QuickBooks company. */
  settingsUrl?: string;
}

/** The card body: the record's linked QuickBooks invoices, or why they cannot be shown. */
export function InvoicesCardView({
  objectType,
  timeZone,
  call,
  settingsUrl = 'https://app.hubspot.com/integrations-settings',
}: InvoicesCardViewProps) {
  const { state, reload } = useOperation(
    () => call('invoices.listForRecord', { objectType, timeZone }),
    `${objectType}:${timeZone}`,
  );
  // Invoices are created from deals only: a deal knows the amount, the quote and the buyer.
  const createButton =
    objectType === 'deals' ? (
      <Button
        testId="create-invoice-button"
        variant="primary"
        overlay={
          <WizardPanel
            call={call}
            timeZone={timeZone}
            settingsUrl={settingsUrl}
            onCreated={reload}
          />
        }
      >
        Create invoice
      </Button>
    ) : null;

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
      <Flex direction="column" gap="sm">
        <EmptyState title="No QuickBooks invoices yet" layout="vertical" imageWidth={120}>
          <Text>Invoices linked to this record appear here with their status and balance.</Text>
        </EmptyState>
        {createButton}
      </Flex>
    );
  }
  return (
    <Flex direction="column" gap="sm">
      <InvoiceTable invoices={invoices} />
      {createButton}
    </Flex>
  );
}
