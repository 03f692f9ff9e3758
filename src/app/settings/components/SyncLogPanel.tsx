import { useState } from 'react';
import {
  Alert,
  Button,
  EmptyState,
  ErrorState,
  Flex,
  LoadingButton,
  LoadingSpinner,
  Select,
  StatusTag,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
  Text,
} from '@hubspot/ui-extensions';
import type { SyncObject } from '@qbo-invoicing/contract/catalog';
import type {
  OperationError,
  OperationOutput,
  SyncLogEntry,
  SyncLogOutcome,
} from '@qbo-invoicing/contract';
import type { UiMessage } from '@qbo-invoicing/messages';
import { useMessages, useOperation, type Call } from '@qbo-invoicing/ui';
import { chosenRealm, CompanySelect, ConnectFirst } from './CompanySelect';

type Variant = 'danger' | 'warning' | 'info' | 'success' | 'default';

/** Each outcome's words and colour: failures stand out, skips ask for a look. */
const outcomes: Record<SyncLogOutcome, { label: UiMessage; variant: Variant }> = {
  created: { label: 'Created', variant: 'success' },
  updated: { label: 'Updated', variant: 'success' },
  matched: { label: 'Matched', variant: 'info' },
  skipped: { label: 'Skipped', variant: 'warning' },
  failed: { label: 'Failed', variant: 'danger' },
  inactive: { label: 'Marked inactive', variant: 'default' },
  archived: { label: 'Archived', variant: 'default' },
};

const objectLabels: Record<SyncObject, UiMessage> = {
  contacts: 'Customers to contacts',
  products: 'Items to products',
};

const PAGE = 20;

type RetryAnswer = OperationOutput<'sync.log.retry'>;

/** The settings page's Sync log tab (mounted as one line in SettingsView). */
/**
 * The sync log: every contact and product sync decision of one connected company (a selector when
 * there are several), newest first, with filters, Retry on each failure and Retry all failures.
 */
export function SyncLogPanel({ call, onConnect }: { call: Call; onConnect?: () => void }) {
  const { t } = useMessages();
  const { state, reload } = useOperation(() => call('connections.list', {}), 'sync-log-companies');
  const [chosen, setChosen] = useState<string | null>(null);

  if (state.status === 'loading') return <LoadingSpinner label={t('Loading the sync log')} />;
  if (state.status === 'error')
    return <LoadFailed error={state.error} onRetry={reload} testId="retry-sync-log-companies" />;
  const { connections } = state.data;
  if (connections.length === 0)
    return (
      <ConnectFirst
        text={t('Each contact and product sync decision appears here, newest first.')}
        onConnect={onConnect}
        testId="sync-log-go-to-connections"
      />
    );
  const realmId = chosenRealm(connections, chosen);
  return (
    <Flex direction="column" gap="md">
      <CompanySelect
        name="sync-log-company"
        label={t('Sync log of the QuickBooks company')}
        connections={connections}
        value={realmId}
        onChange={setChosen}
      />
      <CompanySyncLog key={realmId} call={call} realmId={realmId} />
    </Flex>
  );
}

