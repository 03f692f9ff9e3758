import * as z from 'zod';
import { newItemLimits, newItemNameProblem, newItemTypes } from './new-item-rules';
import { decimalString } from './values';
import { itemSummarySchema } from './wizard';

/**
 * QuickBooks items for quote lines that match none: create one from the HubSpot product, or use
 * the company's default item, which an admin chooses in settings.
 */

const realmId = z.string().regex(/^\d{1,20}$/, 'must be a QuickBooks company id (digits only)');
const qboId = z.string().regex(/^\d{1,20}$/, 'must be a QuickBooks id');
const upTo = (max: number) =>
  z.string().refine((value) => value.length <= max, `must be at most ${max} characters`);

// ---------- items.choices (the wizard, on a deal) ----------

export const incomeAccountSchema = z.object({ id: z.string(), name: z.string() });
export type IncomeAccount = z.infer<typeof incomeAccountSchema>;

export const itemChoicesInput = z.object({ realmId }).strict();
export const itemChoicesOutput = z.object({
  /** Active Income accounts, by name: where a new item's sales post. */
  incomeAccounts: z.array(incomeAccountSchema),
  /** The admin's default item, when one is chosen and still active in QuickBooks. */
  defaultItem: itemSummarySchema.nullable(),
});

// ---------- items.create ----------

export const newItemSchema = z
  .object({
    name: z
      .string()
      .trim()
      .superRefine((name, context) => {
        const problem = newItemNameProblem(name);
        if (problem === 'required') context.addIssue({ code: 'custom', message: 'is required' });
        if (problem === 'colon')
          context.addIssue({ code: 'custom', message: 'must not contain a colon (:)' });
        if (problem === 'tooLong')
          context.addIssue({
            code: 'custom',
            message: `must be at most ${newItemLimits.name} characters`,
          });
      }),
    type: z.enum(newItemTypes),
    sku: upTo(newItemLimits.sku).nullable(),
    description: upTo(newItemLimits.description).nullable(),
    unitPrice: decimalString.nullable(),
    incomeAccountId: qboId,
    /** US sales tax: whether the item is taxable. Ignored by companies on the global tax model. */
    taxable: z.boolean(),
  })
  .strict();
export type NewItem = z.infer<typeof newItemSchema>;

export const itemCreateInput = z
  .object({
    realmId,
    /** One per "Create item" form: a retry of it (a lost answer, a double click) creates one item. */
    requestId: z.uuid(),
    item: newItemSchema,
  })
  .strict();
export const itemCreateOutput = z.object({ item: itemSummarySchema });

// ---------- the default item (settings) ----------

export const defaultItemGetInput = z.object({ realmId }).strict();
export const defaultItemSaveInput = z.object({ realmId, itemId: qboId.nullable() }).strict();
export const defaultItemOutput = z.object({
  realmId: z.string(),
  item: itemSummarySchema.nullable(),
  /** An item was chosen but is inactive or deleted in QuickBooks now: choose another. */
  unusable: z.boolean(),
});
