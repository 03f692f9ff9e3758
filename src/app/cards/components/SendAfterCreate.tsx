import { useState } from 'react';
import { Alert, Button, LoadingSpinner, Text } from '@hubspot/ui-extensions';
import type { InvoiceDetail, InvoiceSummary, OperationError } from '@qbo-invoicing/contract';
import { useMessages, type Call } from '@qbo-invoicing/ui';
import { SendInvoiceForm } from './SendInvoiceForm';

type Step =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'composing'; detail: InvoiceDetail }
  | { status: 'sent'; to: string }
  | { status: 'failed'; error: OperationError };

/** Right after a draft is created: Send invoice, with the same form as the preview's. */
export function SendAfterCreate({
  call,
  timeZone,
  invoice,
  onSent,
}: {
  call: Call;
  timeZone: string;
  invoice: InvoiceSummary;
  onSent: () => void;
}) {
  const { t } = useMessages();
  const [step, setStep] = useState<Step>({ status: 'idle' });

  const start = async () => {
    setStep({ status: 'loading' });
    const result = await call('invoices.preview', {
      objectType: 'deals',
      realmId: invoice.realmId,
      invoiceId: invoice.invoiceId,
      timeZone,
    });
    setStep(
      result.ok
        ? { status: 'composing', detail: result.data }
        : { status: 'failed', error: result.error },
    );
  };

  switch (step.status) {
    case 'idle':
      return (
        <Button testId="send-after-create" variant="primary" onClick={() => void start()}>
          {t('Send invoice')}
        </Button>
      );
    case 'loading':
      return <LoadingSpinner label={t('Reading the invoice from QuickBooks')} />;
    case 'failed':
      return (
        <Alert title={t('The invoice could not be prepared for sending')} variant="error">
          {step.error.message} {t('You can send it later from the invoice in the card’s list.')}
        </Alert>
      );
    case 'sent':
      return (
        <Text testId="sent-after-create">
          {t('Sent to {email}. The note on the deal’s timeline says so.', { email: step.to })}
        </Text>
      );
    case 'composing':
      return (
        <SendInvoiceForm
          call={call}
          objectType="deals"
          timeZone={timeZone}
          detail={step.detail}
          onCancel={() => setStep({ status: 'idle' })}
          onSent={(to) => {
            setStep({ status: 'sent', to });
            onSent();
          }}
        />
      );
  }
}
