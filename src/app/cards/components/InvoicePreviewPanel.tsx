import { useCallback, useState } from 'react';
import {
  Alert,
  Button,
  DescriptionList,
  DescriptionListItem,
  Divider,
  Flex,
  Heading,
  Link,
  LoadingButton,
  LoadingSpinner,
  Panel,
  PanelBody,
  PanelFooter,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Text,
} from '@hubspot/ui-extensions';
import type { InvoiceDetail, OperationError, RecordObjectType } from '@qbo-invoicing/contract';
import { useMessages, type Call } from '@qbo-invoicing/ui';
import { Actions, Column, HeaderRow, InvoiceStatus, LoadFailed, ProblemAlert } from './parts';
import { SendInvoiceForm } from './SendInvoiceForm';
import { invoiceNumber } from './statusTag';

export const previewPanelId = (realmId: string, invoiceId: string) =>
  `invoice-preview-${realmId}-${invoiceId}`;

type Unlink =
  { status: 'idle' | 'confirm' | 'busy' | 'done' } | { status: 'failed'; error: OperationError };

type Preview =
  | { status: 'closed' }
  | { status: 'loading' }
  | { status: 'ready'; detail: InvoiceDetail }
  | { status: 'failed'; error: OperationError };

export interface InvoicePreviewPanelProps {
  call: Call;
  objectType: RecordObjectType;
  timeZone: string;
  realmId: string;
  invoiceId: string;
  /** Puts text on the rep's clipboard (the extension's `actions.copyTextToClipboard`). */
  copyText?: (text: string) => Promise<void>;
  /** After a send or refresh changed the invoice, so the list shows it too. */
  onChanged: () => void;
}

/**
 * The invoice as QuickBooks has it now, in a side panel opened from its number in the list:
 * customer, dates, terms, lines, totals, payments, balance, status and message, with Open in
 * QuickBooks, Copy payment link, Refresh and Send invoice.
 */
