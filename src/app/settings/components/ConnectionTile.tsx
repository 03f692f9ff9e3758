import { useState } from 'react';
import {
  Button,
  DescriptionList,
  DescriptionListItem,
  Flex,
  Heading,
  Input,
  LoadingButton,
  Modal,
  ModalBody,
  ModalFooter,
  StatusTag,
  Text,
  Tile,
  useExtensionActions,
} from '@hubspot/ui-extensions';
import { confirmsName } from '@qbo-invoicing/contract/catalog';
import type { ConnectionView, OperationError, ReminderSettings } from '@qbo-invoicing/contract';
import { useMessages, type Call, type Messages } from '@qbo-invoicing/ui';
import { ConnectFlow } from './ConnectFlow';
import { BackfillModal } from './BackfillModal';
import { DefaultItemSetting } from './DefaultItemSetting';
import { RemindersModal } from './RemindersModal';
import { authorizationLine, connectionStatus, lastUsedLine } from './connectionLabels';

export interface ConnectionNotice {
  variant: 'success' | 'danger' | 'warning';
  title: string;
  text: string;
}

/** One connected company: its facts and health, and what the admin can do with it. */
export function ConnectionTile({
  connection,
  call,
  onChanged,
  onCheckList,
}: {
  connection: ConnectionView;
  call: Call;
  onChanged: (notice: ConnectionNotice) => void;
  /** Reads the list again: a reconnect the callback endpoint finished by itself shows there. */
  onCheckList: () => void;
}) {
  const words = useMessages();
  const { t } = words;
  const actions = useExtensionActions<'settings'>();
  const [busy, setBusy] = useState<'test' | 'sync' | 'disconnect' | null>(null);
  const [typedName, setTypedName] = useState('');
  const status = connectionStatus[connection.status];
  const modalId = `disconnect-${connection.realmId}`;
  // The server checks it too: only the settings page sends the name the admin typed.
  const confirmationName = connection.companyName;
  const namesMatch = confirmsName(typedName, confirmationName);

  const report = (title: string, error: OperationError) =>
    onChanged({
      variant: 'danger',
      title,
      text: [error.message, error.fix].filter(Boolean).join(' '),
    });

  const test = async () => {
    setBusy('test');
    const result = await call('connections.test', { realmId: connection.realmId });
    setBusy(null);
    if (result.ok)
      onChanged({
        variant: 'success',
        title: t('Connection works'),
        text: t('{company} answered.', { company: result.data.connection.companyName }),
      });
    else report(t('The connection test failed'), result.error);
  };

  const syncNow = async () => {
    setBusy('sync');
    const result = await call('invoices.syncNow', { realmId: connection.realmId });
    setBusy(null);
    if (!result.ok) return report(t('Sync failed'), result.error);
    const { invoicesChecked, invoicesUpdated, paymentsNoted, complete } = result.data;
    const values = {
      company: connection.companyName,
      checked: invoicesChecked,
      updated: invoicesUpdated,
      payments: paymentsNoted,
    };
    onChanged({
      variant: complete ? 'success' : 'warning',
      title: complete ? t('Invoices synced') : t('Synced in part'),
      text: [
        t(
          '{company}: {checked, plural, one {# linked invoice} other {# linked invoices}} checked, {updated} updated, {payments, plural, one {# payment} other {# payments}} noted on the timeline.',
          values,
        ),
        complete ? '' : t('There is more to catch up: choose Sync now again.'),
      ]
        .filter(Boolean)
        .join(' '),
    });
  };

  const disconnect = async () => {
    setBusy('disconnect');
    const result = await call('connections.disconnect', {
      realmId: connection.realmId,
      confirmCompanyName: typedName,
    });
    setBusy(null);
    actions.closeOverlay(modalId);
    setTypedName('');
    if (result.ok) {
      onChanged({
        variant: result.data.revokedAtIntuit ? 'success' : 'warning',
        title: t('Disconnected'),
        text: result.data.message,
      });
    } else report(t('Disconnecting failed'), result.error);
  };

  return (
    <Tile>
      <Flex direction="column" gap="sm">
        <Flex justify="between" align="center">
          <Heading>{connection.companyName}</Heading>
          <StatusTag variant={status.variant}>{t(status.label)}</StatusTag>
        </Flex>
        {connection.status !== 'connected' ? (
          <Text testId={`last-error-${connection.realmId}`}>
            {connection.lastError ??
              (connection.status === 'needs_reconnect'
                ? t('QuickBooks no longer accepts this company’s authorization. Reconnect it.')
                : t('The last call to QuickBooks failed. Test the connection to see why.'))}
          </Text>
        ) : null}
        <DescriptionList direction="row">
          <DescriptionListItem label={t('Company id')}>{connection.realmId}</DescriptionListItem>
          <DescriptionListItem label={t('Country')}>
            {connection.country || '—'}
          </DescriptionListItem>
          <DescriptionListItem label={t('Home currency')}>
            {connection.homeCurrency || '—'}
          </DescriptionListItem>
          <DescriptionListItem label={t('Environment')}>
            {connection.environment === 'sandbox' ? t('Sandbox') : t('Production')}
          </DescriptionListItem>
        </DescriptionList>
        {authorizationLine(connection, words) ? (
          <Text variant="microcopy">{authorizationLine(connection, words)}</Text>
        ) : null}
        <Text variant="microcopy">{lastUsedLine(connection, words)}</Text>
        <Flex gap="sm" wrap="wrap">
          {connection.status === 'connected' ? null : (
            <ConnectFlow
              call={call}
              label={t('Reconnect')}
              testIdPrefix={`reconnect-${connection.realmId}-`}
              onCheckList={onCheckList}
              onConnected={(c) =>
                onChanged({
                  variant: 'success',
                  title: t('Reconnected'),
                  text: t('{company} is connected again.', { company: c.companyName }),
                })
              }
            />
          )}
          <LoadingButton
            testId={`test-connection-${connection.realmId}`}
            loading={busy === 'test'}
            onClick={test}
          >
            {t('Test connection')}
          </LoadingButton>
          {connection.status === 'connected' ? (
            <LoadingButton
              testId={`sync-now-${connection.realmId}`}
              loading={busy === 'sync'}
              onClick={syncNow}
            >
              {t('Sync now')}
            </LoadingButton>
          ) : null}
          {connection.status === 'connected' ? (
            <Button
              testId={`backfill-${connection.realmId}`}
              overlay={<BackfillModal connection={connection} call={call} />}
            >
              {t('Link past invoices')}
            </Button>
          ) : null}
          <Button
            testId={`reminders-${connection.realmId}`}
            overlay={
              <RemindersModal
                connection={connection}
                call={call}
                onSaved={(settings) =>
                  onChanged({
                    variant: 'success',
                    title: t('Reminders saved'),
                    text: remindersSummary(connection.companyName, settings, words),
                  })
                }
              />
            }
          >
            {t('Reminders')}
          </Button>
          {connection.status === 'connected' ? (
            <DefaultItemSetting connection={connection} call={call} />
          ) : null}
          <Button
            testId={`disconnect-${connection.realmId}`}
            variant="destructive"
            overlay={
              <Modal
                id={modalId}
                title={t('Disconnect {company}?', { company: connection.companyName })}
                width="small"
              >
                <ModalBody>
                  <Text>
                    {t(
                      'QuickBooks is told to end this app’s access and the stored authorization is deleted. Invoices already linked to deals, contacts and companies stay linked. You can connect the company again at any time.',
                    )}
                  </Text>
                  <Input
                    name={`confirm-name-${connection.realmId}`}
                    label={t('Type “{company}” to confirm', { company: confirmationName })}
                    value={typedName}
                    onChange={(value: string) => setTypedName(value)}
                  />
                </ModalBody>
                <ModalFooter>
                  <Button onClick={() => actions.closeOverlay(modalId)}>
                    {t('Keep connected')}
                  </Button>
                  <LoadingButton
                    testId={`confirm-disconnect-${connection.realmId}`}
                    variant="destructive"
                    loading={busy === 'disconnect'}
                    disabled={!namesMatch}
                    onClick={disconnect}
                  >
                    {t('Disconnect')}
                  </LoadingButton>
                </ModalFooter>
              </Modal>
            }
          >
            {t('Disconnect')}
          </Button>
        </Flex>
      </Flex>
    </Tile>
  );
}

/**
 * What a company's saved reminders do, as one sentence: the kinds listed the locale's way
 * ("a, b and c" / "a, b y c").
 */
function remindersSummary(
  company: string,
  settings: ReminderSettings,
  { t, locale }: Messages,
): string {
  const kinds = [
    settings.unsentAfterDays !== null
      ? t('drafts unsent after {days, plural, one {# day} other {# days}}', {
          days: settings.unsentAfterDays,
        })
      : null,
    settings.overdue ? t('overdue invoices') : null,
    settings.paidInFull ? t('invoices paid in full') : null,
  ].filter((kind): kind is string => kind !== null);
  if (kinds.length === 0) return t('{company}: no reminder tasks.', { company });
  return t('{company}: tasks for {kinds}.', { company, kinds: listOf(kinds, locale) });
}

function listOf(items: string[], locale: string): string {
  try {
    return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}
