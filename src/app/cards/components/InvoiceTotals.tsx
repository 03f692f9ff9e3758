import { Statistics, StatisticsItem } from '@hubspot/ui-extensions';
import type { InvoiceTotals as Totals } from '@qbo-invoicing/contract';
import { formatMoney } from '@qbo-invoicing/ui';

/** Billed, outstanding and overdue at a glance, one row per currency (never added across). */
export function InvoiceTotals({ totals }: { totals: Totals[] }) {
  const several = totals.length > 1;
  return (
    <>
      {totals.map((entry) => (
        <Statistics key={entry.currency}>
          <StatisticsItem
            label={several ? `Billed (${entry.currency})` : 'Billed'}
            number={formatMoney(entry.billed, entry.currency)}
          />
          <StatisticsItem
            label={several ? `Outstanding (${entry.currency})` : 'Outstanding'}
            number={formatMoney(entry.outstanding, entry.currency)}
          />
          <StatisticsItem
            label={several ? `Overdue (${entry.currency})` : 'Overdue'}
            number={formatMoney(entry.overdue, entry.currency)}
          />
        </Statistics>
      ))}
    </>
  );
}
