import { describe, expect, it } from 'vitest';
import { spanishCatalogs } from '@qbo-invoicing/messages/catalogs';
import { loadingLabel } from '@qbo-invoicing/ui';

describe('the word shown while an extension’s catalog loads', () => {
  it('is the common catalog’s own "Loading" in Spanish, and English otherwise', () => {
    expect(loadingLabel('es-MX')).toBe(spanishCatalogs.common.Loading);
    expect(loadingLabel('es_ES')).toBe(spanishCatalogs.common.Loading);
    expect(loadingLabel('en-GB')).toBe('Loading');
    expect(loadingLabel('fr-FR')).toBe('Loading');
    expect(loadingLabel(undefined)).toBe('Loading');
  });
});
