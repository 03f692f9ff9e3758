import { useState } from 'react';
import {
  Alert,
  Button,
  Flex,
  Input,
  LoadingButton,
  SearchInput,
  Select,
  Text,
  Tile,
} from '@hubspot/ui-extensions';
import type { CustomerSummary, NewCustomer } from '../../../shared/contract';
import type { Call } from '../../../shared/call';
import type { PrepareData } from '../state';
import { usePagedSearch } from '../usePagedSearch';

/**
 * The QuickBooks customer: the proposed match with its reason, a server-side search, or a new
 * customer prefilled from HubSpot.
 */
export function CustomerStep({
  call,
  realmId,
  submissionId,
  prepared,
  customer,
  onChoose,
}: {
  call: Call;
  realmId: string;
  submissionId: string;
  prepared: PrepareData;
  customer: CustomerSummary | null;
  onChoose: (customer: CustomerSummary) => void;
}) {
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
  const [creating, setCreating] = useState<NewCustomer | null>(null);
  const [createState, setCreateState] = useState<{ busy: boolean; message: string | null }>({
    busy: false,
    message: null,
  });
  const match = prepared.customerMatch;

  const create = async () => {
    if (!creating) return;
    setCreateState({ busy: true, message: null });
    const result = await call('customers.create', { realmId, submissionId, customer: creating });
    if (!result.ok) {
      setCreateState({
        busy: false,
        message: [result.error.message, result.error.fix].filter(Boolean).join(' '),
      });
    } else if (result.data.outcome === 'nameTaken') {
      setCreating({ ...creating, displayName: result.data.suggestedName });
      setCreateState({
        busy: false,
        message: `${result.data.message} The free name “${result.data.suggestedName}” is filled in.`,
      });
    } else {
      setCreating(null);
      setCreateState({ busy: false, message: null });
      onChoose(result.data.customer);
    }
  };

  const field = (key: 'displayName' | 'companyName' | 'email', label: string) =>
    creating ? (
      <Input
        name={key}
        label={label}
        value={creating[key] ?? ''}
        onChange={(value: string) =>
          setCreating({ ...creating, [key]: value === '' && key !== 'displayName' ? null : value })
        }
      />
    ) : null;

  return (
    <Flex direction="column" gap="sm">
      {customer ? (
        <Tile compact={true} testId="chosen-customer">
          <Text format={{ fontWeight: 'demibold' }}>{customer.displayName}</Text>
          <Text variant="microcopy">
            {[customer.email ?? 'no email', customer.currency].join(' · ')}
            {match && match.customer.id === customer.id ? ` · ${match.reason}` : ''}
          </Text>
        </Tile>
      ) : (
        <Text testId="no-match">
          No QuickBooks customer matches this deal’s contact or company. Search for one or create
          it.
        </Text>
      )}
      <SearchInput
        name="customerSearch"
        label="Find another QuickBooks customer"
        onChange={(text: string) => void customers.search(text)}
      />
      {customers.error ? <Text variant="microcopy">{customers.error.message}</Text> : null}
      {results.length > 0 ? (
        <Select
          name="customerResult"
          label="Matching customers"
          options={results.map((result) => ({
            label: `${result.displayName}${result.email ? ` (${result.email})` : ''}`,
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
          Show more customers
        </Button>
      ) : null}
      {creating ? (
        <Tile testId="new-customer">
          <Flex direction="column" gap="xs">
            {field('displayName', 'Display name')}
            {field('companyName', 'Company')}
            {field('email', 'Email')}
            {prepared.profile.multiCurrency ? (
              <Input
                name="currency"
                label="Currency (fixed once created)"
                value={creating.currency ?? prepared.profile.homeCurrency}
                onChange={(value: string) =>
                  setCreating({ ...creating, currency: value.toUpperCase() || null })
                }
              />
            ) : null}
            {createState.message ? (
              <Alert
                title="The customer was not created"
                variant="warning"
                testId="create-customer-message"
              >
                {createState.message}
              </Alert>
            ) : null}
            <Flex gap="sm">
              <LoadingButton
                testId="create-customer"
                variant="primary"
                loading={createState.busy}
                onClick={create}
              >
                Create customer in QuickBooks
              </LoadingButton>
              <Button onClick={() => setCreating(null)}>Cancel</Button>
            </Flex>
          </Flex>
        </Tile>
      ) : (
        <Button testId="new-customer-button" onClick={() => setCreating(prepared.customerPrefill)}>
          Create a new QuickBooks customer
        </Button>
      )}
    </Flex>
  );
}
