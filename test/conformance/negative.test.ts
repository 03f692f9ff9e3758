import { describe, expect, it } from 'vitest';
import { fixture } from './fixtures.js';
import {
  assertConforms,
  checkBatchRequest,
  checkEntity,
  checkResponse,
  type ConformanceIssue,
} from '../../emulators/conformance/index.js';

// A fresh deep copy of a fixture to break on purpose.
const sample = <T = Record<string, unknown>>(file: string): T =>
  structuredClone(fixture(file)) as T;

interface Line {
  [k: string]: unknown;
  SalesItemLineDetail: Record<string, unknown>;
}
type Invoice = Record<string, unknown> & { Line: Line[] };

const invoice = (): Invoice => sample<Invoice>('Invoice--us.json');
const paths = (issues: ConformanceIssue[]): string[] => issues.map((i) => i.path);

function only(issues: ConformanceIssue[], path: string, message: RegExp): void {
  expect(issues).toHaveLength(1);
  expect(issues[0]?.path).toBe(path);
  expect(issues[0]?.message).toMatch(message);
}

describe('unknown keys', () => {
  it('rejects a key the XSD does not declare and lists the allowed ones', () => {
    const inv = invoice();
    inv['CustomerName'] = 'Acme';
    const issues = checkEntity('Invoice', inv);
    only(
      issues,
      'Invoice.CustomerName',
      /unknown key "CustomerName" in Invoice; allowed: .*CustomerRef/,
    );
  });

  it('is case-sensitive, as QBO is', () => {
    const inv = invoice();
    inv['docNumber'] = '1';
    only(checkEntity('Invoice', inv), 'Invoice.docNumber', /unknown key/);
  });

  it('finds a bad key deep inside a line detail', () => {
    const inv = invoice();
    (inv.Line[1] as Line).SalesItemLineDetail['Quantity'] = 2;
    only(
      checkEntity('Invoice', inv),
      'Invoice.Line[1].SalesItemLineDetail.Quantity',
      /unknown key "Quantity" in SalesItemLineDetail; allowed: .*Qty/,
    );
  });

  it('rejects unknown keys in a reference and in the envelope', () => {
    const inv = invoice();
    inv['CustomerRef'] = { value: '1', id: '1' };
    only(checkEntity('Invoice', inv), 'Invoice.CustomerRef.id', /allowed: name, type, value/);
    const body = { ...sample('response--query-count.json'), requestid: 'x' };
    only(checkResponse(body), 'requestid', /unknown key "requestid" in IntuitResponse/);
  });

  it('rejects a wrapped request body where QBO expects the bare entity', () => {
    const issues = checkEntity('Invoice', { Invoice: invoice() });
    only(issues, 'Invoice.Invoice', /unknown key "Invoice"/);
  });
});

describe('wrong nesting', () => {
  it('rejects a scalar where an object is expected (reference sent as a bare id)', () => {
    const inv = invoice();
    inv['CustomerRef'] = '24';
    only(
      checkEntity('Invoice', inv),
      'Invoice.CustomerRef',
      /expected an object \(ReferenceType\), got string/,
    );
  });

  it('rejects a scalar for a simpleContent memo', () => {
    const inv = invoice();
    inv['CustomerMemo'] = 'Thanks!';
    only(checkEntity('Invoice', inv), 'Invoice.CustomerMemo', /expected an object \(MemoRef\)/);
  });

  it('rejects an object where a scalar is expected', () => {
    const inv = invoice();
    inv['TotalAmt'] = { value: 362.07 };
    only(
      checkEntity('Invoice', inv),
      'Invoice.TotalAmt',
      /expected a scalar \(xs:decimal\), got an object/,
    );
    const cust = sample('Customer--read.json');
    cust['PrimaryEmailAddr'] = { Address: { value: 'a@b.c' } };
    only(checkEntity('Customer', cust), 'Customer.PrimaryEmailAddr.Address', /expected a scalar/);
  });

  it('rejects null values', () => {
    const inv = invoice();
    inv['DueDate'] = null;
    only(checkEntity('Invoice', inv), 'Invoice.DueDate', /null/);
  });
});

