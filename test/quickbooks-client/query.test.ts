import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import Decimal from 'decimal.js';
import { escapeQueryString, select } from '../../serverless/quickbooks/query';

describe('query builder', () => {
  it('builds the documented statement shape', () => {
    const statement = select('Customer')
      .where('DisplayName', '=', "O'Brien")
      .where('PrimaryEmailAddr', 'LIKE', '%@example.com')
      .in('Id', ['1', '2'])
      .orderBy('DisplayName', 'ASC')
      .startPosition(1)
      .maxResults(1000)
      .toString();
    expect(statement).toBe(
      "SELECT * FROM Customer WHERE DisplayName = 'O\\'Brien' AND PrimaryEmailAddr LIKE '%@example.com'" +
        " AND Id IN ('1', '2') ORDERBY DisplayName ASC STARTPOSITION 1 MAXRESULTS 1000",
    );
  });

  it('counts with the same filter and no paging', () => {
    const query = select('Invoice').where('Balance', '>', 0).startPosition(5).maxResults(10);
    expect(query.count()).toBe("SELECT count(*) FROM Invoice WHERE Balance > '0'");
  });

  it('writes an instant in seconds with an explicit offset, and refuses an invalid date', () => {
    expect(
      select('Invoice')
        .where('MetaData.CreateTime', '>=', new Date(Date.UTC(2026, 10, 29, 3, 4, 5, 678)))
        .toString(),
    ).toBe("SELECT * FROM Invoice WHERE MetaData.CreateTime >= '2026-11-29T03:04:05+00:00'");
    expect(() =>
      select('Invoice').where('MetaData.CreateTime', '>=', new Date(Number.NaN)).toString(),
    ).toThrow(/real dates/);
  });

  it('writes booleans bare and decimals exactly', () => {
    expect(
      select('Customer')
        .where('Active', '=', false)
        .where('Balance', '>=', new Decimal('10.50'))
        .toString(),
    ).toBe("SELECT * FROM Customer WHERE Active = false AND Balance >= '10.5'");
  });

  it('escapes backslashes before quotes', () => {
    expect(escapeQueryString("a\\'b")).toBe("a\\\\\\'b");
    expect(select('Item').where('Name', '=', 'C:\\path').toString()).toBe(
      "SELECT * FROM Item WHERE Name = 'C:\\\\path'",
    );
  });

  it('builds LIKE helpers with escaped values', () => {
    expect(select('Customer').contains('DisplayName', "it's").toString()).toBe(
      "SELECT * FROM Customer WHERE DisplayName LIKE '%it\\'s%'",
    );
    expect(select('Customer').startsWith('DisplayName', 'Ab').toString()).toContain("LIKE 'Ab%'");
    expect(select('Customer').endsWith('DisplayName', 'Ab').toString()).toContain("LIKE '%Ab'");
  });

  it('re-checks rows exactly when the searched text holds a literal %', () => {
    const query = select('Customer').contains('DisplayName', '50%');
    expect(query.needsRefine).toBe(true);
    const rows = [{ DisplayName: '50% off' }, { DisplayName: '500 club' }, { DisplayName: 'x' }];
    expect(query.refine(rows)).toEqual([{ DisplayName: '50% off' }]);
    expect(select('Customer').contains('DisplayName', 'plain').needsRefine).toBe(false);
  });

  it('re-checks nested fields by their value path', () => {
    const query = select('Customer').contains('PrimaryEmailAddr', '%@x');
    expect(query.refine([{ PrimaryEmailAddr: { Address: 'a%@x.com' } }, {}])).toHaveLength(1);
  });

  it('refuses fields QuickBooks cannot filter or sort on, and bad paging', () => {
    // @ts-expect-error Notes is not filterable
    expect(() => select('Customer').where('Notes', '=', 'x')).toThrow(/not a filterable field/);
    // @ts-expect-error Description is not sortable
    expect(() => select('Item').orderBy('Description')).toThrow(/not a sortable field/);
    expect(() => select('Customer').maxResults(1001)).toThrow(RangeError);
    expect(() => select('Customer').startPosition(0)).toThrow(RangeError);
    expect(() => select('Customer').in('Id', [])).toThrow(RangeError);
    expect(() => select('Customer').where('Balance', '>', Number.NaN)).toThrow(TypeError);
    expect(() => select('Customer').contains('DisplayName', '')).toThrow(RangeError);
  });

  it('is immutable: deriving a page does not change the base query', () => {
    const base = select('Customer').orderBy('Id');
    const page = base.startPosition(1001);
    expect(base.toString()).toBe('SELECT * FROM Customer ORDERBY Id ASC');
    expect(page.toString()).toBe('SELECT * FROM Customer ORDERBY Id ASC STARTPOSITION 1001');
  });

  it('never lets a value break out of its quotes (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (value) => {
        const literal = select('Customer').where('DisplayName', '=', value).toString();
        const inner = literal.slice("SELECT * FROM Customer WHERE DisplayName = '".length, -1);
        expect(literal.endsWith("'")).toBe(true);
        // Unescaping the literal gives back the value, and no quote is left unescaped.
        let decoded = '';
        for (let index = 0; index < inner.length; index++) {
          const char = inner[index];
          if (char === '\\') {
            decoded += inner[++index];
          } else {
            expect(char).not.toBe("'");
            decoded += char;
          }
        }
        expect(decoded).toBe(value);
      }),
    );
  });
});
