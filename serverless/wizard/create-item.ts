import { createHash } from 'node:crypto';
import type * as z from 'zod';
import type { NewItem, itemChoicesOutput, itemCreateOutput } from '@qbo-invoicing/contract';
import { AppError } from '../lib/errors';
import { isQboFault, QboFaultCode } from '../quickbooks';
import type { ItemCreate } from '../quickbooks/resources/items';
import type { OperationContext } from '../runtime/dispatch';
import { companyOf } from './context';
import { readItemChoices, usableDefault } from './item-choices';
import { itemSummary } from './summaries';

/**
 * items.choices: what an unmatched quote line can become besides a picked item: a new item (its
 * income account chosen from the company's Income accounts) or the admin's default item.
 */
export async function itemChoices(
  input: { realmId: string },
  context: OperationContext,
): Promise<z.infer<typeof itemChoicesOutput>> {
  const { qbo } = await companyOf(context, input.realmId);
  // The record companyOf just read (this call's), not a second read.
  const connection = await context.services.connections.get(input.realmId);
  const choices = await readItemChoices(qbo, connection?.defaultItemId ?? null, context.deadline);
  return { ...choices, defaultItem: usableDefault(choices.defaultItem) };
}

/**
 * The QuickBooks item for a new item (Intuit's Item reference, "Create an item": Name, Type,
 * IncomeAccountRef required for Service and NonInventory; Sku, Description, UnitPrice, Taxable).
 * Taxable is a US sales tax field: companies on the global tax model put a tax code on each line.
 */
export function toItemCreate(item: NewItem, usSalesTax: boolean): ItemCreate {
  return {
    Name: item.name,
    Type: item.type,
    IncomeAccountRef: { value: item.incomeAccountId },
    ...(item.sku?.trim() ? { Sku: item.sku.trim() } : {}),
    ...(item.description?.trim() ? { Description: item.description.trim() } : {}),
    ...(item.unitPrice !== null ? { UnitPrice: item.unitPrice } : {}),
    ...(usSalesTax ? { Taxable: item.taxable } : {}),
  };
}

/**
 * items.create: creates the item with a request id from the form's request id and a digest of the
 * item, so a retry (a double click, a lost answer) replays QuickBooks' first answer and creates
 * one item, while an item changed after a refusal (a new name) is a new request. A name another
 * item has is QuickBooks' fault 6240, said with what to do.
 */
export async function createItem(
  input: { realmId: string; requestId: string; item: NewItem },
  context: OperationContext,
): Promise<z.infer<typeof itemCreateOutput>> {
  const { profile, qbo } = await companyOf(context, input.realmId);
  const body = toItemCreate(input.item, profile.taxModel === 'us');
  const digest = createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 16);
  try {
    const created = await qbo.items.create(body, {
      idempotencyKey: `${input.requestId}:item:${digest}`,
      deadline: context.deadline,
    });
    return { item: itemSummary(created) };
  } catch (error) {
    if (isQboFault(error, QboFaultCode.DuplicateName)) {
      throw new AppError(
        'CONFLICT',
        'QuickBooks already has a product or service named “{name}”.',
        {
          field: 'input.item.name',
          values: { name: body.Name },
          fix: 'Give the new item another name, or search for “{name}” and pick it.',
        },
      );
    }
    if (
      isQboFault(error, QboFaultCode.InvalidReference) ||
      isQboFault(error, QboFaultCode.ObjectNotFound)
    ) {
      throw new AppError(
        'INVALID_INPUT',
        'The income account chosen is no longer in QuickBooks or is inactive.',
        {
          field: 'input.item.incomeAccountId',
          fix: 'Choose another income account.',
        },
      );
    }
    throw error;
  }
}
