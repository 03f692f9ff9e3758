import { describe, expect, it } from 'vitest';
import {
  isQboFault,
  QboFaultCode,
  QboValidationError,
  type QboError,
} from '../../serverless/quickbooks/errors';
import type { InvoiceCreate } from '../../serverless/quickbooks/resources/invoices';
import { useEmulator } from './harness';

const h = useEmulator();
const write = (key: string) => ({ idempotencyKey: key, timeoutMs: 5_000 });

async function failure(promise: Promise<unknown>): Promise<QboValidationError> {
  const error = await promise.then(
    () => {
      throw new Error('expected a QuickBooks fault');
    },
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(QboValidationError);
  return error as QboValidationError;
}

function expectTid(error: QboError) {
  expect(error.intuitTid).toMatch(/^[0-9a-f-]{36}$/);
  expect(h.emulator.requests.some((r) => r.intuitTid === error.intuitTid)).toBe(true);
}

function invoiceFor(customerId: string, itemId: string): InvoiceCreate {
  return {
    CustomerRef: { value: customerId },
    Line: [
      {
        DetailType: 'SalesItemLineDetail',
        Amount: '40',
        SalesItemLineDetail: { ItemRef: { value: itemId }, Qty: '1', UnitPrice: '40' },
      },
    ],
  };
}

function usIds() {
  const realm = h.emulator.realm(h.us);
  const customer = realm.customers().find((c) => c.Active);
  const item = realm.items().find((i) => i.Name === 'Gardening');
  if (!customer || !item) throw new Error('demo data missing');
  return { customerId: customer.Id, itemId: item.Id };
}

describe('QuickBooks faults become typed errors', () => {
  it('6240: a duplicate display name', async () => {
    const error = await failure(
      h.client
        .forRealm(h.us)
        .customers.create({ DisplayName: "Amy's Bird Sanctuary" }, write('dup-name')),
    );
    expect(error.qboCode).toBe(QboFaultCode.DuplicateName);
    expect(isQboFault(error, '6240')).toBe(true);
    expect(error.code).toBe('CONFLICT');
    expect(error.element).toBe('DisplayName');
    expect(error.status).toBe(400);
    expect(error.retryable).toBe(false);
    expectTid(error);
  });

  it('5010: a stale SyncToken', async () => {
    const customers = h.client.forRealm(h.us).customers;
    const customer = await customers.create({ DisplayName: 'Stale Test' }, write('stale-c'));
    await customers.update(
      { Id: customer.Id, SyncToken: customer.SyncToken, CompanyName: 'First' },
      write('stale-u1'),
    );
    const error = await failure(
      customers.update(
        { Id: customer.Id, SyncToken: customer.SyncToken, CompanyName: 'Second' },
        write('stale-u2'),
      ),
    );
    expect(isQboFault(error, QboFaultCode.StaleObject)).toBe(true);
    expect(error.code).toBe('CONFLICT');
    expect(error.element).toBe('SyncToken');
  });

  it('2500: a reference to something that does not exist', async () => {
    const { customerId } = usIds();
    const error = await failure(
      h.client.forRealm(h.us).invoices.create(invoiceFor(customerId, '999999'), write('bad-ref')),
    );
    expect(error.qboCode).toBe(QboFaultCode.InvalidReference);
    expect(error.element).toBe('ItemRef');
    expect(error.detail).toContain('999999');
  });

  it('2020: a required field missing', async () => {
    const { itemId } = usIds();
    const body = invoiceFor('1', itemId) as Partial<InvoiceCreate>;
    delete body.CustomerRef;
    const error = await failure(
      h.client.forRealm(h.us).invoices.create(body as InvoiceCreate, write('missing')),
    );
    expect(error.qboCode).toBe(QboFaultCode.RequiredParameterMissing);
    expect(error.element).toBe('CustomerRef');
  });

  it('610: an object that is not there', async () => {
    const error = await failure(h.client.forRealm(h.us).invoices.get('987654'));
    expect(error.qboCode).toBe(QboFaultCode.ObjectNotFound);
    expect(error.code).toBe('NOT_FOUND');
    expectTid(error);
  });

  it('6140: a document number already used (custom numbers on)', async () => {
    const realm = h.emulator.realm(h.global);
    const customer = realm.customers().find((c) => c.Active && c.CurrencyRef?.value === 'GBP');
    const item = realm.items().find((i) => i.Name === 'Design Hour');
    const standard = realm.list('TaxCode').find((c) => c.Name === '20.0% S');
    if (!customer || !item || !standard) throw new Error('demo data missing');
    const invoice: InvoiceCreate = {
      CustomerRef: { value: customer.Id },
      DocNumber: 'DUP-1',
      GlobalTaxCalculation: 'TaxExcluded',
      Line: [
        {
          DetailType: 'SalesItemLineDetail',
          Amount: '85',
          SalesItemLineDetail: {
            ItemRef: { value: item.Id },
            Qty: '1',
            UnitPrice: '85',
            TaxCodeRef: { value: standard.Id },
          },
        },
      ],
    };
    const invoices = h.client.forRealm(h.global).invoices;
    await invoices.create(invoice, write('doc-1'));
    const error = await failure(invoices.create(invoice, write('doc-2')));
    expect(error.qboCode).toBe(QboFaultCode.DuplicateDocNumber);
    expect(error.element).toBe('DocNumber');
    // QuickBooks allows it when asked to.
    const allowed = await invoices.create(invoice, {
      ...write('doc-3'),
      allowDuplicateDocNumber: true,
    });
    expect(allowed.DocNumber).toBe('DUP-1');
  });

  it('6210: a date in a closed accounting period', async () => {
    h.emulator.closeBooks(h.us, '2026-06-30');
    const { customerId, itemId } = usIds();
    const error = await failure(
      h.client
        .forRealm(h.us)
        .invoices.create(
          { ...invoiceFor(customerId, itemId), TxnDate: '2026-06-01' },
          write('closed'),
        ),
    );
    expect(error.qboCode).toBe(QboFaultCode.AccountingPeriodClosed);
    expect(error.code).toBe('QUICKBOOKS_REJECTED');
  });

  it('replays a rejected write for the same requestid instead of trying again', async () => {
    const customers = h.client.forRealm(h.us).customers;
    const first = await failure(
      customers.create({ DisplayName: "Amy's Bird Sanctuary" }, write('k')),
    );
    const again = await failure(
      customers.create({ DisplayName: "Amy's Bird Sanctuary" }, write('k')),
    );
    expect(again.qboCode).toBe(first.qboCode);
    const ids = h.emulator.requests.filter((r) => r.requestId).map((r) => r.requestId);
    expect(ids[0]).toBe(ids[1]);
  });
});
