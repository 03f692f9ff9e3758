import { useState } from 'react';
import { Alert, Button, Input, LoadingButton, Text } from '@hubspot/ui-extensions';
import type { InvoiceDetail, OperationError, RecordObjectType } from '@qbo-invoicing/contract';
import { useMessages, type Call } from '@qbo-invoicing/ui';
import { Actions, Column, ProblemAlert } from './parts';
import { invoiceNumber } from './statusTag';

/** The shape the server checks too; here only to say at once what is wrong. */
const looksLikeEmail = (value: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);

/**
 * Send invoice: QuickBooks emails it to the billing email or the address the rep types. An
 * invoice QuickBooks already emailed says so first and needs "Send again". One request id per
 * form: a retry after a lost answer never emails twice.
 */
export function SendInvoiceForm({
  call,
  objectType,
  timeZone,
  detail,
  onCancel,
  onSent,
}: {
  call: Call;
  objectType: RecordObjectType;
  timeZone: string;
  detail: InvoiceDetail;
  onCancel: () => void;
  onSent: (sentTo: string) => void;
}) {
  const { t } = useMessages();
  const defaultTo = detail.billEmail ?? detail.customer.email ?? '';
  const [to, setTo] = useState(defaultTo);
  const [requestId] = useState(() => crypto.randomUUID());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<OperationError | null>(null);
  const alreadySent = detail.emailStatus === 'EmailSent';
  const address = to.trim();
  const invalid = address !== '' && !looksLikeEmail(address);

  const send = async () => {
    setBusy(true);
    setError(null);
    const result = await call('invoices.send', {
      objectType,
      timeZone,
      realmId: detail.invoice.realmId,
      invoiceId: detail.invoice.invoiceId,
      sendTo: address === '' || address === detail.billEmail ? null : address,
      confirmResend: alreadySent,
      requestId,
    });
    setBusy(false);
    if (result.ok) onSent(result.data.sentTo);
    else setError(result.error);
  };

  return (
    <Column>
      <Text>
        {t(
          'QuickBooks emails invoice {number} with its link to view and pay, from the company’s QuickBooks email settings.',
          { number: invoiceNumber(detail.invoice) },
        )}
      </Text>
      {alreadySent ? (
        <Alert title={t('Already sent')} variant="warning">
          {t(
            'QuickBooks has already emailed this invoice. Send it again only if the customer asked.',
          )}
        </Alert>
      ) : null}
      <Input
        name="sendTo"
        testId="send-to"
        label={t('Send to')}
        required={true}
        value={to}
        onInput={setTo}
        error={invalid}
        validationMessage={
          invalid ? t('Enter an email address such as ana@example.com') : undefined
        }
        description={
          detail.billEmail
            ? t('The invoice’s billing email is {email}.', { email: detail.billEmail })
            : undefined
        }
      />
      {error ? <ProblemAlert title={t('The invoice was not sent')} error={error} /> : null}
      <Actions>
        <Button testId="send-cancel" onClick={onCancel} disabled={busy}>
          {t('Cancel')}
        </Button>
        <LoadingButton
          testId="send-confirm"
          variant="primary"
          loading={busy}
          disabled={address === '' || invalid}
          onClick={() => void send()}
        >
          {alreadySent ? t('Send again') : t('Send invoice')}
        </LoadingButton>
      </Actions>
    </Column>
  );
}
