import { Statistics, StatisticsItem } from '@hubspot/ui-extensions';
import type { InvoiceTotals as Totals } from '@qbo-invoicing/contract';
import { useMessages } from '@qbo-invoicing/ui';

/** Billed, outstanding and overdue at a glance, one row per currency (never added across). */
export function InvoiceTotals({ totals }: { totals: Totals[] }) {
  const { t, money } = useMessages();
  const several = totals.length > 1;
  return (
    <>
      {totals.map(({ currency, billed, outstanding, overdue }) => (
        <Statistics key={currency}>
          {/* The currency is named only when amounts in several sit side by side. */}
          <StatisticsItem
            label={several ? t('Billed ({currency})', { currency }) : t('Billed')}
            number={money(billed, currency)}
          />
          <StatisticsItem
            label={several ? t('Outstanding ({currency})', { currency }) : t('Outstanding')}
            number={money(outstanding, currency)}
          />
          <StatisticsItem
            label={several ? t('Overdue ({currency})', { currency }) : t('Overdue amount')}
            number={money(overdue, currency)}
          />
        </Statistics>
      ))}
    </>
  );
}
