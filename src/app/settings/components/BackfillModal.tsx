import { useRef, useState } from 'react';
import {
  Alert,
  Button,
  DescriptionList,
  DescriptionListItem,
  Flex,
  Heading,
  Input,
  LoadingButton,
  Modal,
  ModalBody,
  ProgressBar,
  Select,
  Text,
} from '@hubspot/ui-extensions';
import type {
  BackfillCounts,
  BackfillProgress,
  ConnectionView,
  OperationError,
} from '@qbo-invoicing/contract';
import { useMessages, type Call } from '@qbo-invoicing/ui';
import { dayIn } from './portalDay';

export const backfillModalId = (realmId: string) => `backfill-${realmId}`;

/** Invoices per minute and minutes left, from the time spent working (pauses excluded). */
export function pace(progress: Pick<BackfillProgress, 'done' | 'total' | 'workedMs'>): {
  perMinute: number | null;
  minutesLeft: number | null;
} {
  if (progress.done === 0 || progress.workedMs === 0) return { perMinute: null, minutesLeft: null };
  const perMinute = Math.round((progress.done * 60_000) / progress.workedMs);
  const left = progress.total - progress.done;
  return { perMinute, minutesLeft: perMinute > 0 ? Math.ceil(left / perMinute) : null };
}

/** A count in the user's digits (1,200 · 1200 · 1.200). */
function useCount(): (value: number) => string {
  const { locale } = useMessages();
  return (value) => new Intl.NumberFormat(locale).format(value);
}

function Counts({ counts, dry }: { counts: BackfillCounts; dry: boolean }) {
  const { t } = useMessages();
  const count = useCount();
  return (
    <DescriptionList direction="row">
      <DescriptionListItem label={t('Invoices')}>
        <Text>{count(counts.invoices)}</Text>
      </DescriptionListItem>
      <DescriptionListItem label={dry ? t('Would link to contacts') : t('Linked to contacts')}>
        <Text>{count(counts.toContacts)}</Text>
      </DescriptionListItem>
      <DescriptionListItem label={dry ? t('Would link to companies') : t('Linked to companies')}>
        <Text>{count(counts.toCompanies)}</Text>
      </DescriptionListItem>
      <DescriptionListItem label={t('Ambiguous')}>
        <Text>{count(counts.ambiguous)}</Text>
      </DescriptionListItem>
      <DescriptionListItem label={t('Unmatched')}>
        <Text>{count(counts.unmatched)}</Text>
      </DescriptionListItem>
      <DescriptionListItem label={t('Already linked')}>
        <Text>{count(counts.alreadyLinked)}</Text>
      </DescriptionListItem>
    </DescriptionList>
  );
}

/**
 * Link past invoices of one company: a dry run for a date range, then the run, a call at a time
 * with its progress (done / total, rate, time left) and Pause; the report lists the ambiguous
 * invoices for a person to resolve one by one. Deals are never guessed.
 */
