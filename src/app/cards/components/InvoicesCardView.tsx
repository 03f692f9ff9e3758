import {
  Alert,
  Button,
  EmptyState,
  Flex,
  Link,
  LoadingSpinner,
  Text,
} from '@hubspot/ui-extensions';
import type { Freshness, RecordObjectType } from '@qbo-invoicing/contract';
import { useEffect, useRef } from 'react';
import { useMessages, useOperation, type Call } from '@qbo-invoicing/ui';
import { CustomerSyncLine } from './CustomerSyncLine';
import { InvoiceTable } from './InvoiceTable';
import { LinkInvoicePanel } from './LinkInvoicePanel';
import { InvoiceTotals } from './InvoiceTotals';
import { Column, LoadFailed } from './parts';

/** Why nothing can be invoiced from here yet, and the one way on: the app's settings page. */
function NoCompany({
  companies,
  settingsUrl,
}: {
  companies: 'needs_attention' | 'none';
  settingsUrl: string;
}) {
  const { t } = useMessages();
  return (
    <Alert
      title={
        companies === 'none'
          ? t('No QuickBooks company is connected')
          : t('The QuickBooks company needs an admin')
      }
      variant={companies === 'none' ? 'info' : 'warning'}
    >
      {companies === 'none'
        ? t('An admin connects one on the app’s settings page (Connections tab).')
        : t('An admin reconnects it on the app’s settings page (Connections tab).')}{' '}
      <Link href={{ url: settingsUrl, external: false }} testId="open-settings">
        {t('Open the app’s settings')}
      </Link>
    </Alert>
  );
}

/** A company's invoices shown from storage: why QuickBooks was not asked, and when they were last confirmed (in the portal's time zone). */
function StaleNotice({ freshness }: { freshness: Freshness }) {
  const { t, instant } = useMessages();
  const { companyName, reason, confirmedAt } = freshness;
  return (
    <Alert title={t('{company}: showing saved values', { company: companyName })} variant="warning">
      {reason ?? t('QuickBooks could not be asked.')}{' '}
      {confirmedAt
        ? t('Last confirmed {when}.', { when: instant(confirmedAt) })
        : t('They have not been confirmed from QuickBooks since they were linked.')}
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
  /**
   * The extension's `actions.onCrmPropertiesUpdate`: on a deal, the list reloads when the deal's
   * invoice properties change (the Create QuickBooks invoice card writes them and calls
   * `refreshObjectProperties`). HubSpot's UI extensions SDK reference, "Listen for property
   * updates" (developers.hubspot.com/docs/apps/developer-platform/add-features/ui-extensibility/ui-extensions-sdk).
   */
  onPropertiesUpdate?: (properties: string[], callback: () => void) => void;
}

/**
 * The deal properties the create writes from the invoice (`dealProperties` in
 * serverless/hubspot/definitions.ts; the UI may not import the server's definitions).
 */
export const dealInvoiceProperties = [
  'qbo_invoice_amount_billed',
  'qbo_invoice_recipient',
  'qbo_invoice_number',
  'qbo_invoice_status',
  'qbo_invoice_due_date',
];

/** The card body: the record's linked QuickBooks invoices (or why they cannot be shown), and Link existing invoice. */
export function InvoicesCardView({
  objectType,
  timeZone,
  call,
  settingsUrl = 'https://app.hubspot.com/integrations-settings',
  copyText,
  onPropertiesUpdate,
}: InvoicesCardViewProps) {
  const { t } = useMessages();
  const { state, reload } = useOperation(
    () => call('invoices.listForRecord', { objectType, timeZone }),
    `${objectType}:${timeZone}`,
  );

  // HubSpot offers no way to stop listening: subscribe once and reach the latest reload.
  const reloadNow = useRef(reload);
  useEffect(() => {
    reloadNow.current = reload;
  }, [reload]);
  useEffect(() => {
    if (objectType === 'deals')
      onPropertiesUpdate?.(dealInvoiceProperties, () => reloadNow.current());
  }, [objectType, onPropertiesUpdate]);

  // Before setup, or with no usable QuickBooks company, nothing can be created or linked: the one
  // next step is the settings page.
  const notSetUp = state.status === 'error' && state.error.code === 'NOT_SET_UP';
  const companies = state.status === 'success' ? state.data.companies : 'usable';
  let list;
  if (state.status === 'loading') {
    list = <LoadingSpinner label={t('Loading QuickBooks invoices')} layout="centered" />;
  } else if (notSetUp) {
    list = (
      <EmptyState
        title={t('QuickBooks invoicing is not set up yet')}
        layout="vertical"
        imageWidth={120}
      >
        <Text>
          {t(
            'An admin runs setup once, on the app’s settings page (Setup tab), and connects a QuickBooks company there.',
          )}
        </Text>
        <Link href={{ url: settingsUrl, external: false }} testId="open-settings">
          {t('Open the app’s settings')}
        </Link>
      </EmptyState>
    );
  } else if (state.status === 'error') {
    list = (
      <LoadFailed
        title={t('The QuickBooks invoices could not be loaded')}
        error={state.error}
        retryId="retry"
        onRetry={reload}
      />
    );
  } else if (state.data.invoices.length === 0) {
    list = (
      <EmptyState title={t('No QuickBooks invoices yet')} layout="vertical" imageWidth={120}>
        <Text>
          {t(
            'Invoices linked to this record appear here with their status and balance. Link existing invoice brings in those already in QuickBooks.',
          )}
        </Text>
      </EmptyState>
    );
  } else {
    const { invoices, totals, freshness } = state.data;
    list = (
      <Column>
        {freshness
          .filter((entry) => entry.state === 'stale')
          .map((entry) => (
            <StaleNotice key={entry.realmId} freshness={entry} />
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
      </Column>
    );
  }

  return (
    <Column>
      <CustomerSyncLine call={call} objectType={objectType} />
      {companies === 'usable' ? null : (
        <NoCompany companies={companies} settingsUrl={settingsUrl} />
      )}
      {list}
      {/* Invoices are created from deals, by the Create QuickBooks invoice card. Linking needs
          setup and a usable company. */}
      {notSetUp || companies !== 'usable' ? null : (
        <Flex gap="sm">
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
            {t('Link existing invoice')}
          </Button>
        </Flex>
      )}
    </Column>
  );
}
