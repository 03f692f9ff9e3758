import { recordJson } from '../format.js';
import { ok } from '../http-util.js';
import type { Router } from '../router.js';
import { parseSearch, runSearch } from '../search.js';
import type { CrmStore } from '../store.js';

export function searchRoutes(router: Router, store: CrmStore, prefix: string): void {
  router.add('POST', `${prefix}/:type/search`, (req) => {
    const def = store.resolveType(req.params.type ?? '');
    const search = parseSearch(req.body);
    const { total, page, nextAfter } = runSearch(store, def, search);
    const body: Record<string, unknown> = {
      total,
      results: page.map((r) => recordJson(store, def, r, search.properties)),
    };
    if (nextAfter) body.paging = { next: { after: nextAfter, link: `?after=${nextAfter}` } };
    return ok(body);
  });
}
