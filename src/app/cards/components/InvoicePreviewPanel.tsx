import { useCallback, useState } from 'react';
import {
  Alert,
  Button,
  DescriptionList,
  DescriptionListItem,
  Divider,
  ErrorState,
  Flex,
  Heading,
  Link,
  LoadingButton,
  LoadingSpinner,
  Panel,
  PanelBody,
  PanelFooter,
  StatusTag,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
  Text,
} from '@hubspot/ui-extensions';
import type { InvoiceDetail, OperationError, RecordObjectType } from '@qbo-invoicing/contract';
import { formatDate, formatMoney, type Call } from '@qbo-invoicing/ui';
import { SendInvoiceForm } from './SendInvoiceForm';
import { statusTag } from './statusTag';

export const previewPanelId = (realmId: string, invoiceId: string) =>
  `invoice-preview-${realmId}-${invoiceId}`;

type Unlink =
  { status: 'idle' | 'confirm' | 'busy' | 'done' } | { status: 'failed'; error: OperationError };

/** The record the card is on, in the rep's words. */
const recordWord = (objectType: RecordObjectType) =>
  ({ deals: 'deal', contacts: 'contact', companies: 'company' })[objectType];

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
      title="QuickBooks invoice"
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
          <Flex direction="row" gap="sm" justify="end">
            <Button testId="preview-unlink" onClick={() => setUnlink({ status: 'confirm' })}>
              Unlink
            </Button>
            <Button testId="preview-refresh" onClick={() => void load()}>
              Refresh
            </Button>
            {preview.detail.invoice.status !== 'VOIDED' &&
            preview.detail.invoice.status !== 'DELETED' ? (
              <Button testId="preview-send" variant="primary" onClick={() => setSending(true)}>
                Send invoice
              </Button>
            ) : null}
          </Flex>
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
    const record = recordWord(objectType);
    if (unlink.status === 'done')
      return (
        <Alert title="Unlinked" variant="success">
          Invoice {number} is no longer linked to this {record}. It is unchanged in QuickBooks.
        </Alert>
      );
    return (
      <Flex direction="column" gap="sm">
        <Alert title={`Unlink invoice ${number} from this ${record}?`} variant="warning">
          The invoice stays in QuickBooks, unchanged, and on any other record it is linked to.
          {objectType === 'deals'
            ? ' The deal’s invoice properties are recomputed from its other invoices.'
            : ''}
        </Alert>
        {unlink.status === 'failed' ? (
          <Alert title="The invoice could not be unlinked" variant="error">
            {unlink.error.message} {unlink.error.fix ?? ''}
          </Alert>
        ) : null}
        <Flex direction="row" gap="sm">
          <LoadingButton
            testId="unlink-confirm"
            variant="destructive"
            loading={unlink.status === 'busy'}
            onClick={() => void confirmUnlink()}
          >
            Unlink from this {record}
          </LoadingButton>
          <Button testId="unlink-cancel" onClick={() => setUnlink({ status: 'idle' })}>
            Cancel
          </Button>
        </Flex>
      </Flex>
    );
  }

  function body() {
    if (preview.status === 'closed' || preview.status === 'loading')
      return <LoadingSpinner label="Reading the invoice from QuickBooks" layout="centered" />;
    if (preview.status === 'failed') {
      const { error } = preview;
      return (
        <ErrorState title="The invoice could not be read from QuickBooks" type="error">
          <Text>{error.message}</Text>
          {error.fix ? <Text>{error.fix}</Text> : null}
          <Button testId="preview-retry" onClick={() => void load()}>
            Retry
          </Button>
        </ErrorState>
      );
    }
    const { detail } = preview;
    const { invoice } = detail;
    const money = (amount: string) => formatMoney(amount, invoice.currency);
    const tag = statusTag(invoice);
    if (unlink.status !== 'idle') return unlinkBody(invoice.number ?? `#${invoice.invoiceId}`);
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
      <Flex direction="column" gap="md">
        <Flex direction="row" gap="sm" align="center">
          <Heading>Invoice {invoice.number ?? `#${invoice.invoiceId}`}</Heading>
          <StatusTag variant={tag.variant}>{tag.label}</StatusTag>
        </Flex>
        <DescriptionList direction="row">
          <DescriptionListItem label="Customer">
            <Text>{detail.customer.name}</Text>
            {detail.billEmail ? <Text variant="microcopy">{detail.billEmail}</Text> : null}
          </DescriptionListItem>
          <DescriptionListItem label="QuickBooks company">
            <Text>{detail.companyName}</Text>
          </DescriptionListItem>
          <DescriptionListItem label="Invoice date">
            <Text>{formatDate(invoice.txnDate)}</Text>
          </DescriptionListItem>
          <DescriptionListItem label="Due">
            <Text>{invoice.dueDate ? formatDate(invoice.dueDate) : '—'}</Text>
          </DescriptionListItem>
          <DescriptionListItem label="Terms">
            <Text>{detail.terms ?? '—'}</Text>
          </DescriptionListItem>
        </DescriptionList>
        <Table bordered={true}>
          <TableHead>
            <TableRow>
              <TableHeader>Product or service</TableHeader>
              <TableHeader>Qty</TableHeader>
              <TableHeader>Rate</TableHeader>
              <TableHeader>Amount</TableHeader>
            </TableRow>
          </TableHead>
          <TableBody>
            {detail.lines.map((line, index) => (
              <TableRow key={index}>
                <TableCell>
                  <Text>{line.item ?? line.description ?? '—'}</Text>
                  {line.item && line.description ? (
                    <Text variant="microcopy">{line.description}</Text>
                  ) : null}
                  {line.taxCode ? <Text variant="microcopy">Tax: {line.taxCode}</Text> : null}
                </TableCell>
                <TableCell>{line.quantity ?? ''}</TableCell>
                <TableCell>{line.unitPrice ? money(line.unitPrice) : ''}</TableCell>
                <TableCell>{money(line.amount)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <DescriptionList direction="row">
          <DescriptionListItem label="Subtotal">
            <Text>{money(detail.subtotal)}</Text>
          </DescriptionListItem>
          {detail.discount ? (
            <DescriptionListItem label="Discount">
              <Text>−{money(detail.discount)}</Text>
            </DescriptionListItem>
          ) : null}
          {detail.tax ? (
            <DescriptionListItem label="Tax">
              <Text>{money(detail.tax)}</Text>
            </DescriptionListItem>
          ) : null}
          <DescriptionListItem label="Total">
            <Text format={{ fontWeight: 'demibold' }}>{money(invoice.total)}</Text>
          </DescriptionListItem>
          <DescriptionListItem label="Balance due">
            <Text format={{ fontWeight: 'demibold' }}>{money(invoice.balance)}</Text>
          </DescriptionListItem>
        </DescriptionList>
        <Heading>Payments</Heading>
        {detail.payments.length === 0 ? (
          <Text variant="microcopy">No payment recorded in QuickBooks yet.</Text>
        ) : (
          <Table bordered={true}>
            <TableHead>
              <TableRow>
                <TableHeader>Date</TableHeader>
                <TableHeader>Amount</TableHeader>
                <TableHeader>Method</TableHeader>
              </TableRow>
            </TableHead>
            <TableBody>
              {detail.payments.map((payment) => (
                <TableRow key={payment.id}>
                  <TableCell>{payment.date ? formatDate(payment.date) : '—'}</TableCell>
                  <TableCell>{money(payment.amount)}</TableCell>
                  <TableCell>
                    {[payment.method, payment.reference ? `ref. ${payment.reference}` : null]
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
            <Heading>Message on the invoice</Heading>
            <Text>{detail.message}</Text>
          </>
        ) : null}
        <Divider />
        <Flex direction="row" gap="md" align="center" wrap="wrap">
          <Link href={{ url: detail.quickBooksUrl, external: true }}>Open in QuickBooks</Link>
          {detail.paymentLink && copyText ? (
            <Button
              testId="preview-copy-payment-link"
              size="sm"
              onClick={() => void copyLink(detail.paymentLink as string)}
            >
              {copied ? 'Payment link copied' : 'Copy payment link'}
            </Button>
          ) : null}
        </Flex>
        {detail.paymentLink ? null : (
          <Alert title="No payment link" variant="info">
            QuickBooks gives a customer payment link only when the company takes online payments and
            the invoice has a billing email.
          </Alert>
        )}
      </Flex>
    );
  }
}
