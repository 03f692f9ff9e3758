import { useMemo, type ReactElement } from 'react';
import { LoadingSpinner } from '@hubspot/ui-extensions';
import { cardOperationRoutes } from '@qbo-invoicing/contract/catalog';
import {
  callIn,
  loadingLabel,
  MessagesProvider,
  speaking,
  useLanguage,
  type Call,
} from '@qbo-invoicing/ui';

/**
 * A card's body in the user's language: loads the card catalog from the functions (the bundle
 * carries none) and hands the body a `call` that says the user's locale with every request.
 */
export function InLanguage({
  locale,
  timeZone,
  children,
}: {
  locale: string | undefined;
  timeZone: string;
  children: (call: Call) => ReactElement;
}) {
  const call = useMemo(() => callIn(cardOperationRoutes, locale), [locale]);
  const messages = useLanguage(call, 'card', locale, timeZone);
  const saying = useMemo(() => (messages ? speaking(call, messages) : call), [call, messages]);
  if (!messages) return <LoadingSpinner label={loadingLabel(locale)} layout="centered" />;
  return <MessagesProvider value={messages}>{children(saying)}</MessagesProvider>;
}
