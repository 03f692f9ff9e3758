import { useState } from 'react';
import { Button, Flex, Text } from '@hubspot/ui-extensions';
import type { ItemSummary, OperationOutput } from '@qbo-invoicing/contract';
import { newItemTypes } from '@qbo-invoicing/contract/catalog';
import { useMessages, type Call } from '@qbo-invoicing/ui';
import type { LineForm, LinePatch, PrepareData } from '../state';
import { CreateItemForm } from './CreateItemForm';

type Choices = OperationOutput<'items.choices'>;

/** QuickBooks' limit on a line's description (Intuit's XSD, `Line.Description`). */
const LINE_DESCRIPTION_MAX = 4000;

/**
 * Besides picking an item or removing the line, a quote line that matches no QuickBooks item can
 * become a new item made from its HubSpot product, or use the default item the admin chose in
 * settings (keeping the product's name and description on the line, and its price). What the
 * company offers (its Income accounts, its default item) is read on the first click, so a line
 * that is simply picked costs no call.
 */
export function UnmatchedLine({
  call,
  realmId,
  prepared,
  currency,
  line,
  testId,
  onChange,
}: {
  call: Call;
  realmId: string;
  prepared: PrepareData;
  currency: string;
  line: LineForm;
  testId: string;
  onChange: (patch: LinePatch) => void;
}) {
  const { t } = useMessages();
  const [choices, setChoices] = useState<Choices | null>(null);
  const [loading, setLoading] = useState<'create' | 'default' | null>(null);
  const [creating, setCreating] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const product = prepared.lines.find((proposed) => proposed.name === line.sourceName);
  const global = prepared.profile.taxModel === 'global';

  const load = async (purpose: 'create' | 'default'): Promise<Choices | null> => {
    if (choices) return choices;
    setLoading(purpose);
    setMessage(null);
    const result = await call('items.choices', { realmId });
    setLoading(null);
    if (!result.ok) {
      setMessage(result.error.message);
      return null;
    }
    setChoices(result.data);
    return result.data;
  };

  /** The line keeps its own text and price; the item decides only what QuickBooks posts to. */
  const applyItem = (item: ItemSummary, description: string) =>
    onChange({
      item,
      description,
      unitPrice: line.unitPrice || item.unitPrice || '',
      ...(global && item.salesTaxCodeId ? { taxCodeId: item.salesTaxCodeId } : {}),
      ...(!global && item.taxable !== null ? { taxable: item.taxable } : {}),
    });

  const chooseDefault = async () => {
    const loaded = await load('default');
    if (!loaded) return;
    const item = loaded.defaultItem;
    if (!item) {
      setMessage(
        t(
          'No default item is chosen for this QuickBooks company. An admin chooses one on the app’s settings page.',
        ),
      );
      return;
    }
    // The default item's own name says nothing about what is sold: the product's words do.
    const name = product?.name ?? line.sourceName ?? '';
    const detail = product?.description?.trim();
    const text = detail && detail !== name ? `${name} – ${detail}` : name;
    applyItem(item, text.slice(0, LINE_DESCRIPTION_MAX));
  };

  if (creating && choices) {
    return (
      <CreateItemForm
        call={call}
        realmId={realmId}
        testId={`${testId}-new-item`}
        currency={currency}
        usSalesTax={!global}
        incomeAccounts={choices.incomeAccounts}
        prefill={{
          name: (product?.name ?? line.sourceName ?? '').replaceAll(':', ' ').slice(0, 100),
          type: newItemTypes[0],
          sku: product?.sku ?? null,
          description: product?.description ?? null,
          unitPrice: product?.unitPrice ?? (line.unitPrice || null),
          taxable: line.taxable,
        }}
        onCreated={(item) => {
          setCreating(false);
          applyItem(item, line.description || item.description || item.name);
        }}
        onCancel={() => setCreating(false)}
      />
    );
  }

  return (
    <Flex direction="column" gap="xs">
      <Flex gap="sm">
        <Button
          testId={`${testId}-create-item`}
          variant="secondary"
          size="xs"
          disabled={loading !== null}
          onClick={() =>
            void load('create').then((loaded) => {
              if (loaded) setCreating(true);
            })
          }
        >
          {t('Create it in QuickBooks')}
        </Button>
        <Button
          testId={`${testId}-use-default`}
          variant="secondary"
          size="xs"
          disabled={loading !== null}
          onClick={() => void chooseDefault()}
        >
          {t('Use the default item')}
        </Button>
      </Flex>
      {loading ? <Text variant="microcopy">{t('Loading')}</Text> : null}
      {message ? (
        <Text variant="microcopy" testId={`${testId}-item-message`}>
          {message}
        </Text>
      ) : null}
    </Flex>
  );
}
