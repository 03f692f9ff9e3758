import { ToggleGroup } from '@hubspot/ui-extensions';
import type { InvoiceSource } from '@qbo-invoicing/contract';
import { useMessages } from '@qbo-invoicing/ui';
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
  const { t, money } = useMessages();
  const options = [
    ...start.quotes.map((quote) => ({
      label:
        quote.amount && quote.currency
          ? t('From quote: {title} ({amount})', {
              title: quote.title,
              amount: money(quote.amount, quote.currency),
            })
          : t('From quote: {title}', { title: quote.title }),
      value: `quote:${quote.id}`,
      readOnly: !quote.selectable,
      ...(quote.reason ? { description: quote.reason } : {}),
    })),
    {
      label: t('From scratch'),
      value: 'scratch',
      description: t('Start from the deal “{deal}”.', { deal: start.deal.name }),
    },
  ];
  return (
    <ToggleGroup
      name="source"
      label={t('Start the invoice from')}
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
