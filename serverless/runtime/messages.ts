import { catalogFor } from '@qbo-invoicing/messages/catalogs';
import type { OperationOutput } from '@qbo-invoicing/contract';
import type { Language } from '@qbo-invoicing/messages';

/**
 * An extension's catalog in the user's language: the extensions carry English only (it is the
 * messages' ids), so a Spanish user's card asks for its Spanish once per session.
 */
function catalogAnswer(language: Language, surface: 'card' | 'settings') {
  return { language, messages: { ...(catalogFor(language, surface) ?? {}) } };
}

export const cardMessages = async ({
  language,
}: {
  language: Language;
}): Promise<OperationOutput<'messages.card'>> => catalogAnswer(language, 'card');

export const settingsMessages = async ({
  language,
}: {
  language: Language;
}): Promise<OperationOutput<'messages.settings'>> => catalogAnswer(language, 'settings');
