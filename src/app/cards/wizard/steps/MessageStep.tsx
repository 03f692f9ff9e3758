import { Flex, Input, TextArea } from '@hubspot/ui-extensions';
import { useMessages } from '@qbo-invoicing/ui';
import type { Form, FormPatch } from '../state';

/** The message to the customer, and the invoice number where the company numbers its own. */
export function MessageStep({ form, onForm }: { form: Form; onForm: (patch: FormPatch) => void }) {
  const { t } = useMessages();
  return (
    <Flex direction="column" gap="sm">
      <TextArea
        name="memo"
        label={t('Message to the customer')}
        value={form.memo}
        maxLength={1000}
        onChange={(memo: string) => onForm({ memo })}
      />
      {form.prepared?.profile.customTxnNumbers ? (
        <Input
          name="docNumber"
          label={t('Invoice number')}
          description={t(
            'Proposed from this company’s latest invoices; checked before the invoice is created.',
          )}
          value={form.docNumber}
          onChange={(docNumber: string) => onForm({ docNumber })}
        />
      ) : null}
    </Flex>
  );
}
