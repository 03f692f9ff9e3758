import { badRequest, notFound } from '../errors.js';
import { recordJson } from '../format.js';
import {
  boolParam,
  intParam,
  listParam,
  noContent,
  ok,
  requireObject,
  type ApiRequest,
} from '../http-util.js';
import { applyInlineAssociations, parseInlineAssociations } from '../inline-associations.js';
import type { Router } from '../router.js';
import type { CrmStore } from '../store.js';
import type { CrmRecord, ObjectTypeDef } from '../types.js';

/** Finds the record a path names, by id or by a unique `idProperty`. */
export function lookup(
  store: CrmStore,
  def: ObjectTypeDef,
  id: string,
  idProperty: string | null,
): CrmRecord | undefined {
  if (idProperty && idProperty !== 'hs_object_id')
    return store.findByUnique(def.objectTypeId, idProperty, id);
  return store.get(def.objectTypeId, id);
}

const byNumericId = (a: CrmRecord, b: CrmRecord): number => Number(a.id) - Number(b.id);

export function objectRoutes(router: Router, store: CrmStore, prefix: string): void {
  const typeOf = (req: ApiRequest): ObjectTypeDef => store.resolveType(req.params.type ?? '');

  router.add('GET', `${prefix}/:type`, (req) => {
    const def = typeOf(req);
    const limit = intParam(req.query, 'limit', 10, 100);
    const after = req.query.get('after');
    const all = store.records(def.objectTypeId, boolParam(req.query, 'archived')).sort(byNumericId);
    const start = after ? all.findIndex((r) => Number(r.id) >= Number(after)) : 0;
    const page = start < 0 ? [] : all.slice(start, start + limit);
    const next = start < 0 ? undefined : all[start + limit];
    const props = listParam(req.query, 'properties');
    const assoc = listParam(req.query, 'associations');
    const body: Record<string, unknown> = {
      results: page.map((r) => recordJson(store, def, r, props, assoc)),
    };
    if (next) body.paging = { next: { after: next.id, link: `?after=${next.id}` } };
    return ok(body);
  });

  router.add('POST', `${prefix}/:type`, (req) => {
    const def = typeOf(req);
    const body = requireObject(req.body);
    const links = parseInlineAssociations(store, def.objectTypeId, body.associations);
    const rec = store.create(def.objectTypeId, body.properties ?? {});
    applyInlineAssociations(store, def.objectTypeId, rec.id, links);
    return ok(recordJson(store, def, rec, Object.keys(rec.properties)), 201);
  });

  router.add('GET', `${prefix}/:type/:id`, (req) => {
    const def = typeOf(req);
    const id = req.params.id ?? '';
    // `archived=true` reads an archived record, as HubSpot allows.
    const rec = boolParam(req.query, 'archived')
      ? store.records(def.objectTypeId, true).find((r) => r.id === id)
      : lookup(store, def, id, req.query.get('idProperty'));
    if (!rec) throw notFound();
    const props = listParam(req.query, 'properties');
    return ok(recordJson(store, def, rec, props, listParam(req.query, 'associations')));
  });

  router.add('PATCH', `${prefix}/:type/:id`, (req) => {
    const def = typeOf(req);
    const rec = lookup(store, def, req.params.id ?? '', req.query.get('idProperty'));
    if (!rec) throw notFound();
    const body = requireObject(req.body);
    if (body.properties === undefined)
      throw badRequest('Invalid input JSON: properties is required');
    const updated = store.update(def.objectTypeId, rec.id, body.properties);
    return ok(recordJson(store, def, updated, Object.keys(updated.properties)));
  });

  router.add('DELETE', `${prefix}/:type/:id`, (req) => {
    const def = typeOf(req);
    store.archive(def.objectTypeId, req.params.id ?? '');
    return noContent();
  });
}
