import { useState } from 'react';
import {
  Alert,
  Button,
  Flex,
  Input,
  LoadingButton,
  Select,
  Text,
  TextArea,
  Tile,
  Toggle,
} from '@hubspot/ui-extensions';
import type {
  IncomeAccount,
  ItemSummary,
  NewItem,
  NewItemType,
  OperationError,
} from '@qbo-invoicing/contract';
import { newItemLimits, newItemNameProblem, newItemTypes } from '@qbo-invoicing/contract/catalog';
import { isDecimal } from '@qbo-invoicing/invoicing';
import { useMessages, type Call } from '@qbo-invoicing/ui';

/** What each type means to someone who does not speak QuickBooks. */
const typeLabels = {
  Service: 'Service (work you do)',
  NonInventory: 'Non-inventory product (goods you do not track)',
} as const satisfies Record<NewItemType, string>;

/**
 * A new QuickBooks item (a product or service) for a quote line that matches none, pre-filled
 * from the HubSpot product on the line: name, SKU, description, price; the rep chooses its type
 * and income account, and whether it is taxable (US sales tax). One request id per form, so a
 * retry after a lost answer creates one item.
 */
export function CreateItemForm({
  call,
  realmId,
  testId,
  prefill,
  currency,
  usSalesTax,
  incomeAccounts,
  onCreated,
  onCancel,
}: {
  call: Call;
  realmId: string;
  testId: string;
  prefill: Omit<NewItem, 'incomeAccountId'>;
  currency: string;
  usSalesTax: boolean;
  incomeAccounts: IncomeAccount[];
  onCreated: (item: ItemSummary) => void;
  onCancel: () => void;
}) {
  const { t } = useMessages();
  const [item, setItem] = useState<NewItem>({
    ...prefill,
    incomeAccountId: incomeAccounts[0]?.id ?? '',
  });
  const [requestId] = useState(() => crypto.randomUUID());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<OperationError | null>(null);
  const change = (patch: Partial<NewItem>) => setItem((current) => ({ ...current, ...patch }));

  const nameProblem = newItemNameProblem(item.name);
  const problems = {
    name:
      nameProblem === 'required'
        ? t('Enter a name.')
        : nameProblem === 'colon'
          ? t('A name cannot contain a colon (:): QuickBooks keeps it for sub-items.')
          : nameProblem === 'tooLong'
            ? t('At most {count} characters.', { count: newItemLimits.name })
            : null,
    sku:
      (item.sku ?? '').length > newItemLimits.sku
        ? t('At most {count} characters.', { count: newItemLimits.sku })
        : null,
    description:
      (item.description ?? '').length > newItemLimits.description
        ? t('At most {count} characters.', { count: newItemLimits.description })
        : null,
    unitPrice:
      item.unitPrice !== null && !isDecimal(item.unitPrice)
        ? t('Enter a price such as 45.50, or leave it empty.')
        : null,
  };
  const noAccount = incomeAccounts.length === 0;
  const blocked = Object.values(problems).some((problem) => problem !== null) || noAccount;
  const serverField = error?.field?.replace(/^input\.item\./, '');

  const create = async () => {
    if (busy || blocked) return;
    setBusy(true);
    setError(null);
    const result = await call('items.create', {
      realmId,
      requestId,
      item: { ...item, name: item.name.trim() },
    });
    setBusy(false);
    if (result.ok) onCreated(result.data.item);
    else setError(result.error);
  };

  const optional = (value: string) => (value === '' ? null : value);

  return (
    <Tile compact={true} testId={testId}>
      <Flex direction="column" gap="xs">
        <Text format={{ fontWeight: 'demibold' }}>{t('New QuickBooks product or service')}</Text>
        <Input
          name={`${testId}-name`}
          label={t('Product or service name')}
          required={true}
          value={item.name}
          error={problems.name !== null || serverField === 'name'}
          validationMessage={problems.name ?? undefined}
          onChange={(name: string) => change({ name })}
        />
        <Flex gap="sm">
          <Select
            name={`${testId}-type`}
            label={t('Product or service type')}
            value={item.type}
            options={newItemTypes.map((type) => ({ label: t(typeLabels[type]), value: type }))}
            onChange={(value) =>
              change({ type: newItemTypes.find((type) => type === value) ?? item.type })
            }
          />
          <Input
            name={`${testId}-sku`}
            label={t('SKU (optional)')}
            value={item.sku ?? ''}
            error={problems.sku !== null}
            validationMessage={problems.sku ?? undefined}
            onChange={(sku: string) => change({ sku: optional(sku) })}
          />
        </Flex>
        <TextArea
          name={`${testId}-description`}
          label={t('Description on sales forms')}
          value={item.description ?? ''}
          error={problems.description !== null}
          validationMessage={problems.description ?? undefined}
          onChange={(description: string) => change({ description: optional(description) })}
        />
        <Flex gap="sm">
          <Input
            name={`${testId}-price`}
            label={t('Sales price ({currency})', { currency })}
            value={item.unitPrice ?? ''}
            error={problems.unitPrice !== null}
            validationMessage={problems.unitPrice ?? undefined}
            onChange={(price: string) => change({ unitPrice: optional(price.trim()) })}
          />
          <Select
            name={`${testId}-income-account`}
            label={t('Income account')}
            required={true}
            value={item.incomeAccountId}
            error={noAccount || serverField === 'incomeAccountId'}
            validationMessage={
              noAccount
                ? t('This QuickBooks company has no active Income account: add one in QuickBooks.')
                : undefined
            }
            options={incomeAccounts.map((account) => ({ label: account.name, value: account.id }))}
            onChange={(value) => change({ incomeAccountId: String(value) })}
          />
        </Flex>
        {usSalesTax ? (
          <Toggle
            name={`${testId}-taxable`}
            label={t('Sales tax applies to it')}
            checked={item.taxable}
            onChange={(taxable: boolean) => change({ taxable })}
          />
        ) : null}
        {error ? (
          <Alert title={t('The item was not created')} variant="danger" testId={`${testId}-error`}>
            <Text>{error.message}</Text>
            {error.fix ? <Text>{error.fix}</Text> : null}
          </Alert>
        ) : null}
        <Flex gap="sm">
          <LoadingButton
            testId={`${testId}-submit`}
            variant="primary"
            loading={busy}
            disabled={blocked}
            onClick={() => void create()}
          >
            {t('Create in QuickBooks')}
          </LoadingButton>
          <Button testId={`${testId}-cancel`} onClick={onCancel}>
            {t('Cancel')}
          </Button>
        </Flex>
      </Flex>
    </Tile>
  );
}
