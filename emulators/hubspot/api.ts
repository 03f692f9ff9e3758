import { Router } from './router.js';
import { accountRoutes } from './routes/account.js';
import { associationRoutes } from './routes/associations.js';
import { batchRoutes } from './routes/batch.js';
import { objectRoutes } from './routes/objects.js';
import { propertyRoutes } from './routes/properties.js';
import { schemaRoutes } from './routes/schemas.js';
import { searchRoutes } from './routes/search.js';
import type { CrmStore } from './store.js';

/** Object paths: the classic v3 one and the date-versioned alias. */
const OBJECT_PREFIXES = ['/crm/v3/objects', '/crm/objects/2026-03'];
const SCHEMA_PREFIXES = ['/crm-object-schemas/v3/schemas', '/crm/v3/schemas'];

/** All HubSpot API routes, bound to one store. */
export function apiRouter(store: CrmStore, timeZone: string): Router {
  const router = new Router();
  for (const prefix of OBJECT_PREFIXES) {
    // Batch and search first: they would otherwise match `/:type/:id`.
    batchRoutes(router, store, prefix);
    searchRoutes(router, store, prefix);
    objectRoutes(router, store, prefix);
  }
  propertyRoutes(router, store);
  for (const prefix of SCHEMA_PREFIXES) schemaRoutes(router, store, prefix);
  associationRoutes(router, store);
  accountRoutes(router, store.portalId, timeZone, store.clock);
  return router;
}
