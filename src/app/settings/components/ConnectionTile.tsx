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
import type { ConnectionView, OperationError } from '@qbo-invoicing/contract';
import type { Call } from '@qbo-invoicing/ui';
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
}: {
  connection: ConnectionView;
  call: Call;
  onChanged: (notice: ConnectionNotice) => void;
}) {
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
        title: 'Connection works',
        text: `${result.data.connection.companyName} answered.`,
      });
    else report('The connection test failed', result.error);
  };

  const syncNow = async () => {
    setBusy('sync');
    const result = await call('invoices.syncNow', { realmId: connection.realmId });
    setBusy(null);
    if (!result.ok) return report('Sync failed', result.error);
    const { invoicesChecked, invoicesUpdated, paymentsNoted, complete } = result.data;
    onChanged({
      variant: complete ? 'success' : 'warning',
      title: complete ? 'Invoices synced' : 'Synced in part',
      text: [
        `${connection.companyName}: ${invoicesChecked} linked invoice${invoicesChecked === 1 ? '' : 's'} checked, ${invoicesUpdated} updated, ${paymentsNoted} payment${paymentsNoted === 1 ? '' : 's'} noted on the timeline.`,
        complete ? '' : 'There is more to catch up: choose Sync now again.',
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
        title: 'Disconnected',
        text: result.data.message,
      });
    } else report('Disconnecting failed', result.error);
  };

  return (
    <Tile>
      <Flex direction="column" gap="sm">
        <Flex justify="between" align="center">
          <Heading>{connection.companyName}</Heading>
          <StatusTag variant={status.variant}>{status.label}</StatusTag>
        </Flex>
        {connection.lastError && connection.status !== 'connected' ? (
          <Text testId={`last-error-${connection.realmId}`}>{connection.lastError}</Text>
        ) : null}
        <DescriptionList direction="row">
          <DescriptionListItem label="Company id">{connection.realmId}</DescriptionListItem>
          <DescriptionListItem label="Country">{connection.country || '—'}</DescriptionListItem>
          <DescriptionListItem label="Home currency">
            {connection.homeCurrency || '—'}
          </DescriptionListItem>
          <DescriptionListItem label="Environment">
            {connection.environment === 'sandbox' ? 'Sandbox' : 'Production'}
          </DescriptionListItem>
        </DescriptionList>
        {authorizationLine(connection) ? (
          <Text variant="microcopy">{authorizationLine(connection)}</Text>
        ) : null}
        <Text variant="microcopy">{lastUsedLine(connection)}</Text>
        <Flex gap="sm" wrap="wrap">
          {connection.status === 'connected' ? null : (
            <ConnectFlow
              call={call}
              label="Reconnect"
              testIdPrefix={`reconnect-${connection.realmId}-`}
              onConnected={(c) =>
                onChanged({
                  variant: 'success',
                  title: 'Reconnected',
                  text: `${c.companyName} is connected again.`,
                })
              }
            />
          )}
          <LoadingButton
            testId={`test-connection-${connection.realmId}`}
            loading={busy === 'test'}
            onClick={test}
          >
            Test connection
          </LoadingButton>
          {connection.status === 'connected' ? (
            <LoadingButton
              testId={`sync-now-${connection.realmId}`}
              loading={busy === 'sync'}
              onClick={syncNow}
            >
              Sync now
            </LoadingButton>
          ) : null}
          {connection.status === 'connected' ? (
            <Button
              testId={`backfill-${connection.realmId}`}
              overlay={<BackfillModal connection={connection} call={call} />}
            >
              Link past invoices
            </Button>
          ) : null}
          <Button
            testId={`reminders-${connection.realmId}`}
            overlay={
              <RemindersModal
                connection={connection}
                call={call}
                onSaved={(settings) => {
                  const kinds = [
                    settings.unsentAfterDays !== null
                      ? `drafts unsent after ${settings.unsentAfterDays} days`
                      : '',
                    settings.overdue ? 'overdue invoices' : '',
                    settings.paidInFull ? 'invoices paid in full' : '',
                  ].filter(Boolean);
                  onChanged({
                    variant: 'success',
                    title: 'Reminders saved',
                    text: kinds.length
                      ? `${connection.companyName}: tasks for ${kinds.join(', ')}.`
                      : `${connection.companyName}: no reminder tasks.`,
                  });
                }}
              />
            }
          >
            Reminders
          </Button>
          {connection.status === 'connected' ? (
            <DefaultItemSetting connection={connection} call={call} />
          ) : null}
          <Button
            testId={`disconnect-${connection.realmId}`}
            variant="destructive"
            overlay={
              <Modal id={modalId} title={`Disconnect ${connection.companyName}?`} width="small">
                <ModalBody>
                  <Text>
                    QuickBooks is told to end this app&apos;s access and the stored authorization is
                    deleted. Invoices already linked to deals, contacts and companies stay linked.
                    You can connect the company again at any time.
                  </Text>
                  <Input
                    name={`confirm-name-${connection.realmId}`}
                    label={`Type “${confirmationName}” to confirm`}
                    value={typedName}
                    onChange={(value: string) => setTypedName(value)}
                  />
                </ModalBody>
                <ModalFooter>
                  <Button onClick={() => actions.closeOverlay(modalId)}>Keep connected</Button>
                  <LoadingButton
                    testId={`confirm-disconnect-${connection.realmId}`}
                    variant="destructive"
                    loading={busy === 'disconnect'}
                    disabled={!namesMatch}
                    onClick={disconnect}
                  >
                    Disconnect
                  </LoadingButton>
                </ModalFooter>
              </Modal>
            }
          >
            Disconnect
          </Button>
        </Flex>
      </Flex>
    </Tile>
  );
}
