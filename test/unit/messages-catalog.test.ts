import { describe, expect, it } from 'vitest';
import { spanishCatalogs } from '@qbo-invoicing/messages/catalogs';
import { invoiceStatusLabels } from '@qbo-invoicing/contract/catalog';
import {
  filesUnder,
  hardCodedUiText,
  placeholdersOf,
  untranslatedServerText,
} from '../support/message-scan';

const allIds = new Set(Object.values(spanishCatalogs).flatMap((catalog) => Object.keys(catalog)));

describe('the Spanish catalogs', () => {
  for (const [name, catalog] of Object.entries(spanishCatalogs)) {
    it(`${name}: every English message has Spanish with the same placeholders`, () => {
      const problems = Object.entries(catalog as Record<string, string>).flatMap(
        ([english, spanish]) => {
          if (!spanish.trim()) return [`"${english}" has no Spanish`];
          const want = placeholdersOf(english).join(', ');
          const got = placeholdersOf(spanish).join(', ');
          return want === got
            ? []
            : [`"${english}": placeholders {${want}} but Spanish has {${got}}`];
        },
      );
      expect(problems).toEqual([]);
    });
  }

  it('has each English message in one file only, so an edit cannot leave two Spanish versions', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [name, catalog] of Object.entries(spanishCatalogs)) {
      for (const id of Object.keys(catalog)) {
        const first = seen.get(id);
        if (first) twice.push(`"${id}" in ${first} and ${name}`);
        seen.set(id, name);
      }
    }
    expect(twice).toEqual([]);
  });

  it('names every invoice status', () => {
    const missing = Object.values(invoiceStatusLabels).filter((label) => !allIds.has(label));
    expect(missing).toEqual([]);
  });
});

/**
 * Every word a person reads comes from the catalogs. One check per area, so a finding names the
 * place to fix.
 */
describe('no hard-coded words', () => {
  const areas: Record<string, string[]> = {
    'the card (list, preview, linking, sending)': filesUnder('src/app/cards/components'),
    'the wizard': filesUnder('src/app/cards/wizard'),
    'the settings page': filesUnder('src/app/settings'),
    'the shared extension code': filesUnder('src/app/packages/ui'),
  };
  for (const [area, files] of Object.entries(areas)) {
    it(`in ${area}`, () => {
      expect(hardCodedUiText(files, allIds)).toEqual([]);
    });
  }

  const serverAreas: Record<string, string[]> = {
    'the platform layers': [
      ...filesUnder('serverless/lib'),
      ...filesUnder('serverless/quickbooks'),
      ...filesUnder('serverless/hubspot'),
      ...filesUnder('serverless/connections'),
      ...filesUnder('serverless/setup'),
      ...filesUnder('serverless/runtime'),
      ...filesUnder('serverless/functions'),
    ],
    'the invoice features': [
      ...filesUnder('serverless/invoices'),
      ...filesUnder('serverless/invoicing'),
    ],
    'the wizard’s functions': filesUnder('serverless/wizard'),
    'contact and product sync': filesUnder('serverless/sync'),
  };
  for (const [area, files] of Object.entries(serverAreas)) {
    it(`in the functions: ${area}`, () => {
      expect(untranslatedServerText(files, allIds)).toEqual([]);
    });
  }
});
