import { Flex, Input, Select } from '@hubspot/ui-extensions';
import type { Form } from '../state';
import { dueDateOf } from '../state';

/** Payment term, invoice date and the due date the term gives (editable). */
export function TermsStep({
  form,
  onForm,
}: {
  form: Form;
  onForm: (patch: Partial<Pick<Form, 'termId' | 'txnDate' | 'dueDateOverride'>>) => void;
}) {
  const terms = form.prepared?.terms ?? [];
  return (
    <Flex direction="column" gap="sm">
      <Select
        name="termId"
        label="Payment term"
        value={form.termId ?? ''}
        options={[
          { label: 'No term', value: '' },
          ...terms.map((term) => ({ label: term.name, value: term.id })),
        ]}
        onChange={(value) => onForm({ termId: String(value) || null, dueDateOverride: null })}
      />
      <Input
        name="txnDate"
        label="Invoice date (YYYY-MM-DD)"
        value={form.txnDate}
        onChange={(txnDate: string) => onForm({ txnDate })}
      />
      <Input
        name="dueDate"
        label="Due date (YYYY-MM-DD)"
        description={
          form.dueDateOverride ? 'Set by hand.' : 'From the payment term; change it if needed.'
        }
        value={dueDateOf(form)}
        onChange={(value: string) => onForm({ dueDateOverride: value.trim() || null })}
      />
    </Flex>
  );
}