describe('array versus single value', () => {
  it('rejects a single object for a repeated element (QBO always sends arrays)', () => {
    const inv: Record<string, unknown> = invoice();
    inv['Line'] = (inv as Invoice).Line[0];
    only(checkEntity('Invoice', inv), 'Invoice.Line', /expected an array/);
  });

  it('still reports mistakes inside the lone object', () => {
    const inv: Record<string, unknown> = invoice();
    const line = (inv as Invoice).Line[0] as Line;
    line['Amount'] = '275.00';
    inv['Line'] = line;
    expect(paths(checkEntity('Invoice', inv))).toEqual(['Invoice.Line', 'Invoice.Line.Amount']);
  });

  it('rejects an array where maxOccurs is 1', () => {
    const inv = invoice();
    inv['CustomerRef'] = [{ value: '24' }];
    only(checkEntity('Invoice', inv), 'Invoice.CustomerRef', /got an array \(maxOccurs is 1\)/);
  });

  it('rejects a single entity in a QueryResponse and an array in a read envelope', () => {
    const cust = sample('Customer--read.json');
    const single = { QueryResponse: { Customer: cust, startPosition: 1, maxResults: 1 } };
    only(checkResponse(single), 'QueryResponse.Customer', /expected an array/);
    only(checkResponse({ Customer: [cust] }), 'Customer', /got an array/);
  });

  it('rejects TaxRateDetail given as an object', () => {
    const code = sample('TaxCode--us-group.json') as {
      SalesTaxRateList: { TaxRateDetail: unknown[] };
    };
    code.SalesTaxRateList.TaxRateDetail = code.SalesTaxRateList.TaxRateDetail[0] as never;
    only(
      checkEntity('TaxCode', code),
      'TaxCode.SalesTaxRateList.TaxRateDetail',
      /expected an array/,
    );
  });
});

describe('wrong scalar types', () => {
  it('numbers: rejects a numeric string for xs:decimal', () => {
    const inv = invoice();
    inv.Line[0]!.SalesItemLineDetail['Qty'] = '1';
    only(
      checkEntity('Invoice', inv),
      'Invoice.Line[0].SalesItemLineDetail.Qty',
      /expected a JSON number \(xs:decimal\), got string "1"/,
    );
  });

  it('numbers: rejects a fraction for xs:int and 0 for xs:positiveInteger', () => {
    const term = sample('Term--net30.json');
    term['DueDays'] = 30.5;
    only(checkEntity('Term', term), 'Term.DueDays', /integer/);
    const inv = invoice();
    inv.Line[0]!['LineNum'] = 0;
    only(checkEntity('Invoice', inv), 'Invoice.Line[0].LineNum', /positiveInteger/);
  });

  it('numbers: rejects a string for an xs:int attribute of QueryResponse', () => {
    const body = sample<{ QueryResponse: Record<string, unknown> }>(
      'response--query-customers.json',
    );
    body.QueryResponse['startPosition'] = '1';
    only(checkResponse(body), 'QueryResponse.startPosition', /xs:int/);
  });

  it('strings: rejects a number for an xs:string such as an Id or SyncToken', () => {
    const inv = invoice();
    inv['SyncToken'] = 0;
    only(checkEntity('Invoice', inv), 'Invoice.SyncToken', /expected a string, got number 0/);
  });

  it('booleans: rejects "true" and 1', () => {
    const inv = invoice();
    inv['sparse'] = 'true';
    inv['ApplyTaxAfterDiscount'] = 1;
    const issues = checkEntity('Invoice', inv);
    expect(paths(issues)).toEqual(['Invoice.sparse', 'Invoice.ApplyTaxAfterDiscount']);
    expect(issues.every((i) => /xs:boolean/.test(i.message))).toBe(true);
  });

  it('dates: requires YYYY-MM-DD and a real day', () => {
    for (const bad of [
      '2026-3-2',
      '03/02/2026',
      '2026-02-30',
      '2026-03-02T00:00:00-08:00',
      20260302,
    ]) {
      const inv = invoice();
      inv['TxnDate'] = bad;
      only(checkEntity('Invoice', inv), 'Invoice.TxnDate', /xs:date YYYY-MM-DD/);
    }
  });

  it('dateTimes: requires ISO 8601 with an offset', () => {
    for (const bad of [
      '2014-09-19T13:16:17',
      '2014-09-19 13:16:17-07:00',
      '2014-09-19',
      1411157777000,
    ]) {
      const inv = invoice();
      inv['MetaData'] = { CreateTime: bad };
      only(checkEntity('Invoice', inv), 'Invoice.MetaData.CreateTime', /xs:dateTime/);
    }
    const body = { ...sample('response--query-count.json'), time: '2026-03-02 13:36:03' };
    only(checkResponse(body), 'time', /xs:dateTime/);
  });

  it('accepts the dateTime forms QBO emits', () => {
    for (const ok of [
      '2014-09-19T13:16:17-07:00',
      '2026-03-02T09:10:11.734-08:00',
      '2026-03-02T17:10:11Z',
    ]) {
      const inv = invoice();
      inv['MetaData'] = { CreateTime: ok, LastUpdatedTime: ok };
      expect(checkEntity('Invoice', inv)).toEqual([]);
    }
  });
});

