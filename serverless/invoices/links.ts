/** Where a rep opens an invoice in QuickBooks Online. */
export function quickBooksInvoiceUrl(
  environment: 'sandbox' | 'production',
  invoiceId: string,
): string {
  const host = environment === 'sandbox' ? 'app.sandbox.qbo.intuit.com' : 'app.qbo.intuit.com';
  return `https://${host}/app/invoice?txnId=${encodeURIComponent(invoiceId)}`;
}
