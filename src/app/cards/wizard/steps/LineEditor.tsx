import {
  Button,
  DateInput,
  Flex,
  Input,
  SearchInput,
  Select,
  Text,
  Tile,
  Toggle,
} from '@hubspot/ui-extensions';
import type { ItemSummary } from '@qbo-invoicing/contract';
import { isDecimal, lineAmount } from '@qbo-invoicing/invoicing';
import { useMessages, type Call } from '@qbo-invoicing/ui';
import { fromPicked, toPicked } from '../dates';
import type { LinePatch, LineForm, PrepareData } from '../state';
import { usePagedSearch } from '../usePagedSearch';

/** One invoice line: its QuickBooks product (searched on the server), text, numbers and tax. */
export function LineEditor({
  call,
  realmId,
  prepared,
  currency,
  line,
  index,
  onChange,
  onRemove,
}: {
  call: Call;
  realmId: string;
  prepared: PrepareData;
  currency: string;
  line: LineForm;
  index: number;
  onChange: (patch: LinePatch) => void;
  onRemove: () => void;
}) {
  const { t, money } = useMessages();
  const id = `line-${index + 1}`;
  const items = usePagedSearch<ItemSummary>(async (text, startPosition) => {
    const result = await call('items.search', { realmId, text, startPosition });
    return result.ok
      ? {
          ok: true,
          data: { rows: result.data.items, nextStartPosition: result.data.nextStartPosition },
        }
      : result;
  });
  const results = items.rows;
  const amount =
    isDecimal(line.quantity) && isDecimal(line.unitPrice)
      ? money(lineAmount(line.quantity, line.unitPrice), currency)
      : '—';
  const global = prepared.profile.taxModel === 'global';

  return (
    <Tile compact={true} testId={id}>
      <Flex direction="column" gap="xs">
        <Text format={{ fontWeight: 'demibold' }}>
          {line.item
            ? line.item.name
            : line.sourceName
              ? t('Unmatched: {name}', { name: line.sourceName })
              : t('Choose a product')}
        </Text>
        {!line.item && line.sourceName ? (
          <Text variant="microcopy" testId={`${id}-unmatched`}>
            {t(
              'No QuickBooks product has this line’s SKU or name. Pick one below or remove the line.',
            )}
          </Text>
        ) : null}
        <SearchInput
          name={`${id}-search`}
          label={t('Find a QuickBooks product')}
          onChange={(text: string) => void items.search(text)}
        />
        {results.length > 0 ? (
          <Select
            name={`${id}-item`}
            label={t('Products found')}
            options={results.map((item) => ({
              label: `${item.name}${item.sku ? ` (${item.sku})` : ''}`,
              value: item.id,
            }))}
            onChange={(value) => {
              const item = results.find((candidate) => candidate.id === String(value));
              if (!item) return;
              onChange({
                item,
                unitPrice: line.unitPrice || item.unitPrice || '',
                description: line.description || item.description || '',
                ...(global && item.salesTaxCodeId ? { taxCodeId: item.salesTaxCodeId } : {}),
                ...(item.taxable !== null && !global ? { taxable: item.taxable } : {}),
              });
            }}
          />
        ) : null}
        {items.next !== null ? (
          <Button
            testId={`${id}-more-items`}
            variant="secondary"
            size="xs"
            onClick={() => void items.more()}
          >
            {t('Show more products')}
          </Button>
        ) : null}
        {items.error ? <Text variant="microcopy">{items.error.message}</Text> : null}
        <Input
          name={`${id}-description`}
          label={t('Description')}
          value={line.description}
          onChange={(description: string) => onChange({ description })}
        />
        <Flex gap="sm">
          <Input
            name={`${id}-quantity`}
            label={t('Quantity')}
            value={line.quantity}
            error={!isDecimal(line.quantity)}
            onChange={(quantity: string) => onChange({ quantity })}
          />
          <Input
            name={`${id}-rate`}
            label={t('Rate ({currency})', { currency })}
            value={line.unitPrice}
            error={!isDecimal(line.unitPrice)}
            onChange={(unitPrice: string) => onChange({ unitPrice })}
          />
          <Text testId={`${id}-amount`}>{amount}</Text>
        </Flex>
        {prepared.profile.allowServiceDate ? (
          <DateInput
            name={`${id}-service-date`}
            label={t('Service date')}
            format="medium"
            value={toPicked(line.serviceDate)}
            onChange={(picked) => onChange({ serviceDate: fromPicked(picked) })}
          />
        ) : null}
        {global ? (
          <Select
            name={`${id}-tax-code`}
            label={t('Tax code')}
            value={line.taxCodeId ?? undefined}
            options={prepared.taxCodes.map((code) => ({ label: code.name, value: code.id }))}
            onChange={(value) => onChange({ taxCodeId: String(value) })}
          />
        ) : prepared.profile.usingSalesTax ? (
          <Toggle
            name={`${id}-taxable`}
            label={t('Taxable')}
            checked={line.taxable}
            onChange={(taxable: boolean) => onChange({ taxable })}
          />
        ) : null}
        <Button testId={`${id}-remove`} variant="secondary" size="xs" onClick={onRemove}>
          {t('Remove line')}
        </Button>
      </Flex>
    </Tile>
  );
}
