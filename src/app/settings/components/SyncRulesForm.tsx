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
import { useOperation, type Call } from '@qbo-invoicing/ui';
import { ExistingRecordsRun } from './ExistingRecordsRun';
import { syncObjectLabels } from './syncLabels';

const options = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((value) => ({ label: labels[value], value }));

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
  const labels = syncObjectLabels[object];

  if (state.status === 'loading') return <LoadingSpinner label="Loading the sync settings" />;
  if (state.status === 'error')
    return (
      <ErrorState title="The sync settings could not be loaded">
        <Text>{state.error.message}</Text>
        <Button testId={`retry-${object}-settings`} onClick={reload}>
          Retry
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
    setNotice({ ok: true, text: `Saved the ${labels.record} sync settings for ${companyName}.` });
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
      text: `Created ${counts.created}, updated ${counts.updated}, matched ${counts.matched}, skipped ${counts.skipped}, failed ${counts.failed}.`,
    });
  };

  return (
    <Flex direction="column" gap="md">
      <Toggle
        name={`${object}-enabled`}
        label={`Sync QuickBooks ${labels.source} into HubSpot ${labels.record}`}
        checked={rules.enabled}
        onChange={(on: boolean) => change({ enabled: on })}
      />
      <Select
        name={`${object}-createAndUpdate`}
        label={`When ${labels.source} are created or updated in QuickBooks`}
        value={rules.createAndUpdate}
        options={options(createAndUpdateRules, createAndUpdateLabels)}
        onChange={(value) => change({ createAndUpdate: value as CreateAndUpdateRule })}
      />
      <Select
        name={`${object}-deleting`}
        label={`When ${labels.source} are made inactive or deleted in QuickBooks`}
        value={rules.deleting}
        options={options(deletingRules, deletingLabels)}
        onChange={(value) => change({ deleting: value as DeletingRule, archiveConfirmed: false })}
      />
      {archivingContacts ? (
        <Alert title="Archiving contacts" variant="warning" testId="archive-contacts-warning">
          An archived contact disappears from every list, view and workflow, with its timeline.
          HubSpot keeps it restorable for 90 days only.
        </Alert>
      ) : null}
      {archivingContacts ? (
        <Checkbox
          name="archiveConfirmed"
          checked={rules.archiveConfirmed}
          onChange={(checked: boolean) => change({ archiveConfirmed: checked })}
        >
          I understand: archive the contact of a customer made inactive in QuickBooks
        </Checkbox>
      ) : null}
      <Select
        name={`${object}-startPoint`}
        label="Start point"
        value={rules.startPoint}
        options={options(startPoints, startPointLabels)}
        onChange={(value) => change({ startPoint: value as StartPoint })}
      />
      {error ? (
        <Alert title="That did not work" variant="error" testId={`${object}-sync-error`}>
          {error.message}
          {error.fix ? ` ${error.fix}` : ''}
        </Alert>
      ) : null}
      {notice ? (
        <Alert
          title={notice.ok ? 'Done' : 'Some records failed'}
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
          Save
        </LoadingButton>
        {saved[object].enabled ? (
          <LoadingButton
            testId={`sync-${object}-now`}
            loading={syncing}
            onClick={() => void syncNow()}
          >
            Sync now
          </LoadingButton>
        ) : null}
      </Flex>
      {saved[object].enabled && saved[object].startPoint === 'existing' ? (
        <ExistingRecordsRun call={call} object={object} realmId={realmId} />
      ) : null}
    </Flex>
  );
}
