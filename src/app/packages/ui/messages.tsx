import {
  createContext,
  createElement,
  useContext,
  useEffect,
  useState,
  type ReactNode,
} from 'react';
import { formatDate, formatInstant, formatMoney } from '@qbo-invoicing/invoicing';
import {
  intlLocale,
  languageOf,
  loadingWords,
  translate,
  type Language,
  type MessageValues,
} from '@qbo-invoicing/messages/format';
import type { Surface, UiMessage } from '@qbo-invoicing/messages';
import type { Call } from './call';

/**
 * Everything a component says, in the user's language and formats: `t` for messages (English
 * ids, see `@qbo-invoicing/messages`), `money` in an amount's own currency, `date` for calendar
 * dates (an invoice's date has no time zone), `instant` for moments in the portal's time zone.
 */
export interface Messages {
  language: Language;
  /** The Intl locale: the user's own (`es-MX`), so numbers and dates follow their country. */
  locale: string;
  timeZone: string;
  t(id: UiMessage, values?: MessageValues): string;
  money(amount: string, currency: string): string;
  date(isoDate: string): string;
  instant(iso: string): string;
}

export type Catalog = Readonly<Record<string, string>>;

/** The words for a locale and time zone, with the language's catalog (none for English). */
export function messagesFor(
  locale: string | null | undefined,
  timeZone: string,
  catalog: Catalog | null = null,
): Messages {
  const language = catalog ? languageOf(locale) : 'en';
  const intl = intlLocale(locale, language);
  return {
    language,
    locale: intl,
    timeZone,
    t: (id, values) => translate(catalog, id, values, intl),
    money: (amount, currency) => formatMoney(amount, currency, intl),
    date: (isoDate) => formatDate(isoDate, intl),
    instant: (iso) => formatInstant(iso, intl, timeZone),
  };
}

const english = messagesFor('en-US', 'UTC');
const MessagesContext = createContext<Messages>(english);

export function MessagesProvider({ value, children }: { value: Messages; children: ReactNode }) {
  return createElement(MessagesContext.Provider, { value }, children);
}

/** The words of the extension this component is in (English in UTC outside a provider). */
export function useMessages(): Messages {
  return useContext(MessagesContext);
}

/**
 * A call whose failures read in the user's language. The functions already answer in it; this
 * covers the few failures the extension itself produces (the app unreachable, an answer it cannot
 * read), whose English ids are in the common catalog. A message the catalog lacks passes as is.
 */
export function speaking(call: Call, messages: Messages): Call {
  return async (op, input) => {
    const result = await call(op, input);
    if (result.ok) return result;
    return {
      ok: false,
      error: { ...result.error, message: messages.t(result.error.message as UiMessage) },
    };
  };
}

/** Catalogs already fetched in this extension's session, by surface and language. */
const fetched = new Map<string, Catalog>();

/**
 * The user's words for an extension: English at once; another language once its catalog has
 * come from the functions (null until then, so the extension shows a spinner rather than
 * flashing English). If the catalog cannot be had, English: a rep is never left with nothing.
 */
export function useLanguage(
  call: Call,
  surface: Surface,
  locale: string | null | undefined,
  timeZone: string,
): Messages | null {
  const language = languageOf(locale);
  const key = `${surface}:${language}`;
  const [catalog, setCatalog] = useState<Catalog | null | undefined>(() =>
    language === 'en' ? null : fetched.get(key),
  );
  useEffect(() => {
    if (catalog !== undefined) return;
    let live = true;
    const op = surface === 'card' ? 'messages.card' : 'messages.settings';
    void call(op, { language }).then((result) => {
      if (!live) return;
      if (result.ok) fetched.set(key, result.data.messages);
      setCatalog(result.ok ? result.data.messages : null);
    });
    return () => {
      live = false;
    };
  }, [call, catalog, key, language, surface]);
  if (catalog === undefined) return null;
  return messagesFor(locale, timeZone, catalog);
}

/** The one word shown before any catalog is at hand: while the catalog itself loads. */
export function loadingLabel(locale: string | null | undefined): string {
  return loadingWords[languageOf(locale)];
}
