import { useState } from 'react';
import { Alert, Button, Flex, Input, LoadingButton, Text, Tile } from '@hubspot/ui-extensions';
import { newCustomerProblems } from '@qbo-invoicing/contract/catalog';
import type { CustomerSummary, NewCustomer } from '@qbo-invoicing/contract';
import type { Call } from '@qbo-invoicing/ui';
import type { PrepareData } from '../state';

type Address = NonNullable<NewCustomer['billAddr']>;
const noAddress: Address = {
  line1: null,
  city: null,
  region: null,
  postalCode: null,
  country: null,
};

const labels: Record<string, string> = {
  displayName: 'Display name',
  companyName: 'Company',
  email: 'Email',
  currency: 'Currency',
  billAddr: 'Billing address',
};

/** The customer as it will be sent: empty text is "not given", the currency only where it exists. */
function toSend(draft: NewCustomer, prepared: PrepareData): NewCustomer {
  const address = draft.billAddr;
  const hasAddress = address && Object.values(address).some((value) => value);
  return {
    ...draft,
    billAddr: hasAddress ? address : null,
    currency: prepared.profile.multiCurrency
      ? (draft.currency ?? prepared.profile.homeCurrency)
      : null,
  };
}

/** Why the customer cannot be sent yet, in words (the contract's own rules). */
function problemsOf(customer: NewCustomer): string[] {
  return newCustomerProblems(customer).map(
    ({ path, message }) => `${labels[path[0] ?? ''] ?? path[0]} ${message}.`,
  );
}

/**
 * A new QuickBooks customer, prefilled from HubSpot. A display name already used (QuickBooks
 * names are unique across customers, vendors and employees) comes back with a free name filled in.
 */
export function NewCustomerForm({
  call,
  realmId,
  submissionId,
  prepared,
  onCreated,
  onCancel,
}: {
  call: Call;
  realmId: string;
  submissionId: string;
  prepared: PrepareData;
  onCreated: (customer: CustomerSummary) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState<NewCustomer>(prepared.customerPrefill);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const customer = toSend(draft, prepared);
  const problems = problemsOf(customer);
  const address = draft.billAddr ?? noAddress;

  const create = async () => {
    if (busy || problems.length > 0) return;
    setBusy(true);
    setMessage(null);
    const result = await call('customers.create', { realmId, submissionId, customer });
    setBusy(false);
    if (!result.ok) {
      setMessage([result.error.message, result.error.fix].filter(Boolean).join(' '));
    } else if (result.data.outcome === 'nameTaken') {
      setDraft({ ...draft, displayName: result.data.suggestedName });
      setMessage(
        `${result.data.message} The free name “${result.data.suggestedName}” is filled in: create the customer with it, or change it.`,
      );
    } else {
      onCreated(result.data.customer);
    }
  };

  const text = (key: 'displayName' | 'companyName' | 'email', label: string) => (
    <Input
      name={key}
      label={label}
      required={key === 'displayName'}
      value={draft[key] ?? ''}
      onChange={(value: string) =>
        setDraft({ ...draft, [key]: value === '' && key !== 'displayName' ? null : value })
      }
    />
  );
  const line = (key: keyof Address, label: string) => (
    <Input
      name={`billAddr-${key}`}
      label={label}
      value={address[key] ?? ''}
      onChange={(value: string) =>
        setDraft({ ...draft, billAddr: { ...address, [key]: value === '' ? null : value } })
      }
    />
  );

  return (
    <Tile testId="new-customer">
      <Flex direction="column" gap="xs">
        {text('displayName', 'Display name')}
        {text('companyName', 'Company')}
        {text('email', 'Email')}
        {line('line1', 'Billing address')}
        <Flex gap="sm">
          {line('city', 'City')}
          {line('region', 'State or region')}
          {line('postalCode', 'Postal code')}
          {line('country', 'Country')}
        </Flex>
        {prepared.profile.multiCurrency ? (
          <Input
            name="currency"
            label="Currency (fixed once created)"
            description="The three-letter code, for example EUR. Invoices to this customer will be in it."
            value={customer.currency ?? ''}
            onChange={(value: string) =>
              setDraft({ ...draft, currency: value.trim().toUpperCase() || null })
            }
          />
        ) : null}
        {message ? (
          <Alert
            title="The customer was not created"
            variant="warning"
            testId="create-customer-message"
          >
            {message}
          </Alert>
        ) : null}
        {problems.length > 0 ? (
          <Text variant="microcopy" testId="new-customer-problems">
            {problems.join(' ')}
          </Text>
        ) : null}
        <Flex gap="sm">
          <LoadingButton
            testId="create-customer"
            variant="primary"
            loading={busy}
            disabled={problems.length > 0}
            onClick={() => void create()}
          >
            Create customer in QuickBooks
          </LoadingButton>
          <Button testId="cancel-new-customer" onClick={onCancel}>
            Cancel
          </Button>
        </Flex>
      </Flex>
    </Tile>
  );
}
