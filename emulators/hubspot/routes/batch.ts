import { badRequest, conflict } from '../errors.js';
import { batchJson, recordJson, type RecordJson } from '../format.js';
import {
  isRecord,
  noContent,
  ok,
  optString,
  requireArray,
  requireObject,
  type ApiRequest,
} from '../http-util.js';
import { applyInlineAssociations, parseInlineAssociations } from '../inline-associations.js';
import type { Router } from '../router.js';
import type { CrmStore } from '../store.js';
import type { ObjectTypeDef } from '../types.js';
import { lookup } from './objects.js';

const BATCH_LIMIT = 100;

function inputsOf(req: ApiRequest): Record<string, unknown>[] {
  const body = requireObject(req.body);
  const inputs = requireArray(body.inputs, 'inputs');
  if (inputs.length > BATCH_LIMIT)
    throw badRequest(
      `Too many inputs: ${inputs.length}. The maximum batch size is ${BATCH_LIMIT}.`,
      {
        context: { inputs: [String(inputs.length)] },
      },
    );
  return inputs.map((i) => requireObject(i, 'each input'));
}

function notFoundError(def: ObjectTypeDef, ids: string[]): Record<string, unknown> {
  return {
    status: 'error',
    category: 'OBJECT_NOT_FOUND',
    message: `Could not get some ${def.singular.toUpperCase()} objects, they may be deleted or not exist. Check that ids are valid.`,
    context: { ids },
  };
}

function rejectDuplicates(ids: string[]): void {
  const dup = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (dup.length > 0)
    throw badRequest(
      `Duplicate IDs found in batch input: [${[...new Set(dup)].join(', ')}]. IDs must be unique`,
    );
}

/** Two inputs may not claim the same unique value, as HubSpot checks across the batch. */
function rejectSharedUniqueValues(store: CrmStore, def: ObjectTypeDef, propsList: unknown[]): void {
  for (const p of store.properties(def.objectTypeId).filter((x) => x.hasUniqueValue)) {
    const seen = new Set<string>();
    for (const props of propsList) {
      const v = isRecord(props) ? optString(props[p.name])?.toLowerCase() : undefined;
      if (!v) continue;
      if (seen.has(v))
        throw conflict(`Duplicate value ${v} for unique property ${p.name} in batch input`);
      seen.add(v);
    }
  }
}

export function batchRoutes(router: Router, store: CrmStore, prefix: string): void {
  const typeOf = (req: ApiRequest): ObjectTypeDef => store.resolveType(req.params.type ?? '');

  router.add('POST', `${prefix}/:type/batch/read`, (req) => {
    const def = typeOf(req);
    const startedAt = new Date().toISOString();
    const inputs = inputsOf(req);
    const body = requireObject(req.body);
    const idProperty = optString(body.idProperty) ?? null;
    const props = Array.isArray(body.properties) ? body.properties.map(String) : [];
    const results = [];
    const missing: string[] = [];
    for (const input of inputs) {
      const id = optString(input.id) ?? '';
      const rec = lookup(store, def, id, idProperty);
      if (rec) results.push(recordJson(store, def, rec, props));
      else missing.push(id);
    }
    const errors = missing.length > 0 ? [notFoundError(def, missing)] : [];
    return ok(batchJson(results, startedAt, errors), errors.length > 0 ? 207 : 200);
  });

  router.add('POST', `${prefix}/:type/batch/create`, (req) => {
    const def = typeOf(req);
    const startedAt = new Date().toISOString();
    const inputs = inputsOf(req);
    rejectSharedUniqueValues(
      store,
      def,
      inputs.map((i) => i.properties),
    );
    // Validate everything first: HubSpot creates nothing when one input is invalid.
    const links = inputs.map((i) => {
      store.validate(def.objectTypeId, i.properties ?? {});
      return parseInlineAssociations(store, def.objectTypeId, i.associations);
    });
    const results = inputs.map((input, n) => {
      const rec = store.create(def.objectTypeId, input.properties ?? {});
      applyInlineAssociations(store, def.objectTypeId, rec.id, links[n] ?? []);
      return recordJson(store, def, rec, Object.keys(rec.properties));
    });
    return ok(batchJson(results, startedAt), 201);
  });

  router.add('POST', `${prefix}/:type/batch/update`, (req) => {
    const def = typeOf(req);
    const startedAt = new Date().toISOString();
    const inputs = inputsOf(req);
    const idProperty = (i: Record<string, unknown>): string | null =>
      optString(i.idProperty) ?? null;
    rejectDuplicates(inputs.map((i) => optString(i.id) ?? ''));
    const found = inputs.map((i) => lookup(store, def, optString(i.id) ?? '', idProperty(i)));
    inputs.forEach((i, n) => {
      const rec = found[n];
      if (rec) store.validate(def.objectTypeId, i.properties ?? {}, rec);
    });
    const results: RecordJson[] = [];
    const missing: string[] = [];
    inputs.forEach((i, n) => {
      const rec = found[n];
      if (!rec) return void missing.push(optString(i.id) ?? '');
      const updated = store.update(def.objectTypeId, rec.id, i.properties ?? {});
      results.push(recordJson(store, def, updated, Object.keys(updated.properties)));
    });
    const errors = missing.length > 0 ? [notFoundError(def, missing)] : [];
    return ok(batchJson(results, startedAt, errors), errors.length > 0 ? 207 : 200);
  });

  router.add('POST', `${prefix}/:type/batch/upsert`, (req) => {
    const def = typeOf(req);
    const startedAt = new Date().toISOString();
    const inputs = inputsOf(req);
    const keys = inputs.map((i) => {
      const idProperty = optString(i.idProperty);
      const id = optString(i.id);
      if (!idProperty || !id)
        throw badRequest('Invalid input JSON: each upsert input needs id and idProperty');
      const prop = store.property(def.objectTypeId, idProperty);
      if (!prop?.hasUniqueValue)
        throw badRequest(`Property ${idProperty} is not a unique identifier property`);
      return { idProperty, id };
    });
    rejectDuplicates(keys.map((k) => `${k.idProperty}=${k.id.toLowerCase()}`));
    const results = inputs.map((input, n) => {
      const { idProperty, id } = keys[n] as { idProperty: string; id: string };
      const existing = store.findByUnique(def.objectTypeId, idProperty, id);
      const props = isRecord(input.properties) ? input.properties : {};
      const rec = existing
        ? store.update(def.objectTypeId, existing.id, props)
        : store.create(def.objectTypeId, { ...props, [idProperty]: id });
      return { ...recordJson(store, def, rec, Object.keys(rec.properties)), new: !existing };
    });
    return ok(batchJson(results, startedAt));
  });

  router.add('POST', `${prefix}/:type/batch/archive`, (req) => {
    const def = typeOf(req);
    for (const input of inputsOf(req)) store.archive(def.objectTypeId, optString(input.id) ?? '');
    return noContent();
  });
}
