import { useMemo } from 'react';
import { hubspot, LoadingSpinner } from '@hubspot/ui-extensions';
import type { RecordObjectType } from '@qbo-invoicing/contract';
import { callIn, loadingLabel, MessagesProvider, speaking, useLanguage } from '@qbo-invoicing/ui';
import { InvoicesCardView } from './components/InvoicesCardView';
import { appSettingsUrl } from './components/settingsLink';

/** HubSpot's object type ids for the records the card is configured on. */
const objectTypes: Record<string, RecordObjectType> = {
  '0-1': 'contacts',
  '0-2': 'companies',
  '0-3': 'deals',
};

hubspot.extend<'crm.record.sidebar'>(({ context, actions }) => {
  const locale = context.user.locale ?? context.user.language;
  const timeZone = context.portal.timezone || 'UTC';
  return (
    <Card
      locale={locale}
      timeZone={timeZone}
      objectType={objectTypes[context.crm.objectTypeId] ?? 'deals'}
      settingsUrl={appSettingsUrl(context)}
      copyText={actions.copyTextToClipboard}
    />
  );
});

function Card(props: {
  locale: string | undefined;
  timeZone: string;
  objectType: RecordObjectType;
  settingsUrl: string;
  copyText: (text: string) => Promise<void>;
}) {
  const { locale, timeZone, ...view } = props;
  const call = useMemo(() => callIn(locale, 'invoices'), [locale]);
  const messages = useLanguage(call, 'card', locale, timeZone);
  const saying = useMemo(() => (messages ? speaking(call, messages) : call), [call, messages]);
  if (!messages) return <LoadingSpinner label={loadingLabel(locale)} layout="centered" />;
  return (
    <MessagesProvider value={messages}>
      <InvoicesCardView {...view} timeZone={timeZone} call={saying} />
    </MessagesProvider>
  );
}