export function BackfillModal({ connection, call }: { connection: ConnectionView; call: Call }) {
  const { t, date, money, timeZone } = useMessages();
  const { realmId } = connection;
  // Today as the portal's calendar has it; the range starts on 1 January two years before.
  const [today] = useState(() => dayIn(new Date().toISOString(), timeZone));
  const [from, setFrom] = useState(`${Number(today.slice(0, 4)) - 2}-01-01`);
  const [to, setTo] = useState(today);
  const [dryRun, setDryRun] = useState<BackfillCounts | null>(null);
  const [progress, setProgress] = useState<BackfillProgress | null>(null);
  const [running, setRunning] = useState(false);
  const [busy, setBusy] = useState<'dry' | null>(null);
  const [error, setError] = useState<OperationError | null>(null);
  const [choice, setChoice] = useState<Record<string, string>>({});
  const paused = useRef(false);

  const load = async () => {
    setError(null);
    setDryRun(null);
    const result = await call('backfill.status', { realmId });
    if (!result.ok) return setError(result.error);
    setProgress(result.data.progress);
    if (result.data.progress) {
      setFrom(result.data.progress.from);
      setTo(result.data.progress.to);
    }
  };

  const runDry = async () => {
    setBusy('dry');
    setError(null);
    const result = await call('backfill.dryRun', { realmId, from, to });
    setBusy(null);
    if (!result.ok) return setError(result.error);
    setDryRun(result.data.counts);
  };

  /** Calls the run again and again until it is complete, fails or is paused. */
  const run = async (restart: boolean) => {
    paused.current = false;
    setRunning(true);
    setError(null);
    let again = restart;
    for (;;) {
      const result = await call('backfill.run', { realmId, from, to, restart: again });
      again = false;
      if (!result.ok) {
        setError(result.error);
        break;
      }
      setProgress(result.data.progress);
      if (result.data.progress?.state !== 'running' || paused.current) break;
    }
    setRunning(false);
  };

  const resolve = async (invoiceId: string) => {
    const picked = choice[invoiceId];
    if (!picked) return;
    const [type, id] = picked.split(':') as ['contacts' | 'companies', string];
    setError(null);
    const result = await call('backfill.resolve', { realmId, invoiceId, target: { type, id } });
    if (!result.ok) return setError(result.error);
    setProgress(result.data.progress);
  };

  const sameRange = progress && progress.from === from && progress.to === to;
  const resumable = sameRange && progress.state === 'running';
  return (
    <Modal
      id={backfillModalId(realmId)}
      title={t('Link past invoices: {company}', { company: connection.companyName })}
      width="lg"
      onOpen={() => void load()}
    >
      <ModalBody>
        <Flex direction="column" gap="md">
          <Text>
            {t(
              'Links this company’s invoices to HubSpot contacts (same email) and companies (same name, else the email’s domain). Deals are never guessed; invoices already linked stay as they are.',
            )}
          </Text>
          {error ? (
            <Alert title={t('Linking past invoices stopped')} variant="error">
              {error.message} {error.fix ?? ''}
            </Alert>
          ) : null}
          <Flex direction="row" gap="sm">
            <Input
              name="backfill-from"
              testId={`backfill-from-${realmId}`}
              label={t('Invoices dated from')}
              placeholder={t('YYYY-MM-DD')}
              value={from}
              readOnly={running}
              onChange={setFrom}
            />
            <Input
              name="backfill-to"
              testId={`backfill-to-${realmId}`}
              label={t('Invoices dated up to')}
              placeholder={t('YYYY-MM-DD')}
              value={to}
              readOnly={running}
              onChange={setTo}
            />
          </Flex>
          <Flex direction="row" gap="sm">
            <LoadingButton
              testId={`backfill-dry-run-${realmId}`}
              loading={busy === 'dry'}
              disabled={running}
              onClick={() => void runDry()}
            >
              {t('Dry run')}
            </LoadingButton>
            {running ? (
              <Button
                testId={`backfill-pause-${realmId}`}
                onClick={() => {
                  paused.current = true;
                }}
              >
                {t('Pause')}
              </Button>
            ) : (
              <Button
                testId={`backfill-start-${realmId}`}
                variant="primary"
                onClick={() => void run(!resumable && Boolean(sameRange))}
              >
                {resumable ? t('Resume') : t('Link past invoices')}
              </Button>
            )}
          </Flex>
          {dryRun ? (
            <Flex direction="column" gap="xs">
              <Heading>{t('Dry run: nothing was written')}</Heading>
              <Counts counts={dryRun} dry={true} />
            </Flex>
          ) : null}
          {progress && sameRange ? report(progress) : null}
        </Flex>
      </ModalBody>
    </Modal>
  );

  function report(current: BackfillProgress) {
    const { perMinute, minutesLeft } = pace(current);
    const share = current.total ? Math.round((current.done * 100) / current.total) : 100;
    return (
      <Flex direction="column" gap="sm">
        <ProgressBar
          title={current.state === 'complete' ? t('Done') : running ? t('Linking…') : t('Paused')}
          value={share}
          valueDescription={t('{done} of {total, plural, one {# invoice} other {# invoices}}', {
            done: current.done,
            total: current.total,
          })}
          showPercentage={true}
          {...(current.state === 'complete' ? { variant: 'success' as const } : {})}
        />
        {current.state === 'running' && perMinute ? (
          <Text variant="microcopy" testId={`backfill-pace-${realmId}`}>
            {minutesLeft !== null
              ? t(
                  '{perMinute, plural, one {# invoice} other {# invoices}} a minute, about {minutesLeft} min left',
                  { perMinute, minutesLeft },
                )
              : t('{perMinute, plural, one {# invoice} other {# invoices}} a minute', {
                  perMinute,
                })}
          </Text>
        ) : null}
        <Counts counts={current.counts} dry={false} />
        {current.ambiguousInvoices.length > 0 ? (
          <Flex direction="column" gap="sm">
            <Heading>{t('To resolve: several HubSpot records match the customer')}</Heading>
            {current.ambiguousMore > 0 ? (
              <Text variant="microcopy">
                {t(
                  '{count, plural, one {# more is listed} other {# more are listed}} once these are resolved and the run is started again.',
                  { count: current.ambiguousMore },
                )}
              </Text>
            ) : null}
            {current.ambiguousInvoices.slice(0, 20).map((invoice) => (
              <Flex key={invoice.invoiceId} direction="row" gap="sm" align="end">
                <Select
                  name={`resolve-${invoice.invoiceId}`}
                  testId={`resolve-${realmId}-${invoice.invoiceId}`}
                  label={t('Invoice {number} · {customer} · {date} · {total} ({reason})', {
                    number: invoice.number ?? invoice.invoiceId,
                    customer: invoice.customerName,
                    date: date(invoice.txnDate),
                    total: money(invoice.total, invoice.currency),
                    reason: invoice.reason,
                  })}
                  value={choice[invoice.invoiceId] ?? ''}
                  options={[
                    { label: t('Choose the record'), value: '' },
                    ...invoice.candidates.map((c) => ({
                      label: t('{name} ({type, select, contacts {contact} other {company}} {id})', {
                        name: c.name,
                        type: c.type,
                        id: c.id,
                      }),
                      value: `${c.type}:${c.id}`,
                    })),
                  ]}
                  onChange={(value) => setChoice({ ...choice, [invoice.invoiceId]: String(value) })}
                />
                <Button
                  testId={`resolve-link-${realmId}-${invoice.invoiceId}`}
                  disabled={!choice[invoice.invoiceId]}
                  onClick={() => void resolve(invoice.invoiceId)}
                >
                  {t('Link')}
                </Button>
              </Flex>
            ))}
          </Flex>
        ) : null}
      </Flex>
    );
  }
}
