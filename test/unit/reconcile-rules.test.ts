import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { InvoiceSummary } from '@qbo-invoicing/contract';
import type { InvoiceLink } from '../../serverless/hubspot/stores/invoice-links';
import {
  amountOf,
  deletedLink,
  linkChanged,
  linkFromInvoice,
  looksVoided,
} from '../../serverless/invoices/from-quickbooks';
import { notedAfter, paymentEvents } from '../../serverless/invoices/payment-events';
import { paymentNote, paymentReference } from '../../serverless/invoices/timeline-text';
import { invoiceTotals } from '../../serverless/invoices/totals';
import { parseDelivery, signatureValid } from '../../serverless/invoices/webhook-events';
import type { Invoice, Payment } from '../../serverless/quickbooks';
import { english, translatorFor } from '../../serverless/lib/text';

const link = (over: Partial<InvoiceLink> = {}): InvoiceLink => ({
  recordId: '77',
  realmId: '9130',
  invoiceId: '145',
  number: '1037',
  customerId: '58',
  customerName: 'Sonnenschein',
  currency: 'EUR',
  total: '330.16',
  balance: '330.16',
  txnDate: '2026-11-02',
  dueDate: '2026-12-02',
  emailStatus: 'NotSet',
  voided: false,
  deleted: false,
  lastUpdated: '2026-11-02T10:00:00.000Z',
  confirmedAt: '2026-11-02T10:00:00.000Z',
  storedStatus: 'AWAITING_SEND',
  paymentsNoted: [],
  remindersSent: [],
  ...over,
});

const invoice = (over: Partial<Invoice> = {}): Invoice =>
  ({
    Id: '145',
    DocNumber: '1037',
    CustomerRef: { value: '58', name: 'Sonnenschein' },
    CurrencyRef: { value: 'EUR' },
    TxnDate: '2026-11-02',
    DueDate: '2026-12-02',
    TotalAmt: '330.16',
    Balance: '210.16',
    EmailStatus: 'EmailSent',
    Line: [],
    MetaData: { LastUpdatedTime: '2026-11-28T09:00:00-08:00' },
    ...over,
  }) as Invoice;

const payment = (id: string, lines: Array<[string, string]>, over: Partial<Payment> = {}) =>
  ({
    Id: id,
    CustomerRef: { value: '58' },
    TotalAmt: lines.reduce((sum, [, amount]) => sum + Number(amount), 0).toFixed(2),
    TxnDate: '2026-11-28',
    Line: lines.map(([invoiceId, amount]) => ({
      Amount: amount,
      LinkedTxn: [{ TxnId: invoiceId, TxnType: 'Invoice' }],
    })),
    ...over,
  }) as Payment;

describe('reading an invoice back from QuickBooks', () => {
  it('takes QuickBooks’ values and keeps what only HubSpot knows', () => {
    const before = link({ paymentsNoted: [{ paymentId: '9', amount: '120.00' }] });
    const after = linkFromInvoice(before, invoice(), {
      realmId: '9130',
      homeCurrency: 'USD',
      confirmedAt: '2026-11-28T18:00:00.000Z',
    });
    expect(after).toMatchObject({
      recordId: '77',
      balance: '210.16',
      emailStatus: 'EmailSent',
      paymentsNoted: [{ paymentId: '9', amount: '120.00' }],
      confirmedAt: '2026-11-28T18:00:00.000Z',
      voided: false,
    });
    expect(linkChanged(before, after)).toBe(true);
    expect(linkChanged(after, { ...after, balance: '210.160', confirmedAt: 'later' })).toBe(false);
    expect(linkChanged(after, { ...after, lastUpdated: '2026-11-28T17:00:00.000Z' })).toBe(false); // the same moment, written by HubSpot in UTC
  });

  it('recognises a void (zeroed, note "Voided") and keeps it for good', () => {
    const voided = invoice({ TotalAmt: '0', Balance: '0', PrivateNote: 'Voided' });
    expect(looksVoided(voided)).toBe(true);
    expect(looksVoided(invoice({ TotalAmt: '0', Balance: '0', PrivateNote: 'Free sample' }))).toBe(
      false,
    );
    const read = { realmId: '9130', homeCurrency: 'USD', confirmedAt: '2026-11-28T18:00:00Z' };
    const after = linkFromInvoice(link(), voided, read);
    expect(after.voided).toBe(true);
    expect(linkFromInvoice(after, invoice(), read).voided).toBe(true);
  });

  it('marks a deleted invoice, moving its last update to the deletion', () => {
    const gone = deletedLink(link(), '2026-11-29T08:00:00.000Z');
    expect(gone).toMatchObject({ deleted: true, lastUpdated: '2026-11-29T08:00:00.000Z' });
    expect(deletedLink(gone, '2026-12-01T00:00:00.000Z')).toBe(gone);
  });

  it('writes amounts with at least two decimals, never losing one', () => {
    expect(amountOf('25')).toBe('25.00');
    expect(amountOf('320.1')).toBe('320.10');
    expect(amountOf('0.125')).toBe('0.125');
    expect(amountOf(undefined)).toBe('0.00');
  });
});

