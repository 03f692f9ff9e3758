import { expect } from 'vitest';
import type { HubSpotEmulator } from '../../emulators/hubspot';
import type { QuickBooksEmulator } from '../../emulators/quickbooks';
import { api, type Json } from '../emulators/quickbooks/test-helpers';

/**
 * What a bookkeeper does in QuickBooks, through QuickBooks' own API on the emulator: create an
 * invoice, record or delete a payment, email, void, delete or edit an invoice.
 */
export function bookkeeper(qbo: QuickBooksEmulator, realmId: string) {
  const http = () => api(qbo, realmId);
  const ok = (response: { status: number; data: Json }) => {
    expect(response.status, JSON.stringify(response.data)).toBe(200);
    return response.data;
  };
  const invoice = async (id: string): Promise<Json> =>
    ok(await http().get(`/invoice/${id}`)).Invoice;
  return {
    realmId,
    invoice,
    async createInvoice(
      amount: string,
      options: { currency?: string; dueDate?: string; txnDate?: string } = {},
    ) {
      const realm = qbo.realm(realmId);
      const customer =
        realm
          .customers()
          .find(
            (c) =>
              (c.CurrencyRef?.value ?? realm.homeCurrency) ===
              (options.currency ?? realm.homeCurrency),
          ) ?? realm.customers()[0]!;
      const item = realm.items().find((i) => i.Type === 'Service')!;
      const taxCode =
        realm.country === 'US'
          ? 'NON'
          : (realm.list('TaxCode').find((code) => code.Active !== false)?.Id as string);
      const created = ok(
        await http().post('/invoice', {
          CustomerRef: { value: customer.Id },
          ...(options.currency
            ? { CurrencyRef: { value: options.currency }, ExchangeRate: 1.25 }
            : {}),
          ...(options.dueDate ? { DueDate: options.dueDate } : {}),
          ...(options.txnDate ? { TxnDate: options.txnDate } : {}),
          ...(realm.country === 'US' ? {} : { GlobalTaxCalculation: 'TaxExcluded' }),
          BillEmail: { Address: 'billing@example.com' },
          Line: [
            {
              DetailType: 'SalesItemLineDetail',
              Amount: Number(amount),
              SalesItemLineDetail: {
                ItemRef: { value: item.Id },
                Qty: 1,
                UnitPrice: Number(amount),
                TaxCodeRef: { value: taxCode },
              },
            },
          ],
        }),
      ).Invoice;
      return created as Json & { Id: string; DocNumber?: string; TotalAmt: number };
    },
    async pay(invoiceIds: string[], amounts: string[], extra: Json = {}) {
      const first = await invoice(invoiceIds[0]!);
      const total = amounts.reduce((sum, a) => sum + Number(a), 0);
      return ok(
        await http().post('/payment', {
          CustomerRef: first.CustomerRef,
          TotalAmt: total,
          ...extra,
          Line: invoiceIds.map((id, index) => ({
            Amount: Number(amounts[index]),
            LinkedTxn: [{ TxnId: id, TxnType: 'Invoice' }],
          })),
        }),
      ).Payment as Json;
    },
    async deletePayment(id: string) {
      const payment = ok(await http().get(`/payment/${id}`)).Payment;
      ok(
        await http().post(
          '/payment',
          { Id: payment.Id, SyncToken: payment.SyncToken },
          { operation: 'delete' },
        ),
      );
    },
    async send(id: string) {
      const response = await http().http.post(`/invoice/${id}/send`, '', {
        params: { minorversion: '75' },
        headers: { 'Content-Type': 'application/octet-stream' },
      });
      expect(response.status).toBe(200);
    },
    async void(id: string) {
      const current = await invoice(id);
      ok(
        await http().post(
          '/invoice',
          { Id: id, SyncToken: current.SyncToken },
          { operation: 'void' },
        ),
      );
    },
    async delete(id: string) {
      const current = await invoice(id);
      ok(
        await http().post(
          '/invoice',
          { Id: id, SyncToken: current.SyncToken },
          { operation: 'delete' },
        ),
      );
    },
    async setAmount(id: string, amount: string) {
      const current = await invoice(id);
      const line = current.Line.find((l: Json) => l.DetailType === 'SalesItemLineDetail');
      ok(
        await http().post('/invoice', {
          Id: id,
          SyncToken: current.SyncToken,
          sparse: true,
          Line: [
            {
              ...line,
              Amount: Number(amount),
              SalesItemLineDetail: {
                ...line.SalesItemLineDetail,
                UnitPrice: Number(amount),
                Qty: 1,
              },
            },
          ],
        }),
      );
    },
  };
}

/** The notes on a CRM record, newest last, as HTML bodies. */
export function notesOn(hubspot: HubSpotEmulator, type: '0-1' | '0-2' | '0-3', id: string) {
  const noteType = '0-46';
  return hubspot.store
    .list(noteType)
    .filter((note) =>
      hubspot.store.associations(noteType, note.id, type).some((link) => link.id === id),
    )
    .map((note) => note.properties.hs_note_body ?? '');
}
