import { useState } from 'react';
import { Alert, Button, Flex, Input, LoadingButton, Text, Tile } from '@hubspot/ui-extensions';
import { newCustomerProblems } from '@qbo-invoicing/contract/catalog';
import type { CustomerSummary, NewCustomer } from '@qbo-invoicing/contract';
import { useMessages, type Call, type Messages } from '@qbo-invoicing/ui';
import type { CardMessage } from '@qbo-invoicing/messages';
import type { PrepareData } from '../state';

type Address = NonNullable<NewCustomer['billAddr']>;
const noAddress: Address = {
  line1: null,
  city: null,
  region: null,
  postalCode: null,
  country: null,
};

const labels: Record<string, CardMessage> = {
  displayName: 'Display name',
  companyName: 'Company',
  givenName: 'First name',
  familyName: 'Last name',
  email: 'Email',
  line1: 'Billing address',
  city: 'City',
  region: 'State or region',
  postalCode: 'Postal code',
  country: 'Country',
  currency: 'Currency',
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

/** Why the customer cannot be sent yet (the contract's own rules), in the user's words. */
function problemsOf(customer: NewCustomer, t: Messages['t']): string[] {
  return newCustomerProblems(customer).map(({ path, message }) => {
    const key = path[path.length - 1] ?? '';
    const field = t(labels[key] ?? 'Display name');
    const limit = /at most (\d+)/.exec(message)?.[1];
    if (limit) return t('{field}: at most {limit} characters.', { field, limit: Number(limit) });
    if (key === 'email') return t('Enter a valid email address.');
    if (key === 'currency') return t('Enter the currency as a three-letter code, for example EUR.');
    if (message.includes(':'))
      return t(
        'The display name cannot contain a colon (:), which QuickBooks keeps for sub-customers.',
      );
    return t('Enter a display name.');
  });
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
  const { t } = useMessages();
  const [draft, setDraft] = useState<NewCustomer>(prepared.customerPrefill);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const customer = toSend(draft, prepared);
  const problems = problemsOf(customer, t);
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
        `${result.data.message} ${t('The free name “{name}” is filled in: create the customer with it, or change it.', { name: result.data.suggestedName })}`,
      );
    } else {
      onCreated(result.data.customer);
    }
  };

  const text = (key: 'displayName' | 'companyName' | 'email') => (
    <Input
      name={key}
      label={t(labels[key] as CardMessage)}
      required={key === 'displayName'}
      value={draft[key] ?? ''}
      onChange={(value: string) =>
        setDraft({ ...draft, [key]: value === '' && key !== 'displayName' ? null : value })
      }
    />
  );
  const line = (key: keyof Address) => (
    <Input
      name={`billAddr-${key}`}
      label={t(labels[key] as CardMessage)}
      value={address[key] ?? ''}
      onChange={(value: string) =>
        setDraft({ ...draft, billAddr: { ...address, [key]: value === '' ? null : value } })
      }
    />
  );

  return (
    <Tile testId="new-customer">
      <Flex direction="column" gap="xs">
        {text('displayName')}
        {text('companyName')}
        {text('email')}
        {line('line1')}
        <Flex gap="sm">
          {line('city')}
          {line('region')}
          {line('postalCode')}
          {line('country')}
        </Flex>
        {prepared.profile.multiCurrency ? (
          <Input
            name="currency"
            label={t('Currency (fixed once created)')}
            description={t(
              'The three-letter code, for example EUR. Invoices to this customer will be in it.',
            )}
            value={customer.currency ?? ''}
            onChange={(value: string) =>
              setDraft({ ...draft, currency: value.trim().toUpperCase() || null })
            }
          />
        ) : null}
        {message ? (
          <Alert
            title={t('The customer was not created')}
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
            {t('Create customer in QuickBooks')}
          </LoadingButton>
          <Button testId="cancel-new-customer" onClick={onCancel}>
            {t('Cancel')}
          </Button>
        </Flex>
      </Flex>
    </Tile>
  );
}
