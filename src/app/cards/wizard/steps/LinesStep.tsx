import { useState } from 'react';
import { Button, Flex, Input, Select } from '@hubspot/ui-extensions';
import { useMessages, type Call } from '@qbo-invoicing/ui';
import {
  currencyOf,
  pickedItem,
  salesTaxRates,
  usesSalesTax,
  type Form,
  type FormPatch,
  type LinePatch,
} from '../state';
import { LineEditor } from './LineEditor';
import { SearchPicker } from './SearchPicker';

/**
 * The invoice's lines with one product search for them all, their tax, and a discount where the
 * company allows one. The search chooses for the line the rep pointed at, else the first line
 * without a product, else adds a line.
 */
export function LinesStep({
  call,
  form,
  onLine,
  onAdd,
  onRemove,
  onForm,
}: {
  call: Call;
  form: Form;
  onLine: (key: string, patch: LinePatch) => void;
  onAdd: (patch?: LinePatch) => void;
  onRemove: (key: string) => void;
  onForm: (patch: FormPatch) => void;
}) {
  const { t } = useMessages();
  const [chosen, setChosen] = useState<string | null>(null);
  // Each pick starts a fresh search, so the same product can be picked for the next line too.
  const [picks, setPicks] = useState(0);
  const prepared = form.prepared;
  const realmId = form.realmId;
  if (!prepared || !realmId) return null;
  const global = prepared.profile.taxModel === 'global';
  const currency = currencyOf(form);
  const target =
    form.lines.find((line) => line.key === chosen) ?? form.lines.find((line) => !line.item) ?? null;
  return (
    <Flex direction="column" gap="sm">
      <SearchPicker
        key={picks}
        call={call}
        op="items.search"
        realmId={realmId}
        name="product"
        label={
          target
            ? t('Find a QuickBooks product for line {number}', {
                number: form.lines.indexOf(target) + 1,
              })
            : t('Find a QuickBooks product to add as a line')
        }
        resultsLabel="Products found"
        moreLabel="Show more products"
        optionLabel={(item) => (item.sku ? `${item.name} (${item.sku})` : item.name)}
        onPick={(item) => {
          if (target) onLine(target.key, pickedItem(form, target, item));
          else onAdd(pickedItem(form, null, item));
          setChosen(null);
          setPicks(picks + 1);
        }}
      />
      {form.lines.map((line, index) => (
        <LineEditor
          key={line.key}
          call={call}
          realmId={realmId}
          prepared={prepared}
          currency={currency}
          line={line}
          index={index}
          picking={line === target}
          onPick={() => setChosen(line.key)}
          onChange={(patch) => onLine(line.key, patch)}
          onRemove={() => onRemove(line.key)}
        />
      ))}
      <Button testId="add-line" onClick={() => onAdd()}>
        {t('Add a line')}
      </Button>
      {global ? (
        <Select
          name="globalTaxCalculation"
          label={t('Amounts are')}
          value={form.globalTaxCalculation}
          options={[
            { label: t('Exclusive of tax'), value: 'TaxExcluded' },
            { label: t('Inclusive of tax'), value: 'TaxInclusive' },
          ]}
          onChange={(value) =>
            onForm({
              globalTaxCalculation: value === 'TaxInclusive' ? 'TaxInclusive' : 'TaxExcluded',
            })
          }
        />
      ) : usesSalesTax(form) ? (
        <Select
          name="txnTaxCodeId"
          label={t('Sales tax rate')}
          value={form.txnTaxCodeId ?? ''}
          options={[
            { label: t('No sales tax'), value: '' },
            ...salesTaxRates(form).map((code) => ({
              label: t('{name} ({rate}%)', { name: code.name, rate: Number(code.ratePercent) }),
              value: code.id,
            })),
          ]}
          onChange={(value) => onForm({ txnTaxCodeId: String(value) || null })}
        />
      ) : null}
      {prepared.profile.allowDiscount ? (
        <Flex gap="sm">
          <Select
            name="discountKind"
            label={t('Discount')}
            value={form.discount?.kind ?? 'none'}
            options={[
              { label: t('No discount'), value: 'none' },
              { label: t('Percent'), value: 'percent' },
              { label: t('Amount ({currency})', { currency }), value: 'amount' },
            ]}
            onChange={(value) =>
              onForm({
                discount:
                  value === 'none'
                    ? null
                    : {
                        kind: value === 'percent' ? 'percent' : 'amount',
                        value: form.discount?.value ?? '0',
                      },
              })
            }
          />
          {form.discount ? (
            <Input
              name="discountValue"
              label={t('Discount value')}
              value={form.discount.value}
              onChange={(value: string) =>
                onForm({ discount: form.discount ? { ...form.discount, value } : null })
              }
            />
          ) : null}
        </Flex>
      ) : null}
    </Flex>
  );
}
