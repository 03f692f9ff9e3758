import type { CrmRecord } from '../hubspot/crm';
import { INACTIVE_IN_QUICKBOOKS, ITEM_KEY } from '../hubspot/definitions';
import type { Item } from '../quickbooks';
import type { SyncContext } from './context';
import { directLookup } from './lookup';
import { productFromItem, type ProductMapping } from './item-mapping';
import { decide, type Presence } from './rules';
import { because } from './reasons';
import { Tally, type Subject } from './tally';
import { archiveAll, updateAll, upsertAll, type PlannedWrite } from './writes';

export const itemKey = (realmId: string, itemId: string) => `${realmId}:${itemId}`;

/** An item as the sync log names it. */
export const itemSubject = (item: Item): Subject => ({
  object: 'products',
  qboId: item.Id,
  name: item.Name?.trim() ?? '',
});

type Mapped = {
  item: Item;
  key: string;
  /** QuickBooks deleted the item outright (a change-feed tombstone), not just made it inactive. */
  deleted: boolean;
  mapping: Extract<ProductMapping, { kind: 'product' }> | null;
};

const READ = [ITEM_KEY, 'name', 'hs_sku'];

/**
 * Brings QuickBooks items into HubSpot products by the company's rules: linked products (by the
 * unique "realm:itemId" key) are updated, unlinked ones matched by SKU, then by exact name, are
 * linked, new ones created. A product linked to another QuickBooks company is never matched, so
 * two companies never overwrite each other's products. Inactive and deleted items go through the
 * deleting rule. A dry run reads the same and writes nothing.
 */
export async function syncItems(
  items: Array<{ item: Item; deleted?: boolean }>,
  context: SyncContext,
): Promise<Tally> {
  const tally = new Tally();
  const { crm, realmId, rules } = context;
  const mapped: Mapped[] = [];
  for (const { item, deleted = false } of items) {
    const key = itemKey(realmId, item.Id);
    if (deleted || item.Active === false) {
      mapped.push({ item, key, deleted, mapping: null });
      continue;
    }
    const mapping = productFromItem(item, context.mappings);
    if (mapping.kind === 'skip') tally.skip(mapping.reason, itemSubject(item));
    else mapped.push({ item, key, deleted, mapping });
  }
  if (mapped.length === 0) return tally;

  const lookup = context.lookup ?? directLookup(crm);
  const linked = new Map(
    (
      await lookup.byKey(
        'products',
        ITEM_KEY,
        mapped.map((m) => m.key),
        READ,
      )
    ).map((record) => [record.properties[ITEM_KEY] ?? '', record]),
  );
  const unlinked = mapped.filter((m) => m.mapping && !linked.has(m.key));
  const free = (records: CrmRecord[]) => records.filter((r) => !r.properties[ITEM_KEY]);
  const bySku = new Map<string, CrmRecord[]>();
  const byName = new Map<string, CrmRecord[]>();
  if (unlinked.length > 0 && rules.createAndUpdate !== 'nothing') {
    const skus = unlinked.flatMap((m) => m.mapping?.sku ?? []);
    for (const record of free(
      skus.length ? await lookup.search('products', 'hs_sku', skus, READ) : [],
    )) {
      const sku = record.properties.hs_sku?.toLowerCase() ?? '';
      bySku.set(sku, [...(bySku.get(sku) ?? []), record]);
    }
    const names = unlinked
      .filter((m) => !m.mapping?.sku || !bySku.has(m.mapping.sku.toLowerCase()))
      .map((m) => m.mapping!.name);
    for (const record of free(
      names.length ? await lookup.search('products', 'name', names, READ) : [],
    )) {
      const name = record.properties.name ?? '';
      byName.set(name, [...(byName.get(name) ?? []), record]);
    }
  }

  const upserts: PlannedWrite[] = [];
  const links: PlannedWrite[] = [];
  const inactive: PlannedWrite[] = [];
  const archive: PlannedWrite[] = [];
  const claimed = new Set<string>();
  for (const entry of mapped) {
    const own = linked.get(entry.key);
    // A deleted item comes with its id only: the log names it by its HubSpot product.
    const subject = { ...itemSubject(entry.item) };
    if (!subject.name && own?.properties.name) subject.name = own.properties.name;
    // SKU first, then the exact name; a product two items match goes to neither.
    // SKUs compare without case (as HubSpot's search does); names exactly.
    const sku = entry.mapping?.sku?.toLowerCase();
    const candidates =
      (sku && bySku.has(sku) ? bySku.get(sku) : byName.get(entry.mapping?.name ?? '')) ?? [];
    const presence: Presence = own
      ? 'linked'
      : candidates.length === 1
        ? 'matched'
        : candidates.length > 1
          ? 'ambiguous'
          : 'none';
    const action = decide(rules, {
      active: entry.mapping !== null,
      presence,
      object: 'products',
      deleted: entry.deleted,
    });
    switch (action.kind) {
      case 'skip':
        tally.skip(action.reason, subject);
        break;
      case 'create':
      case 'update':
        upserts.push({
          id: entry.key,
          properties: { ...entry.mapping!.properties, [INACTIVE_IN_QUICKBOOKS]: '' },
          outcome: action.kind === 'create' ? 'created' : 'updated',
          subject,
        });
        break;
      case 'link': {
        const match = candidates[0]!;
        if (claimed.has(match.id)) {
          tally.skip(because('another QuickBooks item matched the same HubSpot product'), subject);
          break;
        }
        claimed.add(match.id);
        links.push({
          id: match.id,
          properties: {
            ...entry.mapping!.properties,
            [INACTIVE_IN_QUICKBOOKS]: '',
            [ITEM_KEY]: entry.key,
          },
          outcome: 'matched',
          subject,
        });
        break;
      }
      case 'mark_inactive':
        inactive.push({
          id: own!.id,
          properties: { [INACTIVE_IN_QUICKBOOKS]: 'true' },
          outcome: 'inactive',
          subject,
        });
        break;
      case 'archive':
        archive.push({ id: own!.id, properties: {}, outcome: 'archived', subject });
        break;
    }
  }
  if (context.dryRun) {
    for (const write of [...upserts, ...links, ...inactive, ...archive])
      tally.add(write.outcome, write.subject);
    return tally;
  }
  const saved = [
    ...(await upsertAll(crm, 'products', ITEM_KEY, upserts, tally)),
    ...(await updateAll(crm, 'products', links, tally)),
  ];
  lookup.remember(
    'products',
    saved.map(({ write, recordId }) => ({
      id: recordId,
      properties: { ...write.properties, [ITEM_KEY]: write.properties[ITEM_KEY] ?? write.id },
    })),
  );
  await updateAll(crm, 'products', inactive, tally);
  await archiveAll(crm, 'products', archive, tally);
  return tally;
}
