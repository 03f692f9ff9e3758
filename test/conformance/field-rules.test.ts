import { describe, expect, it } from 'vitest';
import { ruleFromDocumentation } from '../../emulators/conformance/field-rules.js';
import { checkEntity } from '../../emulators/conformance/index.js';
import { loadSchema } from '../../emulators/conformance/schema.js';

const ruleOf = (type: string, field: string) =>
  loadSchema().complex.get(type)?.fields.get(field)?.rule;

describe("reading Intuit's field rules from the XSD prose", () => {
  it("takes QBO's length, not QuickBooks Desktop's", () => {
    const doc = `Product: QBW
      Description: First line of the address.[br /]Max. length: 41 characters.
      Product: QBO
      Description: First line of the address.[br /]Max. length: 500 characters.`;
    expect(ruleFromDocumentation(doc)).toEqual({ maxLength: 500, source: 'xsd' });
  });

  it('reads "the maximum length for X is N" and skips QBW-tagged parts of an ALL section', () => {
    const doc = `Product: ALL
      Description: QBO: Reference number. The maximum length
      for DocNumber is 21 characters.
      Description: QBW: Max. length is 11 characters for Payment.
      ValidRange: QBW: max=11
      ValidRange: QBO: max=21`;
    expect(ruleFromDocumentation(doc)?.maxLength).toBe(21);
  });

  it("ignores other products' lengths (Data Services, Cloud) and QBW-only requirements", () => {
    expect(
      ruleFromDocumentation(
        'Product: ALL Description: file name.[br /]Data Services max. length: 512 characters.',
      ),
    ).toBeUndefined();
    expect(
      ruleFromDocumentation('Product: QBW Description: x. Max. length: 31. Required: QBW'),
    ).toBeUndefined();
    expect(ruleFromDocumentation('Product: ALL Description: name. Required: ALL')).toEqual({
      required: true,
      source: 'xsd',
    });
  });

  it('compiles the XSD lengths into the fields the emulator checks', () => {
    expect(ruleOf('PhysicalAddress', 'Line1')?.maxLength).toBe(500);
    expect(ruleOf('PhysicalAddress', 'City')?.maxLength).toBe(255);
    expect(ruleOf('PhysicalAddress', 'PostalCode')?.maxLength).toBe(30);
    expect(ruleOf('EmailAddress', 'Address')?.maxLength).toBe(100);
    expect(ruleOf('Invoice', 'DocNumber')?.maxLength).toBe(21);
    expect(ruleOf('Invoice', 'CustomerMemo')?.maxLength).toBe(1000);
    expect(ruleOf('Line', 'Description')?.maxLength).toBe(4000);
    expect(ruleOf('Item', 'Description')?.maxLength).toBe(4000);
    expect(ruleOf('Term', 'Name')).toMatchObject({ maxLength: 31, required: true, source: 'xsd' });
  });

  it("lays Intuit's API reference over the XSD where it is silent or older, inherited by every name list", () => {
    for (const entity of ['Customer', 'Vendor', 'Employee']) {
      expect(ruleOf(entity, 'DisplayName')).toMatchObject({ maxLength: 500, forbidden: ':' });
      expect(ruleOf(entity, 'GivenName')?.maxLength).toBe(100); // the XSD says 25
    }
    expect(ruleOf('TelephoneNumber', 'FreeFormNumber')?.maxLength).toBe(30); // the XSD says 21
    expect(ruleOf('Customer', 'CompanyName')?.source).toMatch(/developer\.intuit\.com/);
    // Read-only: QBO computes it; a full update sending it back is not refused.
    expect(ruleOf('Customer', 'FullyQualifiedName')).toBeUndefined();
  });
});

describe('checking a request against the field rules', () => {
  const long = (n: number) => 'x'.repeat(n);

  it('reports each breach with its path and kind, on create and update only', () => {
    const customer = {
      DisplayName: 'Acme: West',
      CompanyName: long(101),
      PrimaryPhone: { FreeFormNumber: long(31) },
      BillAddr: { City: long(256) },
    };
    const issues = checkEntity('Customer', customer, 'create');
    expect(issues.map((i) => [i.path, i.rule])).toEqual([
      ['Customer.DisplayName', { kind: 'forbidden', character: ':' }],
      ['Customer.CompanyName', { kind: 'maxLength', max: 100, length: 101 }],
      ['Customer.PrimaryPhone.FreeFormNumber', { kind: 'maxLength', max: 30, length: 31 }],
      ['Customer.BillAddr.City', { kind: 'maxLength', max: 255, length: 256 }],
    ]);
    expect(checkEntity('Customer', customer, 'update')).toHaveLength(4);
    expect(checkEntity('Customer', customer)).toEqual([]);
  });

  it('accepts values at the limit exactly and counts UTF-16 units as QBO does', () => {
    expect(
      checkEntity('Customer', { CompanyName: long(100), DisplayName: long(500) }, 'create'),
    ).toEqual([]);
    const emoji = '😀'.repeat(51); // 51 characters, 102 UTF-16 units
    expect(checkEntity('Customer', { CompanyName: emoji }, 'create')[0]?.rule).toEqual({
      kind: 'maxLength',
      max: 100,
      length: 102,
    });
  });

  it('checks the text of a memo and of every line', () => {
    const invoice = {
      CustomerRef: { value: '1' },
      CustomerMemo: { value: long(1001) },
      Line: [
        {
          Amount: 1,
          DetailType: 'SalesItemLineDetail',
          Description: long(4001),
          SalesItemLineDetail: {},
        },
      ],
    };
    expect(checkEntity('Invoice', invoice, 'create').map((i) => i.path)).toEqual([
      'Invoice.CustomerMemo',
      'Invoice.Line[0].Description',
    ]);
  });

  it('requires on create only, and marks an enumeration breach', () => {
    expect(checkEntity('Term', { DueDays: 30 }, 'create')[0]).toMatchObject({
      path: 'Term.Name',
      rule: { kind: 'required' },
    });
    expect(
      checkEntity('Term', { Id: '1', SyncToken: '0', sparse: true, DueDays: 30 }, 'update'),
    ).toEqual([]);
    expect(checkEntity('Invoice', { EmailStatus: 'Sent' }, 'update')[0]?.rule).toEqual({
      kind: 'enumeration',
    });
  });
});
