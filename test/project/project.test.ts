/**
 * The checks HubSpot's offline parser skips: the project must be uploadable as it stands.
 */
import { translate } from '@hubspot/project-parsing-lib/translate';
import { validateUid } from '@hubspot/project-parsing-lib/uid';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { functionUids } from '@qbo-invoicing/contract/catalog';
import { buildFunctions } from '../../scripts/build-functions';
import { repoRoot } from '../support/paths';

const srcDir = join(repoRoot, 'src');
const appDir = join(srcDir, 'app');

interface HsMeta {
  uid: string;
  type: string;
  config: Record<string, unknown> & { entrypoint?: string };
}

function hsMetaFiles(): Array<{ path: string; meta: HsMeta }> {
  const found: Array<{ path: string; meta: HsMeta }> = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules') continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('-hsmeta.json')) {
        found.push({
          path: full.slice(srcDir.length + 1),
          meta: JSON.parse(readFileSync(full, 'utf8')) as HsMeta,
        });
      }
    }
  };
  walk(srcDir);
  return found;
}

describe('the HubSpot project', () => {
  const metas = hsMetaFiles();

  beforeAll(async () => {
    await buildFunctions();
  });

  it('is declared for platform 2026.03 with src as its source folder', () => {
    const project = JSON.parse(readFileSync(join(repoRoot, 'hsproject.json'), 'utf8'));
    expect(project).toMatchObject({ srcDir: 'src', platformVersion: '2026.03' });
  });

  it("is accepted by HubSpot's own parser, every component included", async () => {
    const result = await translate(
      { projectSourceDir: srcDir, platformVersion: '2026.03', accountId: 1 },
      { skipValidation: true },
    );
    expect(result.skippedHsMetaFiles).toEqual([]);
    const nodes = Object.values(result.intermediateRepresentation.intermediateNodesIndexedByUid);
    const types = nodes.map((node) => node.componentType).sort();
    expect(types).toEqual(
      expect.arrayContaining([
        'APPLICATION',
        'CARD',
        'SETTINGS',
        'APP_FUNCTION',
        'SERVERLESS_PACKAGE',
      ]),
    );
    for (const { meta } of metas)
      expect(
        Object.keys(result.intermediateRepresentation.intermediateNodesIndexedByUid),
      ).toContain(meta.uid);
  });

  it('has unique, valid uids', () => {
    const uids = metas.map(({ meta }) => meta.uid);
    expect(new Set(uids).size).toBe(uids.length);
    for (const uid of uids) expect(validateUid(uid), uid).toBeUndefined();
  });

  it('keeps hsmeta files only in the folders HubSpot reads, with no subfolders', () => {
    for (const { path } of metas) {
      expect(path).toMatch(/^app\/((cards|settings|functions)\/)?[^/]+-hsmeta\.json$/);
    }
  });

  it('has every entrypoint file', () => {
    for (const { path, meta } of metas) {
      if (meta.config.entrypoint)
        expect(existsSync(join(srcDir, meta.config.entrypoint)), `${path}`).toBe(true);
    }
  });

  it('has a built bundle for every function, and an hsmeta for every bundle', () => {
    const functionMetas = metas.filter(({ meta }) => meta.type === 'app-function');
    const entrypoints = functionMetas.map(({ meta }) => meta.config.entrypoint);
    for (const entry of entrypoints) expect(existsSync(join(srcDir, String(entry)))).toBe(true);
    const bundles = readdirSync(join(appDir, 'functions')).filter((file) => file.endsWith('.js'));
    expect(bundles.map((file) => `/app/functions/${file}`).sort()).toEqual([...entrypoints].sort());
  });

  it('routes every operation group to a declared function uid', () => {
    const functionIds = metas
      .filter(({ meta }) => meta.type === 'app-function')
      .map(({ meta }) => meta.uid);
    for (const uid of Object.values(functionUids)) expect(functionIds).toContain(uid);
  });

  it('gives cards, settings and functions their own package.json, and functions no ESM flag', () => {
    for (const folder of ['cards', 'settings', 'functions']) {
      expect(existsSync(join(appDir, folder, 'package.json')), folder).toBe(true);
    }
    const functionsPackage = JSON.parse(
      readFileSync(join(appDir, 'functions', 'package.json'), 'utf8'),
    );
    expect(functionsPackage.type).toBeUndefined();
  });

  it('pins every run-time dependency of the extensions and shared packages to what the repository installs', () => {
    const members = [
      'cards',
      'settings',
      ...readdirSync(join(appDir, 'packages')).map((name) => `packages/${name}`),
    ];
    const installed = (name: string) =>
      JSON.parse(readFileSync(join(repoRoot, 'node_modules', name, 'package.json'), 'utf8'))
        .version as string;
    for (const member of members) {
      const pkg = JSON.parse(readFileSync(join(appDir, member, 'package.json'), 'utf8'));
      for (const [name, version] of Object.entries(pkg.dependencies ?? {})) {
        // Shared packages are the workspace's own; everything else is one exact version, so the
        // card never bundles a React or a ui-extensions other than the one the tests ran with.
        if (name.startsWith('@qbo-invoicing/')) expect(version, `${member}: ${name}`).toBe('*');
        else expect(version, `${member}: ${name}`).toBe(installed(name));
      }
    }
    const app = JSON.parse(readFileSync(join(appDir, 'package.json'), 'utf8'));
    const root = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
    // The same members in HubSpot's workspace (src/app) and in the repository's.
    expect(app.workspaces).toEqual(['cards', 'settings', 'packages/*']);
    expect(root.workspaces).toEqual(app.workspaces.map((glob: string) => `src/app/${glob}`));
  });

  it('asks for exactly the scopes docs/scopes.md justifies', () => {
    const app = metas.find(({ meta }) => meta.type === 'app')?.meta as HsMeta;
    const auth = app.config.auth as { type: string; requiredScopes: string[] };
    expect(app.config.distribution).toBe('private');
    expect(auth.type).toBe('static');
    const doc = readFileSync(join(repoRoot, 'docs', 'scopes.md'), 'utf8');
    const documented = [...doc.matchAll(/^\|\s*`([a-z._-]+)`\s*\|/gm)].map((match) => match[1]);
    expect([...auth.requiredScopes].sort()).toEqual([...new Set(documented)].sort());
  });
});
