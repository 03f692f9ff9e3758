/**
 * The product calls HubSpot only through serverless/hubspot/crm.ts. Every path it calls must be
 * one the emulator serves, so a change to another API version (say the dated `2026-03` paths) fails
 * here until the emulator serves that path too (docs/emulators.md, "API versions").
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiRouter } from '../../../emulators/hubspot/api.js';
import { CrmStore } from '../../../emulators/hubspot/store.js';
import { repoRoot } from '../../support/paths';

function productCalls(): Array<{ method: string; path: string }> {
  const source = readFileSync(join(repoRoot, 'serverless', 'hubspot', 'crm.ts'), 'utf8');
  const pattern = /this\.http\.request[^(]*\(\s*'(GET|POST|PUT|PATCH|DELETE)',\s*[`']([^`']+)[`']/g;
  return [...source.matchAll(pattern)].map(([, method, path]) => ({
    method: method ?? '',
    // Any value stands in for an interpolated segment: the router matches by shape.
    path: (path ?? '').replace(/\$\{[^}]+\}/g, 'x1'),
  }));
}

describe('the paths the product calls', () => {
  it('are all served by the emulator, under the API versions the product uses', () => {
    const router = apiRouter(new CrmStore(1), 'UTC');
    const calls = productCalls();
    expect(calls.length).toBeGreaterThan(15);
    const unserved = calls.filter(({ method, path }) => !('handler' in router.match(method, path)));
    expect(unserved).toEqual([]);
    const versions = new Set(calls.map(({ path }) => path.split('/').slice(0, 3).join('/')));
    expect([...versions].sort()).toEqual(['/account-info/v3', '/crm/v3', '/crm/v4']);
  });
});
