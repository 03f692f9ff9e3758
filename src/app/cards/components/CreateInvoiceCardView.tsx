import { Button, Flex, Text } from '@hubspot/ui-extensions';
import { useMessages, type Call } from '@qbo-invoicing/ui';
import { WizardPanel } from '../wizard/WizardPanel';

export interface CreateInvoiceCardViewProps {
  call: Call;
  timeZone: string;
  /** Where the wizard sends an admin to connect or reconnect a QuickBooks company. */
  settingsUrl: string;
  /**
   * After an invoice is created: the extension's `actions.refreshObjectProperties()`, so the
   * deal's invoice properties (written by the create) are read again and the invoices card,
   * listening with `onCrmPropertiesUpdate`, reloads its list. HubSpot's UI extensions SDK
   * reference, "Refresh properties on the CRM record" and "Listen for property updates"
   * (developers.hubspot.com/docs/apps/developer-platform/add-features/ui-extensibility/ui-extensions-sdk).
   */
  onCreated: () => void;
}

/** The deal's Create invoice card: one line and the button that opens the wizard. */
export function CreateInvoiceCardView({
  call,
  timeZone,
  settingsUrl,
  onCreated,
}: CreateInvoiceCardViewProps) {
  const { t } = useMessages();
  return (
    <Flex direction="column" gap="sm" align="start">
      <Text>{t('Create a QuickBooks invoice from this deal, its quote or its line items.')}</Text>
      <Button
        testId="create-invoice-button"
        variant="primary"
        overlay={
          <WizardPanel
            call={call}
            timeZone={timeZone}
            settingsUrl={settingsUrl}
            onCreated={onCreated}
          />
        }
      >
        {t('Create invoice')}
      </Button>
    </Flex>
  );
}