describe('payment events', () => {
  it('finds received, changed and removed payments, and one event for a split payment', () => {
    const a = link();
    const b = link({
      invoiceId: '146',
      number: '1038',
      paymentsNoted: [{ paymentId: '7', amount: '20.00' }],
    });
    const c = link({
      invoiceId: '147',
      number: '1039',
      paymentsNoted: [{ paymentId: '8', amount: '5.00' }],
    });
    const split = payment('9', [
      ['145', '120.00'],
      ['146', '30.00'],
    ]);
    const edited = payment('7', [['146', '25.00']]);
    const events = paymentEvents(
      [
        { before: a, after: { ...a, balance: '210.16' }, paymentIds: ['9'] },
        { before: b, after: { ...b, balance: '0.00' }, paymentIds: ['9', '7'] },
        { before: c, after: c, paymentIds: [] },
      ],
      new Map([
        ['9', split],
        ['7', edited],
      ]),
    );
    expect(events.map((e) => [e.kind, e.paymentId, e.applications.map((x) => x.amount)])).toEqual([
      ['received', '9', ['120.00', '30.00']],
      ['changed', '7', ['25.00']],
      ['removed', '8', ['']],
    ]);
    const received = events[0]!;
    expect(notedAfter(b, received)).toEqual([
      { paymentId: '7', amount: '20.00' },
      { paymentId: '9', amount: '30.00' },
    ]);
    expect(notedAfter(c, events[2]!)).toEqual([]);
  });

  it('leaves a payment QuickBooks did not send un-noted, for the next run', () => {
    const events = paymentEvents([{ before: link(), after: link(), paymentIds: ['9'] }], new Map());
    expect(events).toEqual([]);
  });

  it('writes one note naming each invoice, amounts in the invoice’s currency, escaped', () => {
    const split = payment(
      '9',
      [
        ['145', '120.00'],
        ['146', '30.00'],
      ],
      { PaymentRefNum: '<4411>', PaymentMethodRef: { value: '2', name: 'Check' } },
    );
    const [event] = paymentEvents(
      [
        { before: link(), after: link({ balance: '210.16' }), paymentIds: ['9'] },
        {
          before: link({ invoiceId: '146', number: '1038' }),
          after: link({ invoiceId: '146', number: '1038', balance: '0.00' }),
          paymentIds: ['9'],
        },
      ],
      new Map([['9', split]]),
    );
    const html = paymentNote('9130', event!, english);
    expect(html).toContain(
      'Payment of €150.00 received Nov 28, 2026: €120.00 for invoice 1037 (balance €210.16); €30.00 for invoice 1038 (paid in full).',
    );
    expect(html).toContain('Method: Check, reference &#60;4411&#62;.');
    expect(html).toContain(paymentReference('9130', event!));
    expect(html).not.toContain('<4411>');

    // In Spanish: the same facts in Spanish words and Spanish number and date formats; the
    // reference line that makes the note write-once is the same in both languages.
    // (Intl puts a no-break space before the euro sign.)
    const spanish = paymentNote('9130', event!, translatorFor('es-ES')).replace(/\u00a0/g, ' ');
    expect(spanish).toContain(
      'Pago de 150,00 € recibido el 28 nov 2026: 120,00 € para la factura 1037 (saldo 210,16 €); 30,00 € para la factura 1038 (pagada en su totalidad).',
    );
    expect(spanish).toContain('Método: Check, referencia &#60;4411&#62;.');
    expect(spanish).toContain(paymentReference('9130', event!));
  });
});

