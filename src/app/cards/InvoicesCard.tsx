import { hubspot } from '@hubspot/ui-extensions';
import type { RecordObjectType } from '@qbo-invoicing/contract';
import { call } from '@qbo-invoicing/ui';
import { InvoicesCardView } from './components/InvoicesCardView';

/** HubSpot's object type ids for the records the card is configured on. */
const objectTypes: Record<string, RecordObjectType> = {
  '0-1': 'contacts',
  '0-2': 'companies',
  '0-3': 'deals',
};

hubspot.extend<'crm.record.sidebar'>(({ context, actions }) => (
  <InvoicesCardView
    objectType={objectTypes[context.crm.objectTypeId] ?? 'deals'}
    timeZone={context.portal.timezone || 'UTC'}
    call={call}
    settingsUrl={`https://app.hubspot.com/integrations-settings/${context.portal.id}/installed`}
    copyText={actions.copyTextToClipboard}
  />
));
