import { useState } from 'react';
import {
  Alert,
  Button,
  DescriptionList,
  DescriptionListItem,
  Flex,
  LoadingButton,
  ProgressBar,
  Text,
} from '@hubspot/ui-extensions';
import type { SyncObject } from '@qbo-invoicing/contract/catalog';
import type { OperationError, SyncCounts } from '@qbo-invoicing/contract';
import { useMessages, type Call } from '@qbo-invoicing/ui';

const total = (counts: SyncCounts) =>
  counts.created +
  counts.updated +
  counts.matched +
  counts.skipped +
  counts.failed +
  counts.inactive +
  counts.archived;

const add = (a: SyncCounts, b: SyncCounts): SyncCounts => ({
  created: a.created + b.created,
  updated: a.updated + b.updated,
  matched: a.matched + b.matched,
  skipped: a.skipped + b.skipped,
  failed: a.failed + b.failed,
  inactive: a.inactive + b.inactive,
  archived: a.archived + b.archived,
});

/** A run stops after this many calls without finishing, so a stuck run cannot spin forever. */
const MAX_CALLS = 200;

/**
 * Bringing in existing records: a dry run first (counts, nothing written), then the run itself,
 * call after call (each resumes where the last stopped) with its progress against the dry run.
 */
export function ExistingRecordsRun({
  call,
  object,
  realmId,
}: {
  call: Call;
  object: SyncObject;
  realmId: string;
}) {
  const { t, locale } = useMessages();
  const count = (value: number) => new Intl.NumberFormat(locale).format(value);
  const [preview, setPreview] = useState<SyncCounts | null>(null);
  const [done, setDone] = useState<SyncCounts | null>(null);
  const [running, setRunning] = useState<'dry' | 'real' | null>(null);
  const [finished, setFinished] = useState(false);
  const [error, setError] = useState<OperationError | null>(null);

  const dryRun = async () => {
    setRunning('dry');
    setError(null);
    const result = await call('sync.run', { realmId, dryRun: true, objects: [object] });
    setRunning(null);
    if (!result.ok) return setError(result.error);
    setPreview(result.data.counts);
  };

  const run = async () => {
    setRunning('real');
    setError(null);
    setFinished(false);
    let sum: SyncCounts | null = null;
    for (let calls = 0; calls < MAX_CALLS; calls++) {
      const result = await call('sync.run', { realmId, dryRun: false, objects: [object] });
      if (!result.ok) {
        setError(result.error);
        break;
      }
      sum = sum ? add(sum, result.data.counts) : result.data.counts;
      setDone(sum);
      if (result.data.complete) {
        setFinished(true);
        break;
      }
    }
    setRunning(null);
  };

  return (
    <Flex direction="column" gap="sm">
      <Text format={{ fontWeight: 'bold' }}>
        {t('Existing {object, select, contacts {customers} other {products and services}}', {
          object,
        })}
      </Text>
      <Text>
        {t(
          'A dry run counts what bringing in the existing {object, select, contacts {customers} other {products and services}} would do, and writes nothing.',
          { object },
        )}
      </Text>
      {preview ? (
        <DescriptionList direction="row">
          <DescriptionListItem label={t('Would create')}>
            {count(preview.created)}
          </DescriptionListItem>
          <DescriptionListItem label={t('Would update')}>
            {count(preview.updated)}
          </DescriptionListItem>
          <DescriptionListItem label={t('Would match')}>
            {count(preview.matched)}
          </DescriptionListItem>
          <DescriptionListItem label={t('Would skip')}>
            {count(preview.skipped)}
          </DescriptionListItem>
        </DescriptionList>
      ) : null}
      {done && preview ? (
        <ProgressBar
          title={t('Brought in {done} of {total}', { done: total(done), total: total(preview) })}
          value={Math.min(total(done), total(preview))}
          maxValue={Math.max(total(preview), 1)}
          showPercentage
        />
      ) : null}
      {finished && done ? (
        <Alert
          title={t('Existing records brought in')}
          variant="success"
          testId={`${object}-run-done`}
        >
          {t(
            'Created {created}, updated {updated}, matched {matched}, skipped {skipped}, failed {failed}.',
            { ...done },
          )}
        </Alert>
      ) : null}
      {error ? (
        <Alert title={t('The run stopped')} variant="error" testId={`${object}-run-error`}>
          {error.message} {t('Run it again to resume where it stopped.')}
        </Alert>
      ) : null}
      <Flex direction="row" gap="sm">
        <LoadingButton
          testId={`dry-run-${object}`}
          loading={running === 'dry'}
          disabled={running !== null}
          onClick={() => void dryRun()}
        >
          {t('Dry run')}
        </LoadingButton>
        {preview ? (
          <Button
            testId={`run-${object}`}
            variant="primary"
            disabled={running !== null}
            onClick={() => void run()}
          >
            {running === 'real'
              ? t('Bringing them in…')
              : t(
                  'Bring in existing {object, select, contacts {customers} other {products and services}}',
                  { object },
                )}
          </Button>
        ) : null}
      </Flex>
    </Flex>
  );
}
