import * as z from 'zod';
import { select } from '../query';
import { entityBase, refSchema } from '../types';

/** What the product reads of an Account (the chart of accounts): an item's income account. */
export const accountSchema = z.looseObject({
  ...entityBase,
  Name: z.string(),
  FullyQualifiedName: z.string().optional(),
  AccountType: z.string().optional(),
  AccountSubType: z.string().optional(),
  Active: z.boolean().optional(),
  CurrencyRef: refSchema.optional(),
});
export type Account = z.infer<typeof accountSchema>;

/**
 * The company's active Income accounts, by name: where a service or non-inventory item's sales
 * post (Intuit's Item reference: `IncomeAccountRef` is required for both types).
 */
export function incomeAccountsQuery() {
  return select('Account')
    .where('AccountType', '=', 'Income')
    .where('Active', '=', true)
    .orderBy('Name')
    .maxResults(1000);
}