describe('enumerations', () => {
  it.each([
    [
      'GlobalTaxCalculation',
      'Exclusive',
      /not a GlobalTaxCalculationEnum value; allowed: .*TaxExcluded/,
    ],
    ['EmailStatus', 'Sent', /not a EmailStatusEnum value; allowed: NotSet, NeedToSend, EmailSent/],
    ['PrintStatus', 'NeedsPrinting', /PrintStatusEnum/],
  ])('rejects %s = %s', (key, value, message) => {
    const inv = invoice();
    inv[key] = value;
    only(checkEntity('Invoice', inv), `Invoice.${key}`, message);
  });

  it('rejects an unknown Line DetailType', () => {
    const inv = invoice();
    inv.Line[0]!['DetailType'] = 'SalesLineItemDetail';
    const issues = checkEntity('Invoice', inv);
    expect(issues[0]?.path).toBe('Invoice.Line[0].DetailType');
    expect(issues[0]?.message).toMatch(/LineDetailTypeEnum/);
  });

  it('rejects enum values in attributes and nested types', () => {
    const del = { Invoice: { status: 'Removed', domain: 'QBO', Id: '1' } };
    only(checkResponse(del), 'Invoice.status', /EntityStatusEnum/);
    const batch = { BatchItemRequest: [{ bId: '1', operation: 'upsert', Invoice: {} }] };
    only(checkBatchRequest(batch), 'BatchItemRequest[0].operation', /OperationEnum/);
    const item = sample('Item--service.json');
    item['Type'] = 'Services';
    only(checkEntity('Item', item), 'Item.Type', /ItemTypeEnum/);
  });
});

describe('choices', () => {
  it('rejects a DetailType that does not name the detail present', () => {
    const inv = invoice();
    inv.Line[0]!['DetailType'] = 'DiscountLineDetail';
    only(
      checkEntity('Invoice', inv),
      'Invoice.Line[0].DetailType',
      /expects DiscountLineDetail, got SalesItemLineDetail/,
    );
  });

  it('rejects two line details on one line', () => {
    const inv = invoice();
    inv.Line[0]!['DiscountLineDetail'] = { PercentBased: true, DiscountPercent: 10 };
    const issues = checkEntity('Invoice', inv);
    expect(issues.map((i) => i.message).join('\n')).toMatch(
      /only one of these alternatives, got DiscountLineDetail, SalesItemLineDetail|SalesItemLineDetail, DiscountLineDetail/,
    );
  });

  it('rejects an envelope carrying two payloads or none', () => {
    const both = { ...sample('response--fault-stale.json'), QueryResponse: {} };
    expect(
      checkResponse(both)
        .map((i) => i.message)
        .join(),
    ).toMatch(/only one of these alternatives/);
    only(checkResponse({ time: '2026-03-02T13:36:03.147-08:00' }), '', /carries no payload/);
  });

  it('rejects a batch item with both an entity and a query', () => {
    const batch = {
      BatchItemRequest: [{ bId: '1', Query: 'SELECT * FROM Item', Item: { Name: 'x' } }],
    };
    only(checkBatchRequest(batch), 'BatchItemRequest[0]', /only one of these alternatives/);
  });
});