function CompanySyncLog({ call, realmId }: { call: Call; realmId: string }) {
  const { t, instant } = useMessages();
  const [object, setObject] = useState<SyncObject | ''>('');
  const [outcome, setOutcome] = useState<SyncLogOutcome | ''>('');
  const [offset, setOffset] = useState(0);
  const [retrying, setRetrying] = useState<string | null>(null);
  const [retried, setRetried] = useState<RetryAnswer | null>(null);
  const [error, setError] = useState<OperationError | null>(null);
  const filters = { ...(object ? { object } : {}), ...(outcome ? { outcome } : {}) };
  const { state, reload } = useOperation(
    () => call('sync.log.list', { realmId, ...filters, offset, limit: PAGE }),
    `${realmId}:${object}:${outcome}:${offset}`,
  );

  const retry = async (entryId: string | null) => {
    setRetrying(entryId ?? 'all');
    setError(null);
    setRetried(null);
    const result = await call('sync.log.retry', {
      realmId,
      ...(entryId ? { entryId } : object ? { object } : {}),
    });
    setRetrying(null);
    if (!result.ok) setError(result.error);
    else setRetried(result.data);
    // Back to the first page, where the new outcomes are: a changed offset reloads by itself.
    if (offset === 0) reload();
    else setOffset(0);
  };

  const filterBar = (
    <Flex direction="row" gap="sm">
      <Select
        name="sync-log-object"
        label={t('Records')}
        value={object}
        options={[
          { label: t('All records'), value: '' },
          ...(Object.keys(objectLabels) as SyncObject[]).map((value) => ({
            label: t(objectLabels[value]),
            value,
          })),
        ]}
        onChange={(value) => {
          setObject((value as SyncObject) || '');
          setOffset(0);
        }}
      />
      <Select
        name="sync-log-outcome"
        label={t('Outcome')}
        value={outcome}
        options={[
          { label: t('All outcomes'), value: '' },
          ...(Object.keys(outcomes) as SyncLogOutcome[]).map((value) => ({
            label: t(outcomes[value].label),
            value,
          })),
        ]}
        onChange={(value) => {
          setOutcome((value as SyncLogOutcome) || '');
          setOffset(0);
        }}
      />
    </Flex>
  );

  let body;
  if (state.status === 'loading') body = <LoadingSpinner label={t('Loading the sync log')} />;
  else if (state.status === 'error')
    body = <LoadFailed error={state.error} onRetry={reload} testId="retry-sync-log" />;
  else if (state.data.entries.length === 0)
    body = (
      <Nothing
        title={
          object || outcome ? t('No sync log entries match these filters') : t('No sync log yet')
        }
      />
    );
  else {
    const { entries, total, nextOffset, openFailures } = state.data;
    body = (
      <Flex direction="column" gap="sm">
        <Flex direction="row" gap="sm" align="center">
          <Text>{t('{count, plural, one {# entry} other {# entries}}', { count: total })}</Text>
          {openFailures > 0 ? (
            <LoadingButton
              testId="retry-all-failures"
              loading={retrying === 'all'}
              disabled={retrying !== null}
              onClick={() => void retry(null)}
            >
              {t('{count, plural, one {Retry the failure} other {Retry all # failures}}', {
                count: openFailures,
              })}
            </LoadingButton>
          ) : null}
        </Flex>
        <Table bordered={true} testId="sync-log-table">
          <TableHead>
            <TableRow>
              <TableHeader>{t('When')}</TableHeader>
              <TableHeader>{t('QuickBooks record')}</TableHeader>
              <TableHeader>{t('Outcome')}</TableHeader>
              <TableHeader>{t('Why')}</TableHeader>
              <TableHeader>{t('HubSpot record')}</TableHeader>
            </TableRow>
          </TableHead>
          <TableBody>
            {entries.map((entry) => (
              <LogRow
                key={entry.id}
                entry={entry}
                when={instant(entry.at)}
                retrying={retrying}
                onRetry={() => void retry(entry.id)}
              />
            ))}
          </TableBody>
        </Table>
        <Flex direction="row" gap="sm">
          {offset > 0 ? (
            <Button testId="sync-log-newer" onClick={() => setOffset(Math.max(0, offset - PAGE))}>
              {t('Newer entries')}
            </Button>
          ) : null}
          {nextOffset !== null ? (
            <Button testId="sync-log-older" onClick={() => setOffset(nextOffset)}>
              {t('Older entries')}
            </Button>
          ) : null}
        </Flex>
      </Flex>
    );
  }

  return (
    <Flex direction="column" gap="sm">
      {filterBar}
      {retried ? (
        <Alert title={t('Retried')} variant="success" testId="sync-log-retried">
          {t(
            '{count, plural, one {# record run again} other {# records run again}}, {failed} failed.',
            { count: retried.retried, failed: retried.counts.failed },
          )}
        </Alert>
      ) : null}
      {error ? (
        <Alert title={t('The retry did not run')} variant="error" testId="sync-log-retry-error">
          <Text>{error.message}</Text>
          {error.fix ? <Text>{error.fix}</Text> : null}
        </Alert>
      ) : null}
      {body}
    </Flex>
  );
}

function LoadFailed({
  error,
  onRetry,
  testId,
}: {
  error: OperationError;
  onRetry: () => void;
  testId: string;
}) {
  const { t } = useMessages();
  return (
    <ErrorState title={t('The sync log could not be loaded')}>
      <Text>{error.message}</Text>
      {error.fix ? <Text>{error.fix}</Text> : null}
      <Button testId={testId} onClick={onRetry}>
        {t('Retry')}
      </Button>
    </ErrorState>
  );
}

function Nothing({ title }: { title: string }) {
  const { t } = useMessages();
  return (
    <EmptyState title={title} layout="vertical" imageWidth={120}>
      <Text>{t('Each contact and product sync decision appears here, newest first.')}</Text>
    </EmptyState>
  );
}

function LogRow({
  entry,
  when,
  retrying,
  onRetry,
}: {
  entry: SyncLogEntry;
  when: string;
  retrying: string | null;
  onRetry: () => void;
}) {
  const { t } = useMessages();
  const look = outcomes[entry.outcome];
  return (
    <TableRow>
      <TableCell>{when}</TableCell>
      <TableCell>
        <Text>{entry.name || t('(no name)')}</Text>
        <Text variant="microcopy">
          {t('{object, select, contacts {Customer} other {Item}} {id} in QuickBooks', {
            object: entry.object,
            id: entry.qboId,
          })}
        </Text>
      </TableCell>
      <TableCell>
        <Flex direction="column" gap="xs">
          <StatusTag variant={look.variant}>{t(look.label)}</StatusTag>
          {entry.canRetry ? (
            <LoadingButton
              testId={`retry-${entry.id}`}
              size="xs"
              loading={retrying === entry.id}
              disabled={retrying !== null}
              onClick={onRetry}
            >
              {t('Retry')}
            </LoadingButton>
          ) : null}
        </Flex>
      </TableCell>
      <TableCell>{entry.reason ?? '—'}</TableCell>
      <TableCell>{entry.hubspotId ?? '—'}</TableCell>
    </TableRow>
  );
}
