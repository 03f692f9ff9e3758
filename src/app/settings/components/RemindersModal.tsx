import { useCallback, useState } from 'react';
import {
  Alert,
  Button,
  Flex,
  LoadingButton,
  LoadingSpinner,
  Modal,
  ModalBody,
  ModalFooter,
  NumberInput,
  Text,
  Toggle,
  useExtensionActions,
} from '@hubspot/ui-extensions';
import type { ConnectionView, OperationError, ReminderSettings } from '@qbo-invoicing/contract';
import { useMessages, type Call } from '@qbo-invoicing/ui';

export const remindersModalId = (realmId: string) => `reminders-${realmId}`;

type Loaded =
  | { status: 'loading' }
  | { status: 'ready'; settings: ReminderSettings }
  | { status: 'failed'; error: OperationError };

const DEFAULT_UNSENT_DAYS = 3;

/**
 * Reminders of one company: HubSpot tasks for the deal's owner when a draft is still unsent some
 * days after its date, when an invoice becomes overdue, when one is paid in full.
 */
export function RemindersModal({
  connection,
  call,
  onSaved,
}: {
  connection: ConnectionView;
  call: Call;
  onSaved: (settings: ReminderSettings) => void;
}) {
  const { t } = useMessages();
  const actions = useExtensionActions<'settings'>();
  const id = remindersModalId(connection.realmId);
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<OperationError | null>(null);

  const load = useCallback(async () => {
    setLoaded({ status: 'loading' });
    setError(null);
    const result = await call('reminders.get', { realmId: connection.realmId });
    setLoaded(
      result.ok
        ? { status: 'ready', settings: result.data.settings }
        : { status: 'failed', error: result.error },
    );
  }, [call, connection.realmId]);

  const change = (next: Partial<ReminderSettings>) =>
    setLoaded((current) =>
      current.status === 'ready'
        ? { status: 'ready', settings: { ...current.settings, ...next } }
        : current,
    );

  const save = async (settings: ReminderSettings) => {
    setSaving(true);
    const result = await call('reminders.save', { realmId: connection.realmId, settings });
    setSaving(false);
    if (!result.ok) return setError(result.error);
    actions.closeOverlay(id);
    onSaved(result.data.settings);
  };

  return (
    <Modal
      id={id}
      title={t('Reminders for {company}', { company: connection.companyName })}
      width="md"
      onOpen={() => void load()}
    >
      <ModalBody>{body()}</ModalBody>
      <ModalFooter>
        <Button onClick={() => actions.closeOverlay(id)}>{t('Cancel')}</Button>
        {loaded.status === 'ready' ? (
          <LoadingButton
            testId={`save-reminders-${connection.realmId}`}
            variant="primary"
            loading={saving}
            onClick={() => void save(loaded.settings)}
          >
            {t('Save')}
          </LoadingButton>
        ) : null}
      </ModalFooter>
    </Modal>
  );

  function body() {
    if (loaded.status === 'loading') return <LoadingSpinner label={t('Loading the reminders')} />;
    if (loaded.status === 'failed')
      return (
        <Flex direction="column" gap="sm">
          <Alert title={t('The reminders could not be loaded')} variant="error">
            {loaded.error.message} {loaded.error.fix ?? ''}
          </Alert>
          <Button testId={`retry-reminders-${connection.realmId}`} onClick={() => void load()}>
            {t('Retry')}
          </Button>
        </Flex>
      );
    const { settings } = loaded;
    return (
      <Flex direction="column" gap="md">
        <Text>
          {t(
            'Tasks go to the owner of the deal an invoice is linked to, once per invoice and reason, when the app next brings the invoice up to date (a card opened, Sync now, or a QuickBooks notification). Turning one off creates no more.',
          )}
        </Text>
        <Toggle
          name="unsent"
          label={t('A draft is still unsent')}
          checked={settings.unsentAfterDays !== null}
          onChange={(on: boolean) => change({ unsentAfterDays: on ? DEFAULT_UNSENT_DAYS : null })}
        />
        {settings.unsentAfterDays !== null ? (
          <NumberInput
            name="unsentAfterDays"
            label={t('Days after the invoice date')}
            min={1}
            max={90}
            value={settings.unsentAfterDays}
            onChange={(value: number) =>
              change({ unsentAfterDays: Math.min(90, Math.max(1, Math.round(value || 1))) })
            }
          />
        ) : null}
        <Toggle
          name="overdue"
          label={t('An invoice becomes overdue')}
          checked={settings.overdue}
          onChange={(on: boolean) => change({ overdue: on })}
        />
        <Toggle
          name="paidInFull"
          label={t('An invoice is paid in full (to move the deal on)')}
          checked={settings.paidInFull}
          onChange={(on: boolean) => change({ paidInFull: on })}
        />
        {error ? (
          <Alert title={t('The reminders were not saved')} variant="error">
            {error.message} {error.fix ?? ''}
          </Alert>
        ) : null}
      </Flex>
    );
  }
}
