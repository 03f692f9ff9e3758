import { Button, Flex, Input, Select } from '@hubspot/ui-extensions';
import { useMessages, type Call } from '@qbo-invoicing/ui';
import {
  currencyOf,
  salesTaxRates,
  usesSalesTax,
  type Form,
  type FormPatch,
  type LinePatch,
} from '../state';
import { LineEditor } from './LineEditor';

/** The invoice's lines, their tax, and a discount where the company allows one. */
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
  onAdd: () => void;
  onRemove: (key: string) => void;
  onForm: (patch: FormPatch) => void;
}) {
  const { t } = useMessages();
  const prepared = form.prepared;
  if (!prepared || !form.realmId) return null;
  const global = prepared.profile.taxModel === 'global';
  const currency = currencyOf(form);
  return (
    <Flex direction="column" gap="sm">
      {form.lines.map((line, index) => (
        <LineEditor
          key={line.key}
          call={call}
          realmId={form.realmId as string}
          prepared={prepared}
          currency={currency}
          line={line}
          index={index}
          onChange={(patch) => onLine(line.key, patch)}
          onRemove={() => onRemove(line.key)}
        />
      ))}
      <Button testId="add-line" onClick={onAdd}>
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
