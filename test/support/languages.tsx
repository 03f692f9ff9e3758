import type { ReactElement } from 'react';
import { catalogFor } from '@qbo-invoicing/messages/catalogs';
import { messagesFor, MessagesProvider, type Messages } from '@qbo-invoicing/ui';

/**
 * The words an extension has for a user: what `useLanguage` builds once the functions sent the
 * catalog. Spanish by default (Spain), in the portal's time zone.
 */
export function wordsFor(
  surface: 'card' | 'settings',
  locale = 'es-ES',
  timeZone = 'Europe/Madrid',
): Messages {
  return messagesFor(locale, timeZone, catalogFor(locale.startsWith('es') ? 'es' : 'en', surface));
}

/** A component as a Spanish-speaking user meets it (`renderer.render(inSpanish(<Card …/>))`). */
export function inSpanish(
  element: ReactElement,
  surface: 'card' | 'settings' = 'card',
  locale = 'es-ES',
  timeZone = 'Europe/Madrid',
): ReactElement {
  return <MessagesProvider value={wordsFor(surface, locale, timeZone)}>{element}</MessagesProvider>;
}
