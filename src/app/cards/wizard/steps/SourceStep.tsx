import { ToggleGroup } from '@hubspot/ui-extensions';
import type { InvoiceSource } from '@qbo-invoicing/contract';
import { formatMoney } from '@qbo-invoicing/ui';
import type { StartData } from '../state';

const keyOf = (source: InvoiceSource | null) =>
  source ? (source.kind === 'quote' ? `quote:${source.quoteId}` : 'scratch') : undefined;

/** A published, unexpired quote of the deal, or the deal itself; other quotes show why not. */
export function SourceStep({
  start,
  source,
  onChoose,
}: {
  start: StartData;
  source: InvoiceSource | null;
  onChoose: (source: InvoiceSource) => void;
}) {
  const options = [
    ...start.quotes.map((quote) => ({
      label: `From quote: ${quote.title}${quote.amount && quote.currency ? ` (${formatMoney(quote.amount, quote.currency)})` : ''}`,
      value: `quote:${quote.id}`,
      readOnly: !quote.selectable,
      ...(quote.reason ? { description: quote.reason } : {}),
    })),
    {
      label: 'From scratch',
      value: 'scratch',
      description: `Start from the deal “${start.deal.name}”.`,
    },
  ];
  return (
    <ToggleGroup
      name="source"
      label="Start the invoice from"
      toggleType="radioButtonList"
      value={keyOf(source)}
      options={options}
      onChange={(key: string) => {
        const quote = start.quotes.find((candidate) => `quote:${candidate.id}` === key);
        if (key === 'scratch') onChoose({ kind: 'scratch' });
        else if (quote?.selectable) onChoose({ kind: 'quote', quoteId: quote.id });
      }}
    />
  );
}
