import { DateInput, Flex, Select } from '@hubspot/ui-extensions';
import { useMessages } from '@qbo-invoicing/ui';
import { fromPicked, toPicked } from '../dates';
import { dueDateOf, type Form, type FormPatch } from '../state';

/** Payment term, invoice date and the due date the term gives (editable). */
export function TermsStep({ form, onForm }: { form: Form; onForm: (patch: FormPatch) => void }) {
  const { t } = useMessages();
  const terms = form.prepared?.terms ?? [];
  const customerTerm = form.customer?.termId ?? null;
  return (
    <Flex direction="column" gap="sm">
      <Select
        name="termId"
        label={t('Payment term')}
        description={
          customerTerm && customerTerm === form.termId
            ? t('The customer’s own term in QuickBooks.')
            : undefined
        }
        value={form.termId ?? ''}
        options={[
          { label: t('No term (due on the invoice date)'), value: '' },
          ...terms.map((term) => ({ label: term.name, value: term.id })),
        ]}
        onChange={(value) => onForm({ termId: String(value) || null, dueDateOverride: null })}
      />
      <DateInput
        name="txnDate"
        label={t('Invoice date')}
        format="medium"
        timezone="portalTz"
        value={toPicked(form.txnDate)}
        onChange={(picked) => onForm({ txnDate: fromPicked(picked) ?? '' })}
      />
      <DateInput
        name="dueDate"
        label={t('Due date')}
        format="medium"
        timezone="portalTz"
        description={
          form.dueDateOverride
            ? t('Set by hand.')
            : t('From the payment term; change it if needed.')
        }
        min={toPicked(form.txnDate)}
        minValidationMessage={t('The due date cannot be before the invoice date.')}
        value={toPicked(dueDateOf(form))}
        onChange={(picked) => onForm({ dueDateOverride: fromPicked(picked) })}
      />
    </Flex>
  );
}
