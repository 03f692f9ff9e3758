import type { ItemSummary } from '@qbo-invoicing/contract';
import { question, select, type QboCompany } from '../quickbooks';
import { accountSchema, incomeAccountsQuery } from '../quickbooks/resources/accounts';
import { itemSchema } from '../quickbooks/resources/items';
import { itemSummary } from './summaries';

/** Item types a sales line may carry (a Group or Category item cannot go on one). */
const LINE_TYPES: readonly string[] = ['Service', 'Inventory', 'NonInventory'];

/** The default item as a line can use it: null when none is chosen, or it is inactive or gone. */
export function usableDefault(item: ItemSummary | null): ItemSummary | null {
  return item && item.active && LINE_TYPES.includes(item.type) ? item : null;
}

/**
 * In one QuickBooks batch: the company's active Income accounts and, when an admin chose one, the
 * default item as QuickBooks has it now (inactive ones too, so a deactivated default is noticed).
 */
export async function readItemChoices(
  qbo: QboCompany,
  defaultItemId: string | null,
  deadline: number,
): Promise<{
  incomeAccounts: Array<{ id: string; name: string }>;
  defaultItem: ItemSummary | null;
}> {
  const answers = await qbo.batch.answer(
    {
      accounts: question(incomeAccountsQuery(), accountSchema),
      defaultItem: defaultItemId
        ? question(
            select('Item').where('Id', '=', defaultItemId).in('Active', [true, false]),
            itemSchema,
          )
        : undefined,
    },
    { deadline },
  );
  const found = answers.defaultItem[0];
  return {
    incomeAccounts: answers.accounts.map((account) => ({
      id: account.Id,
      name: account.FullyQualifiedName ?? account.Name,
    })),
    defaultItem: found ? itemSummary(found) : null,
  };
}
