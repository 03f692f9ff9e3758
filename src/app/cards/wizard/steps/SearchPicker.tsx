import { Button, SearchInput, Select, Text } from '@hubspot/ui-extensions';
import { useMessages, type Call } from '@qbo-invoicing/ui';
import type { CardMessage } from '@qbo-invoicing/messages';
import { usePagedSearch, type RowOf, type SearchOp } from '../usePagedSearch';

/**
 * A search of the company's customers or products on the server, its results to pick from and
 * "Show more" (20 a page): the one pattern the customer and lines steps share.
 */
export function SearchPicker<Op extends SearchOp>({
  call,
  op,
  realmId,
  name,
  label,
  resultsLabel,
  moreLabel,
  optionLabel,
  value,
  onPick,
}: {
  call: Call;
  op: Op;
  realmId: string;
  /** Names the inputs (`<name>Search`, `<name>Result`) and the Show more button (`more-<name>s`). */
  name: string;
  label: string;
  resultsLabel: CardMessage;
  moreLabel: CardMessage;
  optionLabel: (row: RowOf<Op>) => string;
  value?: string | undefined;
  onPick: (row: RowOf<Op>) => void;
}) {
  const { t } = useMessages();
  const search = usePagedSearch(call, op, realmId);
  const rows = search.rows;
  return (
    <>
      <SearchInput
        name={`${name}Search`}
        label={label}
        onChange={(text: string) => void search.search(text)}
      />
      {search.error ? (
        <Text variant="microcopy" testId={`${name}-search-error`}>
          {[search.error.message, search.error.fix].filter(Boolean).join(' ')}
        </Text>
      ) : null}
      {rows.length > 0 ? (
        <Select
          name={`${name}Result`}
          label={t(resultsLabel)}
          value={rows.some((row) => row.id === value) ? value : undefined}
          options={rows.map((row) => ({ label: optionLabel(row), value: row.id }))}
          onChange={(id) => {
            const picked = rows.find((row) => row.id === String(id));
            if (picked) onPick(picked);
          }}
        />
      ) : null}
      {search.next !== null ? (
        <Button
          testId={`more-${name}s`}
          variant="secondary"
          size="xs"
          onClick={() => void search.more()}
        >
          {t(moreLabel)}
        </Button>
      ) : null}
    </>
  );
}
