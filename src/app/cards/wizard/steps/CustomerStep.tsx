import { useState } from 'react';
import { Alert, Button, Flex, Text, Tile } from '@hubspot/ui-extensions';
import type { CustomerSummary } from '@qbo-invoicing/contract';
import { useMessages, type Call } from '@qbo-invoicing/ui';
import { say } from '../say';
import { warningsOf, type Form, type PrepareData } from '../state';
import { NewCustomerForm } from './NewCustomerForm';
import { SearchPicker } from './SearchPicker';

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
      <SearchPicker
        call={call}
        op="customers.search"
        realmId={realmId}
        name="customer"
        label={t('Find another QuickBooks customer')}
        resultsLabel="Matching customers"
        moreLabel="Show more customers"
        optionLabel={(row) =>
          `${row.displayName}${row.email ? ` (${row.email})` : ''} · ${row.currency}`
        }
        value={customer?.id}
        onPick={onChoose}
      />
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
