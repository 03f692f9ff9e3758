import { hubspot } from '@hubspot/ui-extensions';
import type { RecordObjectType } from '@qbo-invoicing/contract';
import { InLanguage } from './components/InLanguage';
import { InvoicesCardView } from './components/InvoicesCardView';
import { appSettingsUrl } from './components/settingsLink';

/** HubSpot's object type ids for the records the card is configured on. */
const objectTypes: Record<string, RecordObjectType> = {
  '0-1': 'contacts',
  '0-2': 'companies',
  '0-3': 'deals',
};

hubspot.extend<'crm.record.sidebar'>(({ context, actions }) => {
  const timeZone = context.portal.timezone || 'UTC';
  return (
    <InLanguage locale={context.user.locale ?? context.user.language} timeZone={timeZone}>
      {(call) => (
        <InvoicesCardView
          objectType={objectTypes[context.crm.objectTypeId] ?? 'deals'}
          timeZone={timeZone}
          call={call}
          settingsUrl={appSettingsUrl(context)}
          copyText={actions.copyTextToClipboard}
          onPropertiesUpdate={actions.onCrmPropertiesUpdate}
        />
      )}
    </InLanguage>
  );
});
