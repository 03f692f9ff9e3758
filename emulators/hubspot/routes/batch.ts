import { badRequest, conflict, notFound } from '../errors.js';
import { batchJson, recordJson, type RecordJson } from '../format.js';
import {
  isRecord,
  noContent,
  ok,
  optString,
  requireArray,
  requireObject,
  type ApiRequest,
  type ApiResponse,
} from '../http-util.js';
import { applyInlineAssociations, parseInlineAssociations } from '../inline-associations.js';
import { inputError, traceIdsOf, type InputError } from '../multi-status.js';
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

const notFoundMessage = (def: ObjectTypeDef): string =>
  `Could not get some ${def.singular.toUpperCase()} objects, they may be deleted or not exist. Check that ids are valid.`;

function notFoundError(def: ObjectTypeDef, ids: string[]): Record<string, unknown> {
  return {
    status: 'error',
    category: 'OBJECT_NOT_FOUND',
    message: notFoundMessage(def),
    context: { ids },
  };
}

/**
 * Applies each input on its own and answers HubSpot's multi-status: the written records (with
 * their trace ids), and `numErrors`/`errors` for the inputs that failed; 207 when any did.
 */
function multiStatus<T extends object>(
  inputs: Array<Record<string, unknown>>,
  traceIds: string[],
  startedAt: string,
  allGoodStatus: number,
  write: (input: Record<string, unknown>) => T,
): ApiResponse {
  const results: Array<T & { objectWriteTraceId: string }> = [];
  const errors: InputError[] = [];
  inputs.forEach((input, n) => {
    const objectWriteTraceId = traceIds[n] as string;
    try {
      results.push({ ...write(input), objectWriteTraceId });
    } catch (err) {
      errors.push(inputError(err, objectWriteTraceId));
    }
  });
  return ok(batchJson(results, startedAt, errors), errors.length > 0 ? 207 : allGoodStatus);
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
    const traceIds = traceIdsOf(inputs);
    const createOne = (input: Record<string, unknown>): RecordJson => {
      const links = parseInlineAssociations(store, def.objectTypeId, input.associations);
      const rec = store.create(def.objectTypeId, input.properties ?? {});
      applyInlineAssociations(store, def.objectTypeId, rec.id, links);
      return recordJson(store, def, rec, Object.keys(rec.properties));
    };
    if (traceIds) return multiStatus(inputs, traceIds, startedAt, 201, createOne);
    rejectSharedUniqueValues(
      store,
      def,
      inputs.map((i) => i.properties),
    );
    // Validate everything first: without trace ids HubSpot creates nothing when one input is invalid.
    inputs.forEach((i) => {
      store.validate(def.objectTypeId, i.properties ?? {});
      parseInlineAssociations(store, def.objectTypeId, i.associations);
    });
    return ok(batchJson(inputs.map(createOne), startedAt), 201);
  });

  router.add('POST', `${prefix}/:type/batch/update`, (req) => {
    const def = typeOf(req);
    const startedAt = new Date().toISOString();
    const inputs = inputsOf(req);
    const idProperty = (i: Record<string, unknown>): string | null =>
      optString(i.idProperty) ?? null;
    rejectDuplicates(inputs.map((i) => optString(i.id) ?? ''));
    const traceIds = traceIdsOf(inputs);
    if (traceIds)
      return multiStatus(inputs, traceIds, startedAt, 200, (i) => {
        const id = optString(i.id) ?? '';
        const rec = lookup(store, def, id, idProperty(i));
        if (!rec) throw notFound(notFoundMessage(def), { context: { ids: [id] } });
        const updated = store.update(def.objectTypeId, rec.id, i.properties ?? {});
        return recordJson(store, def, updated, Object.keys(updated.properties));
      });
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
    const keyOf = new Map(inputs.map((input, n) => [input, keys[n] as (typeof keys)[number]]));
    const upsertOne = (input: Record<string, unknown>): RecordJson & { new: boolean } => {
      const { idProperty, id } = keyOf.get(input) as (typeof keys)[number];
      const existing = store.findByUnique(def.objectTypeId, idProperty, id);
      const props = isRecord(input.properties) ? input.properties : {};
      const rec = existing
        ? store.update(def.objectTypeId, existing.id, props)
        : store.create(def.objectTypeId, { ...props, [idProperty]: id });
      return { ...recordJson(store, def, rec, Object.keys(rec.properties)), new: !existing };
    };
    const traceIds = traceIdsOf(inputs);
    if (traceIds) return multiStatus(inputs, traceIds, startedAt, 200, upsertOne);
    // Without trace ids one invalid input fails the batch before anything is written.
    inputs.forEach((input) => {
      const { idProperty, id } = keyOf.get(input) as (typeof keys)[number];
      const existing = store.findByUnique(def.objectTypeId, idProperty, id);
      const props = isRecord(input.properties) ? input.properties : {};
      store.validate(def.objectTypeId, existing ? props : { ...props, [idProperty]: id }, existing);
    });
    return ok(batchJson(inputs.map(upsertOne), startedAt));
  });

  router.add('POST', `${prefix}/:type/batch/archive`, (req) => {
    const def = typeOf(req);
    for (const input of inputsOf(req)) store.archive(def.objectTypeId, optString(input.id) ?? '');
    return noContent();
  });
}
