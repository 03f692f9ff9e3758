import {
  Alert,
  Button,
  EmptyState,
  ErrorState,
  Flex,
  Link,
  LoadingSpinner,
  Text,
} from '@hubspot/ui-extensions';
import type { Freshness, RecordObjectType } from '@qbo-invoicing/contract';
import { useOperation, type Call } from '@qbo-invoicing/ui';
import { WizardPanel } from '../wizard/WizardPanel';
import { CustomerSyncLine } from './CustomerSyncLine';
import { InvoiceTable } from './InvoiceTable';
import { LinkInvoicePanel } from './LinkInvoicePanel';
import { InvoiceTotals } from './InvoiceTotals';

/** When stored values were last confirmed, in the portal's time zone. */
function confirmedText(at: string | null, timeZone: string): string {
  if (!at) return 'They have not been confirmed from QuickBooks since they were linked.';
  const when = new Intl.DateTimeFormat('en-US', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(at));
  return `Last confirmed ${when}.`;
}

function StaleNotice({ freshness, timeZone }: { freshness: Freshness; timeZone: string }) {
  return (
    <Alert title={`${freshness.companyName}: showing saved values`} variant="warning">
      {freshness.reason ?? 'QuickBooks could not be asked.'}{' '}
      {confirmedText(freshness.confirmedAt, timeZone)}
    </Alert>
  );
}

export interface InvoicesCardViewProps {
  objectType: RecordObjectType;
  timeZone: string;
  call: Call;
  /** Where the wizard sends an admin to connect or reconnect a QuickBooks company. */
  settingsUrl?: string;
  /** The extension's `actions.copyTextToClipboard`, for the payment link. */
  copyText?: (text: string) => Promise<void>;
}

/** The card body: the record's linked QuickBooks invoices (or why they cannot be shown), and on deals, Create invoice. */
export function InvoicesCardView({
  objectType,
  timeZone,
  call,
  settingsUrl = 'https://app.hubspot.com/integrations-settings',
  copyText,
}: InvoicesCardViewProps) {
  const { state, reload } = useOperation(
    () => call('invoices.listForRecord', { objectType, timeZone }),
    `${objectType}:${timeZone}`,
  );

  // Before setup nothing can be created or linked: the one next step is the settings page.
  const notSetUp = state.status === 'error' && state.error.code === 'NOT_SET_UP';
  let list;
  if (state.status === 'loading') {
    list = <LoadingSpinner label="Loading QuickBooks invoices" layout="centered" />;
  } else if (notSetUp) {
    list = (
      <EmptyState title="QuickBooks invoicing is not set up yet" layout="vertical" imageWidth={120}>
        <Text>
          An admin runs setup once, on the app’s settings page (Setup tab), and connects a
          QuickBooks company there.
        </Text>
        <Link href={{ url: settingsUrl, external: false }} testId="open-settings">
          Open the app’s settings
        </Link>
      </EmptyState>
    );
  } else if (state.status === 'error') {
    const { error } = state;
    list = (
      <ErrorState title="The QuickBooks invoices could not be loaded" type="error">
        <Text>{error.message}</Text>
        {error.fix ? <Text>{error.fix}</Text> : null}
        <Button testId="retry" onClick={reload}>
          Retry
        </Button>
      </ErrorState>
    );
  } else if (state.data.invoices.length === 0) {
    list = (
      <EmptyState title="No QuickBooks invoices yet" layout="vertical" imageWidth={120}>
        <Text>
          Invoices linked to this record appear here with their status and balance. Link existing
          invoice brings in those already in QuickBooks.
        </Text>
      </EmptyState>
    );
  } else {
    const { invoices, totals, freshness } = state.data;
    list = (
      <Flex direction="column" gap="sm">
        {freshness
          .filter((entry) => entry.state === 'stale')
          .map((entry) => (
            <StaleNotice key={entry.realmId} freshness={entry} timeZone={timeZone} />
          ))}
        <InvoiceTotals totals={totals} />
        <InvoiceTable
          invoices={invoices}
          call={call}
          objectType={objectType}
          timeZone={timeZone}
          copyText={copyText}
          onChanged={reload}
        />
      </Flex>
    );
  }

  return (
    <Flex direction="column" gap="sm">
      <CustomerSyncLine call={call} objectType={objectType} />
      {list}
      {/* Invoices are created from deals only: a deal knows the amount, the quote and the buyer.
          The button stays mounted while the list reloads, so an open wizard is never torn down. */}
      {notSetUp ? null : (
        <Flex direction="row" gap="sm">
          {objectType === 'deals' ? (
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
          ) : null}
          <Button
            testId="link-invoice-button"
            overlay={
              <LinkInvoicePanel
                call={call}
                objectType={objectType}
                timeZone={timeZone}
                onLinked={reload}
              />
            }
          >
            Link existing invoice
          </Button>
        </Flex>
      )}
    </Flex>
  );
}
