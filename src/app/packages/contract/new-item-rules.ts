/**
 * QuickBooks' rules for a new item's fields (Intuit's Item reference: Name at most 100 characters
 * and no colon, which QuickBooks keeps for sub-items; Sku at most 100; Description at most 4,000),
 * counted in UTF-16 units as QuickBooks counts them. Zod-free, so the wizard's form checks the
 * same rules the contract's schema enforces on the server.
 */
export const newItemLimits = { name: 100, sku: 100, description: 4000 } as const;

export const newItemTypes = ['Service', 'NonInventory'] as const;
export type NewItemType = (typeof newItemTypes)[number];

/** Which rule a name breaks, if any. */
export function newItemNameProblem(name: string): 'required' | 'colon' | 'tooLong' | null {
  const trimmed = name.trim();
  if (trimmed === '') return 'required';
  if (trimmed.includes(':')) return 'colon';
  if (trimmed.length > newItemLimits.name) return 'tooLong';
  return null;
}
