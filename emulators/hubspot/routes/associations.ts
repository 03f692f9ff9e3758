import { badRequest } from '../errors.js';
import { associationSpecJson, batchJson } from '../format.js';
import {
  intParam,
  isRecord,
  noContent,
  ok,
  optString,
  requireArray,
  requireObject,
  type ApiRequest,
} from '../http-util.js';
import type { Router } from '../router.js';
import type { CrmStore } from '../store.js';
import type { AssociationTypeDef, ObjectTypeDef } from '../types.js';

const BATCH_LIMIT = 1000;

/** `[{associationCategory, associationTypeId}]`, as v4 bodies carry association types. */
function typeIdsOf(raw: unknown): number[] {
  const list = requireArray(raw, 'association types');
  if (list.length === 0)
    throw badRequest('Invalid input JSON: at least one association type is required');
  return list.map((t) => {
    const id = isRecord(t) ? Number(t.associationTypeId) : NaN;
    if (!Number.isInteger(id))
      throw badRequest('Invalid input JSON: associationTypeId must be an integer');
    return id;
  });
}

/** v4 returns object ids as JSON numbers. */
const numericId = (id: string): number | string => (/^\d+$/.test(id) ? Number(id) : id);

function labelsPair(
  from: ObjectTypeDef,
  fromId: string,
  to: ObjectTypeDef,
  toId: string,
  types: AssociationTypeDef[],
): Record<string, unknown> {
  return {
    fromObjectTypeId: from.objectTypeId,
    fromObjectId: numericId(fromId),
    toObjectTypeId: to.objectTypeId,
    toObjectId: numericId(toId),
    labels: types.flatMap((t) => (t.label === null ? [] : [t.label])),
  };
}

function inputsOf(req: ApiRequest): Record<string, unknown>[] {
  const inputs = requireArray(requireObject(req.body).inputs, 'inputs');
  if (inputs.length > BATCH_LIMIT)
    throw badRequest(
      `Too many inputs: ${inputs.length}. The maximum batch size is ${BATCH_LIMIT}.`,
    );
  return inputs.map((i) => requireObject(i, 'each input'));
}

const idOf = (v: unknown): string => (isRecord(v) ? (optString(v.id) ?? '') : '');

