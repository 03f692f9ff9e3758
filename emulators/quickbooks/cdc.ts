// GET /cdc: what changed (and what was deleted) since a moment no more than 30 days back.
import { faults } from './faults.js';
import { clone, type Obj } from './json.js';
import type { RuleContext } from './rules/context.js';
import { entityName, type EntityName } from './store.js';
import { instant, qboDateTime } from './time.js';

export const CDC_MAX_DAYS = 30;
export const CDC_MAX_OBJECTS = 1000;
const NOT_IN_CDC: EntityName[] = ['TaxCode', 'TaxRate', 'CompanyInfo', 'ExchangeRate'];

export function runCdc(
  ctx: RuleContext,
  entitiesParam: string | null,
  changedSince: string | null,
): Obj[] {
  if (!entitiesParam) throw faults.required('entities');
  if (!changedSince) throw faults.required('changedSince');
  const since = instant(changedSince);
  if (Number.isNaN(since))
    throw faults.unsupportedProperty(
      `changedSince=${changedSince} is not a date-time`,
      'changedSince',
    );
  if (since < ctx.now.getTime() - CDC_MAX_DAYS * 24 * 3600_000)
    throw faults.queryValidation(`changedSince must be within the last ${CDC_MAX_DAYS} days`);
  const names = entitiesParam.split(',').map((raw) => {
    const e = entityName(raw.trim());
    if (!e || NOT_IN_CDC.includes(e))
      throw faults.queryValidation(`Entity ${raw.trim()} is not supported by CDC`);
    return e;
  });

  type Change = { entity: EntityName; at: number; body: Obj };
  const changes: Change[] = [];
  for (const entity of names) {
    for (const o of ctx.realm.list(entity)) {
      const at = instant(o.MetaData.LastUpdatedTime);
      if (at >= since) changes.push({ entity, at, body: clone(o) });
    }
    for (const t of ctx.realm.tombstones) {
      if (t.entity !== entity || t.deletedAt.getTime() < since) continue;
      const stamp = qboDateTime(t.deletedAt);
      changes.push({
        entity,
        at: t.deletedAt.getTime(),
        body: { domain: 'QBO', status: 'Deleted', Id: t.Id, MetaData: { LastUpdatedTime: stamp } },
      });
    }
  }
  changes.sort((a, b) => a.at - b.at);
  const kept = changes.slice(0, CDC_MAX_OBJECTS);
  const responses = names.map((entity) => {
    const ofEntity = kept.filter((c) => c.entity === entity);
    // Intuit's CDC lists an entity's active objects first, then its deleted ones.
    const deleted = (c: Change) => c.body.status === 'Deleted';
    const list = [...ofEntity.filter((c) => !deleted(c)), ...ofEntity.filter(deleted)].map(
      (c) => c.body,
    );
    return list.length === 0 ? {} : { [entity]: list, startPosition: 1, maxResults: list.length };
  });
  return [{ QueryResponse: responses }];
}
