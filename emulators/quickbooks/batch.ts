// POST /batch: up to 30 creates, updates, deletes, voids or queries, each answered on its own.
import { faults, QboFault } from './faults.js';
import { isObj, str, type Obj } from './json.js';
import { createEntity, deleteEntity, updateEntity, voidEntity } from './operations.js';
import { runQuery } from './query/evaluate.js';
import type { RuleContext } from './rules/context.js';
import { ENTITY_NAMES, type EntityName } from './store.js';

export const BATCH_MAX_ITEMS = 30;

export interface BatchHooks {
  /** Conformance of one entity body; returns a fault to answer with, if any. */
  checkBody(entity: EntityName, body: Obj): QboFault | undefined;
}

export function runBatch(ctx: RuleContext, body: Obj, hooks: BatchHooks): Obj[] {
  const items = body.BatchItemRequest;
  if (!Array.isArray(items) || items.length === 0) throw faults.required('BatchItemRequest');
  if (items.length > BATCH_MAX_ITEMS) throw faults.batchTooLarge(items.length, BATCH_MAX_ITEMS);
  return items.map((raw): Obj => {
    const item = isObj(raw) ? raw : {};
    const bId = str(item.bId) ?? '';
    try {
      if (typeof item.Query === 'string') {
        const result = runQuery(ctx.realm, item.Query);
        return { bId, QueryResponse: result.body };
      }
      const entity = ENTITY_NAMES.find((e) => isObj(item[e]));
      const entityBody = entity ? item[entity] : undefined;
      if (!entity || !isObj(entityBody)) throw faults.required('BatchItemRequest entity');
      const bad = hooks.checkBody(entity, entityBody);
      if (bad) throw bad;
      const operation = str(item.operation) ?? 'create';
      let out: Obj;
      if (operation === 'create') out = createEntity(ctx, entity, entityBody);
      else if (operation === 'update') out = updateEntity(ctx, entity, entityBody);
      else if (operation === 'delete') out = deleteEntity(ctx, entity, entityBody);
      else if (operation === 'void') out = voidEntity(ctx, entity, entityBody);
      else throw faults.unsupportedOperation(`Operation ${operation} is not supported in a batch.`);
      return { bId, [entity]: out };
    } catch (e) {
      if (!(e instanceof QboFault)) throw e;
      return { bId, Fault: { Error: e.errors, type: e.type } };
    }
  });
}
