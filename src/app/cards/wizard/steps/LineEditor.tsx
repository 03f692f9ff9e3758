import { Button, DateInput, Flex, Input, Select, Text, Tile, Toggle } from '@hubspot/ui-extensions';
import { isDecimal, lineAmount } from '@qbo-invoicing/invoicing';
import { useMessages, type Call } from '@qbo-invoicing/ui';
import { fromPicked, toPicked } from '../dates';
import type { LinePatch, LineForm, PrepareData } from '../state';
import { UnmatchedLine } from './UnmatchedLine';

/**
 * One invoice line: its QuickBooks product (picked with the step's one product search), text,
 * numbers and tax. Service date and Taxable appear only where the company uses them; a value shows
 * as wrong only once the rep has typed in it.
 */
export function LineEditor({
  call,
  realmId,
  prepared,
  currency,
  line,
  index,
  picking,
  onPick,
  onChange,
  onRemove,
}: {
  call: Call;
  realmId: string;
  prepared: PrepareData;
  currency: string;
  line: LineForm;
  index: number;
  /** The step's product search is choosing for this line. */
  picking: boolean;
  onPick: () => void;
  onChange: (patch: LinePatch) => void;
  onRemove: () => void;
}) {
  const { t, money } = useMessages();
  const id = `line-${index + 1}`;
  const amount =
    isDecimal(line.quantity) && isDecimal(line.unitPrice)
      ? money(lineAmount(line.quantity, line.unitPrice), currency)
      : '—';
  const profile = prepared.profile;
  const global = profile.taxModel === 'global';
  const number = (field: 'quantity' | 'unitPrice', label: string) => (
    <Input
      name={`${id}-${field === 'unitPrice' ? 'rate' : field}`}
      label={label}
      value={line[field]}
      error={line.touched && !isDecimal(line[field])}
      onChange={(value: string) =>
        onChange(field === 'quantity' ? { quantity: value } : { unitPrice: value })
      }
    />
  );

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
              'No QuickBooks product has this line’s SKU or name. Find one with the product search, create it in QuickBooks, use the default item or remove the line.',
            )}
          </Text>
        ) : null}
        {!line.item && line.sourceName ? (
          <UnmatchedLine
            call={call}
            realmId={realmId}
            prepared={prepared}
            currency={currency}
            line={line}
            testId={id}
            onChange={onChange}
          />
        ) : null}
        <Input
          name={`${id}-description`}
          label={t('Description')}
          value={line.description}
          onChange={(description: string) => onChange({ description })}
        />
        <Flex gap="sm">
          {number('quantity', t('Quantity'))}
          {number('unitPrice', t('Rate ({currency})', { currency }))}
          <Text testId={`${id}-amount`}>{amount}</Text>
        </Flex>
        {profile.allowServiceDate ? (
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
        ) : profile.usingSalesTax ? (
          <Toggle
            name={`${id}-taxable`}
            label={t('Taxable')}
            checked={line.taxable}
            onChange={(taxable: boolean) => onChange({ taxable })}
          />
        ) : null}
        <Flex gap="sm">
          {picking ? (
            <Text variant="microcopy" testId={`${id}-picking`}>
              {t('The product search above is for this line.')}
            </Text>
          ) : (
            <Button testId={`${id}-pick`} variant="secondary" size="xs" onClick={onPick}>
              {line.item ? t('Change product') : t('Pick a product')}
            </Button>
          )}
          <Button testId={`${id}-remove`} variant="secondary" size="xs" onClick={onRemove}>
            {t('Remove line')}
          </Button>
        </Flex>
      </Flex>
    </Tile>
  );
}
