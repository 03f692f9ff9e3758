/**
 * Every HubSpot API call the functions make is covered by a scope the app asks for: the calls are
 * read from serverless/hubspot/crm.ts (the one place that talks to HubSpot), their documented
 * scopes from the table in docs/scopes.md.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths';

const normalise = (path: string) => path.replace(/\$\{[^}]+\}|\{[^}]+\}/g, '{}');

function callsInCode(): { calls: string[]; requests: number } {
  const source = readFileSync(join(repoRoot, 'serverless', 'hubspot', 'crm.ts'), 'utf8');
  const pattern = /this\.http\.request[^(]*\(\s*'(GET|POST|PUT|PATCH|DELETE)',\s*[`']([^`']+)[`']/g;
  const calls = [...source.matchAll(pattern)].map(
    ([, method, path]) => `${method} ${normalise(path ?? '')}`,
  );
  return { calls, requests: source.match(/this\.http\.request/g)?.length ?? 0 };
}

function documentedCalls(): Map<string, string[]> {
  const doc = readFileSync(join(repoRoot, 'docs', 'scopes.md'), 'utf8');
  const rows = doc.matchAll(
    /^\|\s*`(GET|POST|PUT|PATCH|DELETE)`\s*\|\s*`([^`]+)`\s*\|(.*)\|\s*$/gm,
  );
  return new Map(
    [...rows].map(([, method, path, scopes]) => [
      `${method} ${normalise(path ?? '')}`,
      [...(scopes ?? '').matchAll(/`([a-z][a-z._-]*)`/g)].map((match) => match[1] as string),
    ]),
  );
}

const requiredScopes = (): string[] =>
  JSON.parse(readFileSync(join(repoRoot, 'src', 'app', 'app-hsmeta.json'), 'utf8')).config.auth
    .requiredScopes;

describe('scopes', () => {
  it('finds every HubSpot call in the code', () => {
    const { calls, requests } = callsInCode();
    // A call written in another form would slip past the table: every request must be read.
    expect(calls).toHaveLength(requests);
    expect(calls).toContain('GET /account-info/v3/details');
  });

  it('documents a scope for every HubSpot API path the functions call', () => {
    const documented = documentedCalls();
    const undocumented = callsInCode().calls.filter((call) => !documented.has(call));
    expect(undocumented).toEqual([]);
  });

  it('asks for every scope the table names, so no documented call answers MISSING_SCOPES', () => {
    const asked = new Set(requiredScopes());
    for (const [call, scopes] of documentedCalls()) {
      for (const scope of scopes) expect(asked.has(scope), `${call} needs ${scope}`).toBe(true);
    }
    expect(asked.has('oauth')).toBe(true);
  });
});