export function InvoicePreviewPanel({
  call,
  objectType,
  timeZone,
  realmId,
  invoiceId,
  copyText,
  onChanged,
}: InvoicePreviewPanelProps) {
  const { t, money: inCurrency, date } = useMessages();
  const [preview, setPreview] = useState<Preview>({ status: 'closed' });
  const [sending, setSending] = useState(false);
  const [copied, setCopied] = useState(false);
  const [unlink, setUnlink] = useState<Unlink>({ status: 'idle' });

  const load = useCallback(async () => {
    setPreview({ status: 'loading' });
    const result = await call('invoices.preview', { objectType, realmId, invoiceId, timeZone });
    setPreview(
      result.ok
        ? { status: 'ready', detail: result.data }
        : { status: 'failed', error: result.error },
    );
  }, [call, objectType, realmId, invoiceId, timeZone]);

  const copyLink = async (link: string) => {
    if (!copyText) return;
    await copyText(link);
    setCopied(true);
  };

  return (
    <Panel
      id={previewPanelId(realmId, invoiceId)}
      title={t('QuickBooks invoice')}
      width="md"
      onOpen={() => {
        setSending(false);
        setCopied(false);
        setUnlink({ status: 'idle' });
        void load();
      }}
    >
      <PanelBody>{body()}</PanelBody>
      <PanelFooter>
        {preview.status === 'ready' && !sending && unlink.status === 'idle' ? (
          <Actions>
            <Button testId="preview-unlink" onClick={() => setUnlink({ status: 'confirm' })}>
              {t('Unlink')}
            </Button>
            <Button testId="preview-refresh" onClick={() => void load()}>
              {t('Refresh')}
            </Button>
            {preview.detail.invoice.status !== 'VOIDED' &&
            preview.detail.invoice.status !== 'DELETED' ? (
              <Button testId="preview-send" variant="primary" onClick={() => setSending(true)}>
                {t('Send invoice')}
              </Button>
            ) : null}
          </Actions>
        ) : null}
      </PanelFooter>
    </Panel>
  );

  async function confirmUnlink() {
    setUnlink({ status: 'busy' });
    const result = await call('links.unlink', { objectType, realmId, invoiceId, timeZone });
    if (!result.ok) return setUnlink({ status: 'failed', error: result.error });
    setUnlink({ status: 'done' });
    onChanged();
  }

  /** Unlink asks first, naming the record; QuickBooks keeps the invoice as it is. */
  function unlinkBody(number: string) {
    // The record's kind picks the words ("this deal", "esta empresa"), so each sentence stays whole.
    const values = { number, record: objectType };
    if (unlink.status === 'done')
      return (
        <Alert title={t('Unlinked')} variant="success">
          {t(
            'Invoice {number} is no longer linked to this {record, select, deals {deal} contacts {contact} other {company}}. It is unchanged in QuickBooks.',
            values,
          )}
        </Alert>
      );
    return (
      <Column>
        <Alert
          title={t(
            'Unlink invoice {number} from this {record, select, deals {deal} contacts {contact} other {company}}?',
            values,
          )}
          variant="warning"
        >
          {t(
            'The invoice stays in QuickBooks, unchanged, and on any other record it is linked to.',
          )}
          {objectType === 'deals'
            ? ` ${t('The deal’s invoice properties are recomputed from its other invoices.')}`
            : ''}
        </Alert>
        {unlink.status === 'failed' ? (
          <ProblemAlert title={t('The invoice could not be unlinked')} error={unlink.error} />
        ) : null}
        <Flex gap="sm">
          <LoadingButton
            testId="unlink-confirm"
            variant="destructive"
            loading={unlink.status === 'busy'}
            onClick={() => void confirmUnlink()}
          >
            {t(
              'Unlink from this {record, select, deals {deal} contacts {contact} other {company}}',
              values,
            )}
          </LoadingButton>
          <Button testId="unlink-cancel" onClick={() => setUnlink({ status: 'idle' })}>
            {t('Cancel')}
          </Button>
        </Flex>
      </Column>
    );
  }

  function body() {
    if (preview.status === 'closed' || preview.status === 'loading')
      return <LoadingSpinner label={t('Reading the invoice from QuickBooks')} layout="centered" />;
    if (preview.status === 'failed')
      return (
        <LoadFailed
          title={t('The invoice could not be read from QuickBooks')}
          error={preview.error}
          retryId="preview-retry"
          onRetry={() => void load()}
        />
      );
    const { detail } = preview;
    const { invoice } = detail;
    const money = (amount: string) => inCurrency(amount, invoice.currency);
    /** One labelled value of the description lists. */
    const item = (label: string, value: string, strong = false) => (
      <DescriptionListItem label={label}>
        <Text format={strong ? { fontWeight: 'demibold' } : undefined}>{value}</Text>
      </DescriptionListItem>
    );
    if (unlink.status !== 'idle') return unlinkBody(invoiceNumber(invoice));
    if (sending)
      return (
        <SendInvoiceForm
          call={call}
          objectType={objectType}
          timeZone={timeZone}
          detail={detail}
          onCancel={() => setSending(false)}
          onSent={() => {
            setSending(false);
            onChanged();
            void load();
          }}
        />
      );
    return (
      <Column gap="md">
        <Flex gap="sm" align="center">
          <Heading>{t('Invoice {number}', { number: invoiceNumber(invoice) })}</Heading>
          <InvoiceStatus invoice={invoice} />
        </Flex>
        <DescriptionList direction="row">
          <DescriptionListItem label={t('Customer')}>
            <Text>{detail.customer.name}</Text>
            {detail.billEmail ? <Text variant="microcopy">{detail.billEmail}</Text> : null}
          </DescriptionListItem>
          {item(t('QuickBooks company'), detail.companyName)}
          {item(t('Invoice date'), date(invoice.txnDate))}
          {item(t('Due'), invoice.dueDate ? date(invoice.dueDate) : '—')}
          {item(t('Terms'), detail.terms ?? '—')}
        </DescriptionList>
        <Table bordered={true}>
          <HeaderRow titles={[t('Product or service'), t('Qty'), t('Rate'), t('Amount')]} />
          <TableBody>
            {detail.lines.map((line, index) => (
              <TableRow key={index}>
                <TableCell>
                  <Text>{line.item ?? line.description ?? '—'}</Text>
                  {line.item && line.description ? (
                    <Text variant="microcopy">{line.description}</Text>
                  ) : null}
                  {line.taxCode ? (
                    <Text variant="microcopy">{t('Tax: {code}', { code: line.taxCode })}</Text>
                  ) : null}
                </TableCell>
                <TableCell>{line.quantity ?? ''}</TableCell>
                <TableCell>{line.unitPrice ? money(line.unitPrice) : ''}</TableCell>
                <TableCell>{money(line.amount)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <DescriptionList direction="row">
          {item(t('Subtotal'), money(detail.subtotal))}
          {detail.discount ? item(t('Discount'), `−${money(detail.discount)}`) : null}
          {detail.tax ? item(t('Tax'), money(detail.tax)) : null}
          {item(t('Total'), money(invoice.total), true)}
          {item(t('Balance due'), money(invoice.balance), true)}
        </DescriptionList>
        <Heading>{t('Payments')}</Heading>
        {detail.payments.length === 0 ? (
          <Text variant="microcopy">{t('No payment recorded in QuickBooks yet.')}</Text>
        ) : (
          <Table bordered={true}>
            <HeaderRow titles={[t('Date'), t('Amount'), t('Method')]} />
            <TableBody>
              {detail.payments.map((payment) => (
                <TableRow key={payment.id}>
                  <TableCell>{payment.date ? date(payment.date) : '—'}</TableCell>
                  <TableCell>{money(payment.amount)}</TableCell>
                  <TableCell>
                    {[
                      payment.method,
                      payment.reference
                        ? t('ref. {reference}', { reference: payment.reference })
                        : null,
                    ]
                      .filter(Boolean)
                      .join(' · ') || '—'}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        {detail.message ? (
          <>
            <Heading>{t('Message on the invoice')}</Heading>
            <Text>{detail.message}</Text>
          </>
        ) : null}
        <Divider />
        <Flex gap="md" align="center" wrap="wrap">
          <Link href={{ url: detail.quickBooksUrl, external: true }}>
            {t('Open in QuickBooks')}
          </Link>
          {detail.paymentLink && copyText ? (
            <Button
              testId="preview-copy-payment-link"
              size="sm"
              onClick={() => void copyLink(detail.paymentLink as string)}
            >
              {copied ? t('Payment link copied') : t('Copy payment link')}
            </Button>
          ) : null}
        </Flex>
        {detail.paymentLink ? null : (
          <Alert title={t('No payment link')} variant="info">
            {t(
              'QuickBooks gives a customer payment link only when the company takes online payments and the invoice has a billing email.',
            )}
          </Alert>
        )}
      </Column>
    );
  }
}
