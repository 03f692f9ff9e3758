import { Alert, Flex, Link, Text } from '@hubspot/ui-extensions';
import { formatMoney, type Call } from '@qbo-invoicing/ui';
import { SendAfterCreate } from '../../components/SendAfterCreate';
import type { CreatedData } from '../state';

/** The invoice is in QuickBooks: what was created, the way to open it there, and Send invoice. */
export function CreatedStep({
  created,
  call,
  timeZone,
  onSent,
}: {
  created: CreatedData;
  call: Call;
  timeZone: string;
  onSent: () => void;
}) {
  const { invoice, quickBooksUrl, dealPropertiesUpdated, notes } = created;
  return (
    <Flex direction="column" gap="sm">
      <Alert title="Draft invoice created" variant="success" testId="created">
        {`Invoice ${invoice.number ?? invoice.invoiceId} for ${invoice.customerName}, ${formatMoney(invoice.total, invoice.currency)}, is in QuickBooks and linked to this deal. It has not been sent.`}
      </Alert>
      <Link href={{ url: quickBooksUrl, external: true }} testId="open-in-quickbooks">
        Open it in QuickBooks
      </Link>
      <SendAfterCreate call={call} timeZone={timeZone} invoice={invoice} onSent={onSent} />
      {dealPropertiesUpdated ? null : (
        <Text variant="microcopy" testId="deal-properties-left">
          The deal’s invoice properties were left alone: this invoice is in another currency.
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
