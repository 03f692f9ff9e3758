/**
 * The Spanish catalogs, assembled per extension and for the functions. Loaded only by the
 * functions: an extension receives its own catalog from them (`messages.card`,
 * `messages.settings`), so neither bundle carries one.
 */
import type { Language } from './format';
import type { Surface } from './index';
import { card } from './es/card';
import { common } from './es/common';
import { items } from './es/items';
import { mappings } from './es/mappings';
import { serverFeatures } from './es/server-features';
import { serverPlatform } from './es/server-platform';
import { settings } from './es/settings';
import { sync } from './es/sync';
import { wizard } from './es/wizard';

export type Catalog = Readonly<Record<string, string>>;

const spanish: Record<Surface | 'server', Catalog> = {
  card: { ...common, ...card, ...wizard, ...sync, ...items },
  settings: { ...common, ...settings, ...sync, ...mappings, ...items },
  server: {
    ...common,
    ...card,
    ...wizard,
    ...settings,
    ...sync,
    ...mappings,
    ...items,
    ...serverPlatform,
    ...serverFeatures,
  },
};

/** Every Spanish catalog by file, for the completeness tests. */
export const spanishCatalogs = {
  common,
  card,
  wizard,
  settings,
  sync,
  items,
  mappings,
  serverPlatform,
  serverFeatures,
} as const;

/** The catalog an extension or the functions need in a language; English needs none. */
export function catalogFor(language: Language, surface: Surface | 'server'): Catalog | null {
  return language === 'es' ? spanish[surface] : null;
}
