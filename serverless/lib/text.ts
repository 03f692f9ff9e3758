import { catalogFor } from '@qbo-invoicing/messages/catalogs';
import {
  intlLocale,
  languageOf,
  translate,
  type Language,
  type MessageValues,
} from '@qbo-invoicing/messages/format';
import type { ServerMessage } from '@qbo-invoicing/messages';

/**
 * The functions' words in one language: what a caller is told (errors, fixes, check messages)
 * and what is written to HubSpot for people (timeline notes, tasks). English is the source text
 * and the message's id; other languages come from `@qbo-invoicing/messages`.
 */
export interface Translator {
  language: Language;
  /** The Intl locale numbers and dates are written in. */
  locale: string;
  t(id: ServerMessage, values?: MessageValues): string;
}

/** A translator for HubSpot's locale tag (`es-mx`, `en-us`); unknown or missing → English. */
export function translatorFor(locale?: string | null): Translator {
  const language = languageOf(locale);
  const intl = intlLocale(locale, language);
  const catalog = catalogFor(language, 'server');
  return {
    language,
    locale: intl,
    t: (id, values) => translate(catalog, id, values, intl),
  };
}

export const english: Translator = translatorFor('en-US');
