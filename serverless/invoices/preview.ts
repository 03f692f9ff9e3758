import type * as z from 'zod';
import type { InvoiceDetail, RecordObjectType, previewOutput } from '@qbo-invoicing/contract';
import { add, parseDecimal, toFixed, ZERO } from '@qbo-invoicing/invoicing';
import { AppError } from '../lib/errors';
import { todayIn } from '../invoicing/status';
import { isQboFault, QboFaultCode, question, select, type Invoice } from '../quickbooks';
import { customerSchema } from '../quickbooks/resources/customers';
import { paymentSchema } from '../quickbooks/resources/payments';
import { termSchema } from '../quickbooks/resources/terms';
import type { OperationContext } from '../runtime/dispatch';
import { appliedTo } from './payment-events';
import { companyOfLink, linkedToRecord } from './linked';
import { quickBooksInvoiceUrl } from './links';
import { amountOf, paymentIdsOf } from './from-quickbooks';
import { reconcileOne } from './reconcile';
import { toSummary } from './summary';

type Line = Invoice['Line'][number];

function subtotalOf(lines: Line[]): string {
  const given = lines.find((line) => line.DetailType === 'SubTotalLineDetail');
  if (given?.Amount) return amountOf(given.Amount);
  const sum = lines
    .filter((line) => line.DetailType === 'SalesItemLineDetail')
    .reduce((total, line) => add(total, parseDecimal(line.Amount ?? '0')), ZERO);
  return toFixed(sum, 2);
}

function linesOf(lines: Line[]): InvoiceDetail['lines'] {
  return lines
    .filter(
      (line) => line.DetailType === 'SalesItemLineDetail' || line.DetailType === 'DescriptionOnly',
    )
    .map((line) => ({
      description: line.Description ?? null,
      item: line.SalesItemLineDetail?.ItemRef?.name ?? null,
      quantity: line.SalesItemLineDetail?.Qty ?? null,
      unitPrice: line.SalesItemLineDetail?.UnitPrice ?? null,
      amount: amountOf(line.Amount),
      taxCode: line.SalesItemLineDetail?.TaxCodeRef?.value ?? null,
    }));
}

/**
 * invoices.preview: the invoice as QuickBooks has it now (two QuickBooks calls: the invoice with
 * its customer-facing link, then its payments, customer and terms in one batch). What it reads
 * also brings the stored link up to date, so the list agrees with the preview.
 */
export async function preview(
  input: { objectType: RecordObjectType; realmId: string; invoiceId: string; timeZone: string },
  context: OperationContext,
): Promise<z.infer<typeof previewOutput>> {
  const { services, deadline } = context;
  const link = await linkedToRecord(input, context);
  const { qbo, companyName, homeCurrency, words } = await companyOfLink(link, context);
  const now = new Date(services.clock.now());
  const today = todayIn(input.timeZone, now);
  let invoice: Invoice;
  try {
    invoice = await qbo.invoices.get(link.invoiceId, { includeInvoiceLink: true, deadline });
  } catch (error) {
    if (!isQboFault(error, QboFaultCode.ObjectNotFound)) throw error;
    await reconcileOne(link, null, qbo, services, { homeCurrency, today, deadline, words });
    throw new AppError(
      'NOT_FOUND',
      'Invoice {number} was deleted in QuickBooks. It stays listed here, marked deleted.',
      { cause: error, values: { number: link.number ?? link.invoiceId } },
    );
  }
  const paymentIds = paymentIdsOf(invoice);
  const answers = await qbo.batch.answer(
    {
      payments: paymentIds.length
        ? question(select('Payment').in('Id', paymentIds), paymentSchema)
        : undefined,
      customer: question(
        select('Customer').where('Id', '=', invoice.CustomerRef.value).in('Active', [true, false]),
        customerSchema,
      ),
      term: invoice.SalesTermRef
        ? question(select('Term').where('Id', '=', invoice.SalesTermRef.value), termSchema)
        : undefined,
    },
    { deadline },
  );
  const current = await reconcileOne(link, invoice, qbo, services, {
    homeCurrency,
    today,
    deadline,
    payments: answers.payments,
    // Opening a preview is nobody's decision to write: its notes speak the company's language.
    words,
  });
  const customer = answers.customer[0];
  const discount = invoice.Line.find((line) => line.DetailType === 'DiscountLineDetail');
  return {
    invoice: toSummary(current, today),
    companyName,
    customer: {
      id: invoice.CustomerRef.value,
      name: customer?.DisplayName ?? invoice.CustomerRef.name ?? current.customerName,
      email: customer?.PrimaryEmailAddr?.Address ?? null,
    },
    billEmail: invoice.BillEmail?.Address ?? null,
    terms: answers.term[0]?.Name ?? invoice.SalesTermRef?.name ?? null,
    lines: linesOf(invoice.Line),
    subtotal: subtotalOf(invoice.Line),
    tax: invoice.TxnTaxDetail?.TotalTax ? amountOf(invoice.TxnTaxDetail.TotalTax) : null,
    discount: discount?.Amount ? amountOf(discount.Amount) : null,
    payments: answers.payments
      .map((payment) => ({
        id: payment.Id,
        date: payment.TxnDate?.slice(0, 10) ?? null,
        amount: amountOf(appliedTo(payment, invoice.Id) ?? payment.TotalAmt),
        method: payment.PaymentMethodRef?.name ?? null,
        reference: payment.PaymentRefNum ?? null,
      }))
      .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '')),
    message: invoice.CustomerMemo?.value ?? null,
    emailStatus: invoice.EmailStatus ?? null,
    quickBooksUrl: quickBooksInvoiceUrl(services.config.quickbooks().environment, invoice.Id),
    paymentLink:
      invoice.InvoiceLink && /^https:\/\//.test(invoice.InvoiceLink) ? invoice.InvoiceLink : null,
  };
}
