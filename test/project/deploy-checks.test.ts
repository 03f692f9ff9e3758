/**
 * `npm run deploy` checks offline, before uploading, what HubSpot would only find later: stale
 * function bundles and secrets a function reads that the guide does not document.
 */
import { cpSync, mkdtempSync, rmSync, utimesSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildFunctions } from '../../scripts/build-functions';
import { offlineChecks, uploadedFiles } from '../../scripts/deploy';
import { repoRoot } from '../support/paths';

const copies: string[] = [];

/** The parts of the repository the checks read, copied so each test can break one. */
function copyOfRepository(): string {
  const root = mkdtempSync(join(tmpdir(), 'deploy-checks-'));
  copies.push(root);
  for (const part of ['serverless', 'src', 'docs']) {
    cpSync(join(repoRoot, part), join(root, part), {
      recursive: true,
      filter: (source) => !source.includes('node_modules'),
    });
  }
  return root;
}

beforeAll(async () => {
  await buildFunctions();
}, 120_000);
afterEach(() => {
  for (const root of copies.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('the deploy checks', () => {
  it('pass on the repository as it is, with freshly built functions', () => {
    const results = offlineChecks(repoRoot);
    expect(results.map(({ check, ok }) => [check, ok])).toEqual([
      ['function bundles built and fresh', true],
      ['every secret documented in docs/deploy.md', true],
    ]);
  });

  it('refuse a function bundle older than a source it is built from', () => {
    const root = copyOfRepository();
    const bundle = join(root, 'src', 'app', 'functions', 'invoices.js');
    const past = new Date(Date.UTC(2020, 0, 1));
    utimesSync(bundle, past, past);
    const [fresh] = offlineChecks(root);
    expect(fresh?.ok).toBe(false);
    expect(fresh?.detail).toContain('src/app/functions/invoices.js is older than its sources');
    expect(fresh?.detail).toContain('npm run build');
  });

  it('refuse a secret a function reads that docs/deploy.md does not document', () => {
    const root = copyOfRepository();
    const meta = join(root, 'src', 'app', 'functions', 'admin-hsmeta.json');
    const parsed = JSON.parse(readFileSync(meta, 'utf8'));
    parsed.config.secretKeys.push('SOMETHING_NEW');
    writeFileSync(meta, JSON.stringify(parsed));
    const [, secrets] = offlineChecks(root);
    expect(secrets).toMatchObject({ ok: false, detail: 'not documented: SOMETHING_NEW' });
  });

  it('lists what upload sends: the built functions, no node_modules, no hidden files', () => {
    const files = uploadedFiles(repoRoot);
    expect(files).toEqual(
      expect.arrayContaining(['app/functions/invoices.js', 'app/package-lock.json']),
    );
    expect(files.some((file) => file.includes('node_modules'))).toBe(false);
    expect(files.some((file) => file.split('/').some((part) => part.startsWith('.')))).toBe(false);
  });
});
