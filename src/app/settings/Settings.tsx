import { useMemo } from 'react';
import { hubspot, LoadingSpinner } from '@hubspot/ui-extensions';
import { settingsOperationRoutes } from '@qbo-invoicing/contract/catalog';
import { callIn, loadingLabel, MessagesProvider, speaking, useLanguage } from '@qbo-invoicing/ui';
import { SettingsView } from './components/SettingsView';

hubspot.extend<'settings'>(({ context }) => (
  <Settings
    locale={context.user.locale ?? context.user.language}
    timeZone={context.portal.timezone || 'UTC'}
  />
));

function Settings({ locale, timeZone }: { locale: string | undefined; timeZone: string }) {
  const call = useMemo(() => callIn(settingsOperationRoutes, locale), [locale]);
  const messages = useLanguage(call, 'settings', locale, timeZone);
  const saying = useMemo(() => (messages ? speaking(call, messages) : call), [call, messages]);
  if (!messages) return <LoadingSpinner label={loadingLabel(locale)} layout="centered" />;
  return (
    <MessagesProvider value={messages}>
      <SettingsView call={saying} />
    </MessagesProvider>
  );
}
