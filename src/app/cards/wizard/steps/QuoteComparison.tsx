import { Alert, DescriptionList, DescriptionListItem, Flex, Text } from '@hubspot/ui-extensions';
import type { Totals } from '@qbo-invoicing/contract';
import { useMessages } from '@qbo-invoicing/ui';
import type { Form, StartData } from '../state';
import { quoteDifferences, type QuoteDifference } from '../state/quote-differences';

/**
 * The quote's total beside the invoice's, with each difference explained, so an invoice that
 * differs from the quote (a line removed, a price changed, an item substituted, tax estimated)
 * never does so unnoticed.
 */
export function QuoteComparison({
  start,
  form,
  totals,
  currency,
}: {
  start: StartData;
  form: Form;
  totals: Totals | null;
  currency: string;
}) {
  const { t, money } = useMessages();
  const compared = quoteDifferences(start, form, totals);
  if (!compared) return null;

  const say = (difference: QuoteDifference): string => {
    switch (difference.kind) {
      case 'removed':
        return t('Line removed: {name} ({amount}) is not on the invoice.', {
          name: difference.name,
          amount: money(difference.amount, currency),
        });
      case 'unresolved':
        return t('Not resolved yet: {name} has no QuickBooks product or service.', {
          name: difference.name,
        });
      case 'changed':
        return t(
          'Quantity or price changed: {name} is {quantity} × {price} = {amount} instead of {quoteAmount}.',
          {
            name: difference.name,
            quantity: difference.quantity,
            price: money(difference.unitPrice, currency),
            amount: money(difference.amount, currency),
            quoteAmount: money(difference.quoteAmount, currency),
          },
        );
      case 'substituted':
        return t(
          'Item substituted: {name} matched no QuickBooks product, so it is invoiced as {item}.',
          { name: difference.name, item: difference.itemName },
        );
      case 'added':
        return t('Line added: {name} ({amount}) is not on the quote.', {
          name: difference.name,
          amount: money(difference.amount, currency),
        });
      case 'discount':
        return t('Discount: {amount} off the invoice.', {
          amount: money(difference.amount, currency),
        });
      case 'taxEstimated':
        return t(
          'Tax estimated: {amount} is an estimate; QuickBooks computes the final tax when it creates the invoice.',
          { amount: money(difference.amount, currency) },
        );
      case 'taxByQuickBooks':
        return t(
          'Tax not included: QuickBooks computes it when it creates the invoice, so the total will change.',
        );
    }
  };

  const differs = compared.differences.some(
    (difference) => difference.kind !== 'taxEstimated' && difference.kind !== 'taxByQuickBooks',
  );
  return (
    <Alert
      title={t('Quote “{quote}” beside this invoice', { quote: compared.quoteTitle })}
      variant={differs ? 'warning' : 'info'}
      testId="quote-differences"
    >
      <Flex direction="column" gap="xs">
        <DescriptionList direction="row">
          <DescriptionListItem label={t('Quote’s total')}>
            {money(compared.quoteTotal, currency)}
          </DescriptionListItem>
          <DescriptionListItem label={t('Invoice’s total (estimate)')}>
            {money(compared.invoiceTotal, currency)}
          </DescriptionListItem>
        </DescriptionList>
        {differs ? null : (
          <Text testId="quote-differences-none">
            {t(
              'No differences in lines: the invoice has the quote’s lines, quantities and prices.',
            )}
          </Text>
        )}
        {compared.differences.map((difference, index) => (
          <Text key={`${difference.kind}-${index}`} testId={`quote-difference-${difference.kind}`}>
            {say(difference)}
          </Text>
        ))}
      </Flex>
    </Alert>
  );
}