describe('entities, envelopes and batches', () => {
  it('rejects an unknown entity name', () => {
    only(checkEntity('Invoices', {}), 'Invoices', /unknown entity "Invoices"/);
    expect(() => assertConforms('Widget', {})).toThrow(/unknown entity "Widget"/);
  });

  it('rejects an unknown entity key in a response and a query response', () => {
    only(
      checkResponse({ Invoices: {}, Invoice: {} }),
      'Invoices',
      /unknown key "Invoices" in IntuitResponse/,
    );
    const body = { QueryResponse: { Customers: [], startPosition: 1 } };
    only(
      checkResponse(body),
      'QueryResponse.Customers',
      /unknown key "Customers" in QueryResponse/,
    );
  });

  it('checks entities inside batch requests, batch responses and CDC', () => {
    const req = sample<{ BatchItemRequest: { Invoice?: Invoice }[] }>('batchRequest--mixed.json');
    req.BatchItemRequest[1]!.Invoice!.Line[0]!.SalesItemLineDetail['Qty'] = '1';
    only(
      checkBatchRequest(req),
      'BatchItemRequest[1].Invoice.Line[0].SalesItemLineDetail.Qty',
      /JSON number/,
    );

    const res = sample<{ BatchItemResponse: { Invoice?: Invoice }[] }>('response--batch.json');
    res.BatchItemResponse[1]!.Invoice!['EmailStatus'] = 'Sent';
    only(checkResponse(res), 'BatchItemResponse[1].Invoice.EmailStatus', /EmailStatusEnum/);

    const cdc = sample<{ CDCResponse: { QueryResponse: Record<string, unknown>[] }[] }>(
      'response--cdc.json',
    );
    (cdc.CDCResponse[0]!.QueryResponse[1]!['Invoice'] as Invoice[])[0]!['Balance'] = '0';
    only(checkResponse(cdc), 'CDCResponse[0].QueryResponse[1].Invoice[0].Balance', /JSON number/);
  });

  it('rejects a batch request that is not wrapped in BatchItemRequest[]', () => {
    const flat = checkBatchRequest({ bId: '1', Query: 'SELECT * FROM Item' });
    expect(paths(flat)).toEqual(['bId', 'Query']);
    expect(flat[0]?.message).toMatch(
      /unknown key "bId" in IntuitBatchRequest; allowed: BatchItemRequest$/,
    );
    only(checkBatchRequest([]), '', /expected an object \(IntuitBatchRequest\), got an array/);
  });

  it('rejects the Fault shape with a single Error object and a lowercase fault', () => {
    const fault = sample<{ Fault: { Error: unknown[] } }>('response--fault-validation.json');
    fault.Fault.Error = fault.Fault.Error[0] as never;
    only(checkResponse(fault), 'Fault.Error', /expected an array/);
    const lower = { fault: { error: [{ message: 'x', code: '100' }], type: 'AUTHENTICATION' } };
    expect(paths(checkResponse(lower))).toEqual(['fault', '']);
  });

  it('assertConforms lists every issue', () => {
    const inv = invoice();
    inv['Foo'] = 1;
    inv['TotalAmt'] = '1';
    expect(() => assertConforms('Invoice', inv)).toThrow(/Invoice does not conform .*2 issue\(s\)/);
    expect(() => assertConforms('Invoice', inv)).toThrow(/\n {2}Invoice\.Foo: unknown key/);
    expect(() => assertConforms('Invoice', inv)).toThrow(
      /\n {2}Invoice\.TotalAmt: expected a JSON number/,
    );
    expect(() => assertConforms('response', {})).toThrow(/carries no payload/);
    expect(() => assertConforms('batchRequest', { BatchItemRequest: {} })).toThrow(
      /expected an array/,
    );
  });
});
