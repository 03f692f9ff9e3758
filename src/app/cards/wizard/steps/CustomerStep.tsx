import { useState } from 'react';
import { Alert, Button, Flex, SearchInput, Select, Text, Tile } from '@hubspot/ui-extensions';
import type { CustomerSummary } from '@qbo-invoicing/contract';
import { useMessages, type Call } from '@qbo-invoicing/ui';
import { say } from '../say';
import { warningsOf, type Form, type PrepareData } from '../state';
import { usePagedSearch } from '../usePagedSearch';
import { NewCustomerForm } from './NewCustomerForm';

/**
 * The QuickBooks customer: the proposed match with its reason, a server-side search, or a new
 * customer prefilled from HubSpot.
 */
export function CustomerStep({
  call,
  realmId,
  submissionId,
  prepared,
  form,
  onChoose,
}: {
  call: Call;
  realmId: string;
  submissionId: string;
  prepared: PrepareData;
  form: Form;
  onChoose: (customer: CustomerSummary) => void;
}) {
  const messages = useMessages();
  const { t } = messages;
  const customers = usePagedSearch<CustomerSummary>(async (text, startPosition) => {
    const result = await call('customers.search', { realmId, text, startPosition });
    return result.ok
      ? {
          ok: true,
          data: { rows: result.data.customers, nextStartPosition: result.data.nextStartPosition },
        }
      : result;
  });
  const results = customers.rows;
  const [creating, setCreating] = useState(false);
  const match = prepared.customerMatch;
  const customer = form.customer;
  const warnings = warningsOf(form);

  return (
    <Flex direction="column" gap="sm">
      {customer ? (
        <Tile compact={true} testId="chosen-customer">
          <Text format={{ fontWeight: 'demibold' }}>{customer.displayName}</Text>
          <Text variant="microcopy">
            {[
              customer.email ?? t('No email address'),
              customer.currency,
              ...(match && match.customer.id === customer.id ? [match.reason] : []),
            ].join(' · ')}
          </Text>
        </Tile>
      ) : (
        <Text testId="no-match">
          {t(
            'No QuickBooks customer matches this deal’s contact or company. Search for one or create it.',
          )}
        </Text>
      )}
      {warnings.map((warning, index) => (
        <Alert
          key={warning.id}
          title={t('Note')}
          variant="warning"
          testId={`customer-warning-${index}`}
        >
          {say(messages, warning)}
        </Alert>
      ))}
      <SearchInput
        name="customerSearch"
        label={t('Find another QuickBooks customer')}
        onChange={(text: string) => void customers.search(text)}
      />
      {customers.error ? (
        <Text variant="microcopy" testId="customer-search-error">
          {[customers.error.message, customers.error.fix].filter(Boolean).join(' ')}
        </Text>
      ) : null}
      {results.length > 0 ? (
        <Select
          name="customerResult"
          label={t('Matching customers')}
          value={results.some((row) => row.id === customer?.id) ? customer?.id : undefined}
          options={results.map((result) => ({
            label: `${result.displayName}${result.email ? ` (${result.email})` : ''} · ${result.currency}`,
            value: result.id,
          }))}
          onChange={(id) => {
            const picked = results.find((result) => result.id === String(id));
            if (picked) onChoose(picked);
          }}
        />
      ) : null}
      {customers.next !== null ? (
        <Button
          testId="more-customers"
          variant="secondary"
          size="xs"
          onClick={() => void customers.more()}
        >
          {t('Show more customers')}
        </Button>
      ) : null}
      {creating ? (
        <NewCustomerForm
          call={call}
          realmId={realmId}
          submissionId={submissionId}
          prepared={prepared}
          onCreated={(created) => {
            setCreating(false);
            onChoose(created);
          }}
          onCancel={() => setCreating(false)}
        />
      ) : (
        <Button testId="new-customer-button" onClick={() => setCreating(true)}>
          {t('Create a new QuickBooks customer')}
        </Button>
      )}
    </Flex>
  );
}
