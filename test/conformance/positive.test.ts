import { describe, expect, it } from 'vitest';
import { loadFixtures } from './fixtures.js';
import { assertConforms, checkResponse, isKnownEntity } from '../../emulators/conformance/index.js';

const fixtures = loadFixtures();
const entityFixtures = fixtures.filter((f) => isKnownEntity(f.kind));

describe('realistic QBO JSON conforms', () => {
  it('has fixtures of every kind the product touches', () => {
    const kinds = new Set(fixtures.map((f) => f.kind));
    for (const k of [
      'Invoice',
      'Customer',
      'Item',
      'Payment',
      'TaxCode',
      'TaxRate',
      'Term',
      'CompanyInfo',
      'Preferences',
      'ExchangeRate',
      'response',
      'batchRequest',
    ]) {
      expect(kinds).toContain(k);
    }
  });

  it.each(fixtures.map((f) => [f.file, f] as const))('%s', (_file, f) => {
    expect(() => assertConforms(f.kind, f.json)).not.toThrow();
  });

  it.each(entityFixtures.map((f) => [f.file, f] as const))(
    '%s also conforms inside a read response envelope',
    (_file, f) => {
      expect(checkResponse({ [f.kind]: f.json, time: '2026-03-02T09:10:11.734-08:00' })).toEqual(
        [],
      );
    },
  );

  it.each(entityFixtures.map((f) => [f.file, f] as const))(
    '%s also conforms as a query result',
    (_file, f) => {
      const body = {
        QueryResponse: { [f.kind]: [f.json], startPosition: 1, maxResults: 1 },
        time: '2026-03-02T09:10:11.734-08:00',
      };
      expect(checkResponse(body)).toEqual([]);
    },
  );

  it('knows the entities by their XSD names', () => {
    for (const name of ['Invoice', 'Customer', 'Item', 'Payment', 'TaxCode', 'TaxRate', 'Term']) {
      expect(isKnownEntity(name)).toBe(true);
    }
    expect(isKnownEntity('CompanyInfo')).toBe(true);
    expect(isKnownEntity('ExchangeRate')).toBe(true);
    expect(isKnownEntity('IntuitObject')).toBe(false);
    expect(isKnownEntity('Line')).toBe(false);
    expect(isKnownEntity('invoice')).toBe(false);
  });
});