describe('totals at a glance', () => {
  const summary = (over: Partial<InvoiceSummary>): InvoiceSummary => ({
    realmId: '1',
    invoiceId: '1',
    number: '1',
    customerName: 'A',
    currency: 'USD',
    total: '100.00',
    balance: '100.00',
    txnDate: '2026-11-01',
    dueDate: null,
    status: 'AWAITING_SEND',
    daysOverdue: null,
    lastUpdated: '2026-11-01T00:00:00Z',
    confirmedAt: null,
    ...over,
  });

  it('adds up per currency, exactly, leaving voided and deleted invoices out', () => {
    expect(
      invoiceTotals([
        summary({ total: '0.10', balance: '0.10', status: 'OVERDUE' }),
        summary({ total: '0.20', balance: '0.05', status: 'PARTIALLY_PAID' }),
        summary({ currency: 'EUR', total: '80.00', balance: '0.00', status: 'PAID' }),
        summary({ total: '999.00', balance: '0.00', status: 'VOIDED' }),
        summary({ total: '50.00', status: 'DELETED' }),
      ]),
    ).toEqual([
      { currency: 'EUR', billed: '80.00', outstanding: '0.00', overdue: '0.00', count: 1 },
      { currency: 'USD', billed: '0.30', outstanding: '0.15', overdue: '0.10', count: 2 },
    ]);
  });
});

describe('webhook deliveries', () => {
  const verifier = Buffer.from('verifier-token');
  const sign = (body: string, key = verifier) =>
    createHmac('sha256', key).update(body, 'utf8').digest('base64');

  it('accepts only the HMAC of the exact body with the verifier token', () => {
    const body = '[{"id":"1"}]';
    expect(signatureValid(verifier, body, sign(body))).toBe(true);
    expect(signatureValid(verifier, `${body} `, sign(body))).toBe(false);
    expect(signatureValid(verifier, body, sign(body, Buffer.from('other')))).toBe(false);
    expect(signatureValid(verifier, body, undefined)).toBe(false);
    expect(signatureValid(verifier, body, 'not base64!')).toBe(false);
    expect(signatureValid(verifier, body, sign(body).slice(0, 10))).toBe(false);
  });

  it('reads CloudEvents and the legacy shape into the same changes', () => {
    expect(
      parseDelivery(
        JSON.stringify([
          {
            specversion: '1.0',
            id: 'e1',
            type: 'qbo.invoice.voided.v1',
            intuitentityid: '145',
            intuitaccountid: '9130',
          },
        ]),
      ),
    ).toEqual([
      { eventId: 'e1', realmId: '9130', entity: 'Invoice', id: '145', operation: 'Void' },
    ]);
    expect(
      parseDelivery(
        JSON.stringify({
          eventNotifications: [
            {
              realmId: '9130',
              dataChangeEvent: {
                entities: [
                  {
                    name: 'Payment',
                    id: '9',
                    operation: 'Delete',
                    lastUpdated: '2026-11-28T10:00:00Z',
                  },
                ],
              },
            },
          ],
        }),
      ),
    ).toEqual([
      {
        eventId: '9130:Payment:9:Delete:2026-11-28T10:00:00Z',
        realmId: '9130',
        entity: 'Payment',
        id: '9',
        operation: 'Delete',
      },
    ]);
  });

  it('refuses anything else', () => {
    for (const body of ['', 'null', '{}', '[{"id":"x"}]', '{"eventNotifications":"no"}', '[1]'])
      expect(parseDelivery(body)).toBeNull();
  });
});
