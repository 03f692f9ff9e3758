import { hubspot } from '@hubspot/ui-extensions';
import { CreateInvoiceCardView } from './components/CreateInvoiceCardView';
import { InLanguage } from './components/InLanguage';
import { appSettingsUrl } from './components/settingsLink';

// The wizard is its own card (deals only) so the invoices card's bundle stays under its budget
// (docs/benchmarks.md, "UI extension bundles").
hubspot.extend<'crm.record.sidebar'>(({ context, actions }) => {
  const timeZone = context.portal.timezone || 'UTC';
  return (
    <InLanguage locale={context.user.locale ?? context.user.language} timeZone={timeZone}>
      {(call) => (
        <CreateInvoiceCardView
          call={call}
          timeZone={timeZone}
          settingsUrl={appSettingsUrl(context)}
          onCreated={actions.refreshObjectProperties}
        />
      )}
    </InLanguage>
  );
});
