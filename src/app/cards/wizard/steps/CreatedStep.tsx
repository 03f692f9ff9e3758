import { Alert, Flex, Text } from '@hubspot/ui-extensions';
import { useMessages, type Call } from '@qbo-invoicing/ui';
import { SendAfterCreate } from '../../components/SendAfterCreate';
import type { CreatedData } from '../state';

/**
 * The invoice is in QuickBooks: what was created, and Send invoice. Open in QuickBooks and Close
 * are in the panel's footer.
 */
export function CreatedStep({
  created,
  company,
  call,
  timeZone,
  onSent,
}: {
  created: CreatedData;
  /** The QuickBooks company it was created in, named when known. */
  company?: string;
  call: Call;
  timeZone: string;
  onSent: () => void;
}) {
  const { t, money } = useMessages();
  const { invoice, dealPropertiesUpdated, notes } = created;
  return (
    <Flex direction="column" gap="sm">
      <Alert title={t('Draft invoice created')} variant="success" testId="created">
        {t(
          company
            ? 'Invoice {number} for {customer}, {total}, is in {company} in QuickBooks and linked to this deal. It has not been sent.'
            : 'Invoice {number} for {customer}, {total}, is in QuickBooks and linked to this deal. It has not been sent.',
          {
            number: invoice.number ?? invoice.invoiceId,
            customer: invoice.customerName,
            total: money(invoice.total, invoice.currency),
            company: company ?? '',
          },
        )}
      </Alert>
      <SendAfterCreate call={call} timeZone={timeZone} invoice={invoice} onSent={onSent} />
      {dealPropertiesUpdated ? null : (
        <Text variant="microcopy" testId="deal-properties-left">
          {t('The deal’s invoice properties were left alone: this invoice is in another currency.')}
        </Text>
      )}
      {notes.map((note) => (
        <Text key={note} variant="microcopy">
          {note}
        </Text>
      ))}
    </Flex>
  );
}
