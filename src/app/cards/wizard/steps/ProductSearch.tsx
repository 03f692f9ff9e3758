import { Button, Flex, SearchInput, Select, Text } from '@hubspot/ui-extensions';
import type { ItemSummary } from '@qbo-invoicing/contract';
import { useMessages, type Call } from '@qbo-invoicing/ui';
import { usePagedSearch } from '../usePagedSearch';

/**
 * The lines step's one product search (server-side, 20 a page): what is picked goes to the line
 * being chosen for (`lineNumber`), or becomes a new line when no line is waiting for one.
 */
export function ProductSearch({
  call,
  realmId,
  lineNumber,
  onPick,
}: {
  call: Call;
  realmId: string;
  lineNumber: number | null;
  onPick: (item: ItemSummary) => void;
}) {
  const { t } = useMessages();
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
  return (
    <Flex direction="column" gap="xs">
      <SearchInput
        name="product-search"
        label={
          lineNumber === null
            ? t('Find a QuickBooks product to add as a line')
            : t('Find a QuickBooks product for line {number}', { number: lineNumber })
        }
        onChange={(text: string) => void items.search(text)}
      />
      {results.length > 0 ? (
        <Select
          name="product-found"
          label={t('Products found')}
          options={results.map((item) => ({
            label: item.sku ? `${item.name} (${item.sku})` : item.name,
            value: item.id,
          }))}
          onChange={(value) => {
            const item = results.find((candidate) => candidate.id === String(value));
            if (item) onPick(item);
          }}
        />
      ) : null}
      {items.next !== null ? (
        <Button testId="more-items" variant="secondary" size="xs" onClick={() => void items.more()}>
          {t('Show more products')}
        </Button>
      ) : null}
      {items.error ? <Text variant="microcopy">{items.error.message}</Text> : null}
    </Flex>
  );
}
