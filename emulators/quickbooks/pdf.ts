// GET /invoice/{id}/pdf: a real PDF of the invoice (number, customer, lines, totals), via pdfkit.
import { createRequire } from 'node:module';
import { arr, isObj, obj, refValue, str, type Obj } from './json.js';

interface PdfDoc {
  on(event: 'data', cb: (chunk: Buffer) => void): void;
  on(event: 'end', cb: () => void): void;
  fontSize(n: number): PdfDoc;
  font(name: string): PdfDoc;
  text(s: string, x?: number, y?: number, opts?: Record<string, unknown>): PdfDoc;
  moveDown(n?: number): PdfDoc;
  end(): void;
  y: number;
}
type PdfCtor = new (opts: Record<string, unknown>) => PdfDoc;

// pdfkit ships no types; a narrow local interface keeps the rest strict.
const PDFDocument = createRequire(import.meta.url)('pdfkit') as PdfCtor;

function money(v: unknown, currency: string): string {
  return `${currency} ${typeof v === 'number' ? v.toFixed(2) : '0.00'}`;
}

export function invoicePdf(invoice: Obj, companyName: string): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 50,
      compress: false,
      info: { Title: `Invoice ${str(invoice.DocNumber) ?? ''}` },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    const currency = refValue(invoice.CurrencyRef) ?? '';
    doc.font('Helvetica-Bold').fontSize(18).text(companyName);
    doc
      .fontSize(14)
      .text(`INVOICE ${str(invoice.DocNumber) ?? `(no number, Id ${String(invoice.Id)})`}`);
    doc.font('Helvetica').fontSize(10).moveDown();
    const customer = obj(invoice.CustomerRef);
    doc.text(`Bill to: ${str(customer?.name) ?? refValue(invoice.CustomerRef) ?? ''}`);
    const email = obj(invoice.BillEmail);
    if (email) doc.text(`Email: ${str(email.Address) ?? ''}`);
    doc.text(
      `Invoice date: ${str(invoice.TxnDate) ?? ''}    Due date: ${str(invoice.DueDate) ?? ''}`,
    );
    const terms = obj(invoice.SalesTermRef);
    if (terms) doc.text(`Terms: ${str(terms.name) ?? ''}`);
    doc.moveDown();
    doc
      .font('Helvetica-Bold')
      .text('Description                                  Qty        Rate        Amount');
    doc.font('Helvetica');
    for (const raw of arr(invoice.Line)) {
      if (!isObj(raw)) continue;
      if (raw.DetailType === 'SalesItemLineDetail') {
        const d = obj(raw.SalesItemLineDetail) ?? {};
        const name = str(raw.Description) ?? str(obj(d.ItemRef)?.name) ?? '';
        doc.text(
          `${name}   ${String(d.Qty ?? '')}   ${String(d.UnitPrice ?? '')}   ${money(raw.Amount, currency)}`,
        );
      } else if (raw.DetailType === 'DescriptionOnly') {
        doc.text(str(raw.Description) ?? '');
      } else if (raw.DetailType === 'SubTotalLineDetail') {
        doc.moveDown(0.5).text(`Subtotal: ${money(raw.Amount, currency)}`);
      } else if (raw.DetailType === 'DiscountLineDetail') {
        doc.text(`Discount: -${money(raw.Amount, currency)}`);
      }
    }
    const tax = obj(invoice.TxnTaxDetail);
    doc.text(`Tax: ${money(tax?.TotalTax, currency)}`);
    doc.font('Helvetica-Bold').text(`Total: ${money(invoice.TotalAmt, currency)}`);
    doc.text(`Balance due: ${money(invoice.Balance, currency)}`);
    const memo = obj(invoice.CustomerMemo);
    if (memo && str(memo.value))
      doc
        .font('Helvetica')
        .moveDown()
        .text(str(memo.value) ?? '');
    doc.end();
  });
}
