/**
 * The message ids each side may use, typed from the Spanish catalogs: a message that has no
 * Spanish is a type error where it is used. Types only; the catalogs themselves reach the
 * extensions through the functions (`./catalogs`).
 */
import type { card } from './es/card';
import type { common } from './es/common';
import type { items } from './es/items';
import type { mappings } from './es/mappings';
import type { serverFeatures } from './es/server-features';
import type { serverPlatform } from './es/server-platform';
import type { settings } from './es/settings';
import type { sync } from './es/sync';
import type { wizard } from './es/wizard';

export type { Language, MessageValues } from './format';

/** What the invoices card (with its wizard and panels) may say. */
export type CardMessage =
  | keyof typeof common
  | keyof typeof card
  | keyof typeof wizard
  | keyof typeof sync
  | keyof typeof items;
/** What the settings page may say. */
export type SettingsMessage =
  | keyof typeof common
  | keyof typeof settings
  | keyof typeof sync
  | keyof typeof mappings
  | keyof typeof items;
/** What any extension may say (the few components both use). */
export type UiMessage = CardMessage | SettingsMessage;
/**
 * What the functions may say: errors, fixes, check messages, timeline notes and tasks. Any catalog
 * (a feature's words live in one file, whichever side says them).
 */
export type ServerMessage = UiMessage | keyof typeof serverPlatform | keyof typeof serverFeatures;

/** The extensions that ask the functions for their catalog. */
export const surfaces = ['card', 'settings'] as const;
export type Surface = (typeof surfaces)[number];
