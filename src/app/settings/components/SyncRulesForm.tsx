import { useState } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  ErrorState,
  Flex,
  LoadingButton,
  LoadingSpinner,
  Select,
  Text,
  Toggle,
} from '@hubspot/ui-extensions';
import {
  createAndUpdateLabels,
  createAndUpdateRules,
  deletingLabels,
  deletingRules,
  startPointLabels,
  startPoints,
  type CreateAndUpdateRule,
  type DeletingRule,
  type StartPoint,
  type SyncObject,
} from '@qbo-invoicing/contract/catalog';
import type { ObjectSyncRules, OperationError, SyncSettings } from '@qbo-invoicing/contract';
import { useMessages, useOperation, type Call, type Messages } from '@qbo-invoicing/ui';
import { ExistingRecordsRun } from './ExistingRecordsRun';

/** A rule's choices, each labelled with its message (the labels are English catalog ids). */
const options = <T extends string>(
  values: readonly T[],
  labels: Record<T, Parameters<Messages['t']>[0]>,
  t: Messages['t'],
) => values.map((value) => ({ label: t(labels[value]), value }));

/** One company's rules for one object, saved together with the other object's unchanged rules. */
export function SyncRulesForm({
  call,
  object,
  realmId,
  companyName,
}: {
  call: Call;
  object: SyncObject;
  realmId: string;
  companyName: string;
}) {
  const { state, reload } = useOperation(
    () => call('sync.settings.get', { realmId }),
    `${object}-${realmId}`,
  );
  const [draft, setDraft] = useState<ObjectSyncRules | null>(null);
  const [saving, setSaving] = useState(false);
  const [syncing, setSyncing] = useState(false);
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const [error, setError] = useState<OperationError | null>(null);
  const { t } = useMessages();

  if (state.status === 'loading') return <LoadingSpinner label={t('Loading the sync settings')} />;
  if (state.status === 'error')
    return (
      <ErrorState title={t('The sync settings could not be loaded')}>
        <Text>{state.error.message}</Text>
        {state.error.fix ? <Text>{state.error.fix}</Text> : null}
        <Button testId={`retry-${object}-settings`} onClick={reload}>
          {t('Retry')}
        </Button>
      </ErrorState>
    );
  const saved: SyncSettings = state.data.settings;
  const rules = draft ?? saved[object];
  const change = (next: Partial<ObjectSyncRules>) => {
    setNotice(null);
    setDraft({ ...rules, ...next });
  };
  const archivingContacts = object === 'contacts' && rules.deleting === 'archive';

  const save = async () => {
    setSaving(true);
    setError(null);
    const result = await call('sync.settings.save', {
      realmId,
      settings: { ...saved, [object]: rules },
    });
    setSaving(false);
    if (!result.ok) return setError(result.error);
    setDraft(null);
    setNotice({
      ok: true,
      text: t(
        'Saved the {object, select, contacts {contact} other {product}} sync settings for {company}.',
        { object, company: companyName },
      ),
    });
    reload();
  };

  const syncNow = async () => {
    setSyncing(true);
    setError(null);
    const result = await call('sync.catchUp', { realmId });
    setSyncing(false);
    if (!result.ok) return setError(result.error);
    const { counts } = result.data;
    setNotice({
      ok: counts.failed === 0,
      text: t(
        'Created {created}, updated {updated}, matched {matched}, skipped {skipped}, failed {failed}.',
        { ...counts },
      ),
    });
  };

  return (
    <Flex direction="column" gap="md">
      <Toggle
        name={`${object}-enabled`}
        label={t(
          'Sync QuickBooks {object, select, contacts {customers into HubSpot contacts} other {products and services into HubSpot products}}',
          { object },
        )}
        checked={rules.enabled}
        onChange={(on: boolean) => change({ enabled: on })}
      />
      <Select
        name={`${object}-createAndUpdate`}
        label={t(
          'When {object, select, contacts {customers} other {products and services}} are created or updated in QuickBooks',
          { object },
        )}
        value={rules.createAndUpdate}
        options={options(createAndUpdateRules, createAndUpdateLabels, t)}
        onChange={(value) => change({ createAndUpdate: value as CreateAndUpdateRule })}
      />
      <Select
        name={`${object}-deleting`}
        label={t(
          'When {object, select, contacts {customers} other {products and services}} are made inactive or deleted in QuickBooks',
          { object },
        )}
        value={rules.deleting}
        options={options(deletingRules, deletingLabels, t)}
        onChange={(value) => change({ deleting: value as DeletingRule, archiveConfirmed: false })}
      />
      {archivingContacts ? (
        <Alert title={t('Archiving contacts')} variant="warning" testId="archive-contacts-warning">
          {t(
            'An archived contact disappears from every list, view and workflow, with its timeline. HubSpot keeps it restorable for 90 days only.',
          )}
        </Alert>
      ) : null}
      {archivingContacts ? (
        <Checkbox
          name="archiveConfirmed"
          checked={rules.archiveConfirmed}
          onChange={(checked: boolean) => change({ archiveConfirmed: checked })}
        >
          {t('I understand: archive the contact of a customer made inactive in QuickBooks')}
        </Checkbox>
      ) : null}
      <Select
        name={`${object}-startPoint`}
        label={t('Start point')}
        value={rules.startPoint}
        options={options(startPoints, startPointLabels, t)}
        onChange={(value) => change({ startPoint: value as StartPoint })}
      />
      {error ? (
        <Alert title={t('That did not work')} variant="error" testId={`${object}-sync-error`}>
          {error.message}
          {error.fix ? ` ${error.fix}` : ''}
        </Alert>
      ) : null}
      {notice ? (
        <Alert
          title={notice.ok ? t('Done') : t('Some records failed')}
          variant={notice.ok ? 'success' : 'warning'}
          testId={`${object}-sync-notice`}
        >
          {notice.text}
        </Alert>
      ) : null}
      <Flex direction="row" gap="sm">
        <LoadingButton
          testId={`save-${object}-sync`}
          variant="primary"
          loading={saving}
          disabled={archivingContacts && !rules.archiveConfirmed}
          onClick={() => void save()}
        >
          {t('Save')}
        </LoadingButton>
        {saved[object].enabled ? (
          <LoadingButton
            testId={`sync-${object}-now`}
            loading={syncing}
            onClick={() => void syncNow()}
          >
            {t('Sync now')}
          </LoadingButton>
        ) : null}
      </Flex>
      {saved[object].enabled && saved[object].startPoint === 'existing' ? (
        <ExistingRecordsRun call={call} object={object} realmId={realmId} />
      ) : null}
    </Flex>
  );
}
