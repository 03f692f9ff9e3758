import { useState } from 'react';
import { Alert, Flex, Link, LoadingButton, Text } from '@hubspot/ui-extensions';
import type {
  CustomerSyncLink,
  OperationError,
  RecordObjectType,
  Result,
} from '@qbo-invoicing/contract';
import { useMessages, useOperation, type Call } from '@qbo-invoicing/ui';

interface Status {
  links: CustomerSyncLink[];
}

/**
 * On a contact or company: the QuickBooks customers contact sync linked it to (company, customer,
 * Open in QuickBooks) and the last sync problem of each, with Retry. Nothing on deals, nor when
 * no customer is linked. The line is secondary to the invoices: if it cannot be loaded it stays
 * out of the way (the settings page's Sync log has every decision).
 */
export function CustomerSyncLine({
  call,
  objectType,
}: {
  call: Call;
  objectType: RecordObjectType;
}) {
  return objectType === 'deals' ? null : <SyncLine call={call} objectType={objectType} />;
}

const quietly = async (answer: Promise<Result<Status>>): Promise<Result<Status>> => {
  try {
    return await answer;
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: '', retryable: true } };
  }
};

function SyncLine({ call, objectType }: { call: Call; objectType: 'contacts' | 'companies' }) {
  const { state } = useOperation(
    () => quietly(call('sync.recordStatus', { objectType })),
    `sync-line:${objectType}`,
  );
  const [retried, setRetried] = useState<CustomerSyncLink[] | null>(null);
  const links = retried ?? (state.status === 'success' ? state.data.links : []);
  if (links.length === 0) return null;
  return (
    <Flex direction="column" gap="xs">
      {links.map((link) => (
        <CustomerLink
          key={`${link.realmId}:${link.customerId}`}
          link={link}
          onRetry={async (entryId) => {
            const result = await quietly(
              call('sync.recordRetry', { objectType, realmId: link.realmId, entryId }),
            );
            if (result.ok) setRetried(result.data.links);
            return result.ok ? null : result.error;
          }}
        />
      ))}
    </Flex>
  );
}

function CustomerLink({
  link,
  onRetry,
}: {
  link: CustomerSyncLink;
  onRetry: (entryId: string) => Promise<OperationError | null>;
}) {
  const { t, instant } = useMessages();
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<OperationError | null>(null);
  const { problem } = link;
  return (
    <Flex direction="column" gap="xs">
      <Text>
        {t('QuickBooks customer {customer} in {company}', {
          customer: link.customerName,
          company: link.companyName,
        })}
      </Text>
      <Flex direction="row" gap="sm">
        <Link href={{ url: link.quickBooksUrl, external: true }} testId="open-customer">
          {t('Open the customer in QuickBooks')}
        </Link>
        {link.lastSyncedAt ? (
          <Text variant="microcopy">
            {t('Synced {when}', { when: instant(link.lastSyncedAt) })}
          </Text>
        ) : null}
      </Flex>
      {problem ? (
        <Alert
          testId="customer-sync-problem"
          variant={problem.outcome === 'failed' ? 'error' : 'warning'}
          title={
            problem.outcome === 'failed'
              ? t('The last sync of this customer failed')
              : t('The last sync left this customer out')
          }
        >
          <Text>{problem.reason}</Text>
          <Text variant="microcopy">{instant(problem.at)}</Text>
          {error ? <Text>{error.message}</Text> : null}
          {error?.fix ? <Text>{error.fix}</Text> : null}
          <LoadingButton
            testId="retry-customer-sync"
            size="xs"
            loading={running}
            onClick={() => {
              setRunning(true);
              setError(null);
              void onRetry(problem.entryId).then((failed) => {
                setRunning(false);
                setError(failed);
              });
            }}
          >
            {t('Retry')}
          </LoadingButton>
        </Alert>
      ) : null}
    </Flex>
  );
}