export function associationRoutes(router: Router, store: CrmStore): void {
  const pair = (req: ApiRequest, a: string, b: string): [ObjectTypeDef, ObjectTypeDef] => [
    store.resolveType(req.params[a] ?? ''),
    store.resolveType(req.params[b] ?? ''),
  ];
  const obj = '/crm/v4/objects/:from/:fromId/associations';

  router.add('PUT', `${obj}/default/:to/:toId`, (req) => {
    const startedAt = new Date().toISOString();
    const [from, to] = pair(req, 'from', 'to');
    const fromId = req.params.fromId ?? '';
    const toId = req.params.toId ?? '';
    const def = store.defaultAssociationType(from.objectTypeId, to.objectTypeId);
    if (!def) throw badRequest(`No default association exists between ${from.name} and ${to.name}`);
    store.associate([from.objectTypeId, fromId], [to.objectTypeId, toId], [def.typeId]);
    const spec = { associationCategory: def.category, associationTypeId: def.typeId };
    return ok(
      batchJson([{ from: { id: fromId }, to: { id: toId }, associationSpec: spec }], startedAt),
    );
  });

  router.add('PUT', `${obj}/:to/:toId`, (req) => {
    const [from, to] = pair(req, 'from', 'to');
    const fromId = req.params.fromId ?? '';
    const toId = req.params.toId ?? '';
    const typeIds = typeIdsOf(req.body);
    store.associate([from.objectTypeId, fromId], [to.objectTypeId, toId], typeIds);
    const types = typeIds.map((id) => store.checkedType(from.objectTypeId, to.objectTypeId, id));
    return ok(labelsPair(from, fromId, to, toId, types), 201);
  });

  router.add('GET', `${obj}/:to`, (req) => {
    const [from, to] = pair(req, 'from', 'to');
    const limit = intParam(req.query, 'limit', 500, 500);
    const all = store.associated(from.objectTypeId, req.params.fromId ?? '', to.objectTypeId);
    const start = Number(req.query.get('after') ?? '0') || 0;
    const page = all.slice(start, start + limit);
    const body: Record<string, unknown> = {
      results: page.map((l) => ({
        toObjectId: numericId(l.toId),
        associationTypes: l.types.map(associationSpecJson),
      })),
    };
    if (start + limit < all.length)
      body.paging = { next: { after: String(start + limit), link: `?after=${start + limit}` } };
    return ok(body);
  });

  router.add('DELETE', `${obj}/:to/:toId`, (req) => {
    const [from, to] = pair(req, 'from', 'to');
    store.disassociate(
      [from.objectTypeId, req.params.fromId ?? ''],
      [to.objectTypeId, req.params.toId ?? ''],
    );
    return noContent();
  });

  const batch = '/crm/v4/associations/:from/:to';

  router.add('POST', `${batch}/batch/create`, (req) => {
    const startedAt = new Date().toISOString();
    const [from, to] = pair(req, 'from', 'to');
    const results = [];
    const errors = [];
    for (const input of inputsOf(req)) {
      const fromId = idOf(input.from);
      const toId = idOf(input.to);
      const typeIds = typeIdsOf(input.types);
      const types = typeIds.map((id) => store.checkedType(from.objectTypeId, to.objectTypeId, id));
      if (!store.get(from.objectTypeId, fromId) || !store.get(to.objectTypeId, toId)) {
        errors.push({
          status: 'error',
          category: 'VALIDATION_ERROR',
          subCategory: 'crm.associations.INVALID_OBJECT_IDS',
          message: `One or more of the following object ids do not exist: ${from.objectTypeId} ${fromId}, ${to.objectTypeId} ${toId}`,
          context: { fromObjectId: [fromId], toObjectId: [toId] },
        });
        continue;
      }
      store.associate([from.objectTypeId, fromId], [to.objectTypeId, toId], typeIds);
      results.push(labelsPair(from, fromId, to, toId, types));
    }
    const status = errors.length > 0 ? 207 : 201;
    return ok(batchJson(results, startedAt, errors), status);
  });

  router.add('POST', `${batch}/batch/associate/default`, (req) => {
    const startedAt = new Date().toISOString();
    const [from, to] = pair(req, 'from', 'to');
    const def = store.defaultAssociationType(from.objectTypeId, to.objectTypeId);
    if (!def) throw badRequest(`No default association exists between ${from.name} and ${to.name}`);
    const results = inputsOf(req).map((input) => {
      const fromId = idOf(input.from);
      const toId = idOf(input.to);
      store.associate([from.objectTypeId, fromId], [to.objectTypeId, toId], [def.typeId]);
      const spec = { associationCategory: def.category, associationTypeId: def.typeId };
      return { from: { id: fromId }, to: { id: toId }, associationSpec: spec };
    });
    return ok(batchJson(results, startedAt));
  });

  router.add('POST', `${batch}/batch/read`, (req) => {
    const startedAt = new Date().toISOString();
    const [from, to] = pair(req, 'from', 'to');
    const results = [];
    const errors = [];
    for (const input of inputsOf(req)) {
      const id = optString(input.id) ?? '';
      const links = store.associated(from.objectTypeId, id, to.objectTypeId);
      if (links.length === 0) {
        errors.push({
          status: 'error',
          category: 'OBJECT_NOT_FOUND',
          subCategory: 'crm.associations.NO_ASSOCIATIONS_FOUND',
          message: `No ${to.singular} is associated with ${from.singular} ${id}.`,
          context: { fromObjectId: [id] },
        });
        continue;
      }
      results.push({
        from: { id },
        to: links.map((l) => ({
          toObjectId: numericId(l.toId),
          associationTypes: l.types.map(associationSpecJson),
        })),
      });
    }
    return ok(batchJson(results, startedAt, errors), errors.length > 0 ? 207 : 200);
  });

  router.add('POST', `${batch}/batch/archive`, (req) => {
    const [from, to] = pair(req, 'from', 'to');
    for (const input of inputsOf(req)) {
      const targets = Array.isArray(input.to) ? input.to : [input.to];
      for (const t of targets)
        store.disassociate([from.objectTypeId, idOf(input.from)], [to.objectTypeId, idOf(t)]);
    }
    return noContent();
  });

  router.add('POST', `${batch}/batch/labels/archive`, (req) => {
    const [from, to] = pair(req, 'from', 'to');
    for (const input of inputsOf(req)) {
      const typeIds = typeIdsOf(input.types);
      store.disassociate(
        [from.objectTypeId, idOf(input.from)],
        [to.objectTypeId, idOf(input.to)],
        typeIds,
      );
    }
    return noContent();
  });

  router.add('GET', `${batch}/labels`, (req) => {
    const [from, to] = pair(req, 'from', 'to');
    return ok({
      results: store
        .associationTypesBetween(from.objectTypeId, to.objectTypeId)
        .map(associationSpecJson),
    });
  });

  router.add('POST', `${batch}/labels`, (req) => {
    const [from, to] = pair(req, 'from', 'to');
    const b = requireObject(req.body);
    const label = optString(b.label);
    const name = optString(b.name);
    if (!label || !name) throw badRequest('Invalid input JSON: label and name are required');
    if (
      store.associationTypesBetween(from.objectTypeId, to.objectTypeId).some((t) => t.name === name)
    )
      throw badRequest(`An association label named ${name} already exists`);
    const created = store.defineAssociationType(
      from.objectTypeId,
      to.objectTypeId,
      name,
      label,
      'USER_DEFINED',
    );
    const inverse = store.associationType(created.inverseTypeId);
    if (inverse && typeof b.inverseLabel === 'string') inverse.label = b.inverseLabel;
    return ok({ results: [created, ...(inverse ? [inverse] : [])].map(associationSpecJson) });
  });
}
