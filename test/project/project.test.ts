/**
 * The checks HubSpot's offline parser skips: the project must be uploadable as it stands.
 */
import { translate } from '@hubspot/project-parsing-lib/translate';
import { validateUid } from '@hubspot/project-parsing-lib/uid';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { functionUids } from '../../src/app/shared/contract';
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

  it('pins the UI packages to exactly the versions the project is built and tested with', () => {
    const root = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
    for (const folder of ['cards', 'settings']) {
      const pkg = JSON.parse(readFileSync(join(appDir, folder, 'package.json'), 'utf8'));
      expect(pkg.dependencies.react).toBe('18.3.1');
      expect(pkg.dependencies['@hubspot/ui-extensions']).toBe(
        root.dependencies['@hubspot/ui-extensions'],
      );
      const installedZod = JSON.parse(
        readFileSync(join(repoRoot, 'node_modules/zod/package.json'), 'utf8'),
      ).version;
      expect(pkg.dependencies.zod).toBe(installedZod);
    }
    // The card uses src/app/shared/invoicing/, which needs decimal.js on HubSpot's build too.
    const cards = JSON.parse(readFileSync(join(appDir, 'cards', 'package.json'), 'utf8'));
    const installedDecimal = JSON.parse(
      readFileSync(join(repoRoot, 'node_modules/decimal.js/package.json'), 'utf8'),
    ).version;
    expect(cards.dependencies['decimal.js']).toBe(installedDecimal);
  });

  it('asks for exactly the scopes docs/scopes.md justifies', () => {
    const app = metas.find(({ meta }) => meta.type === 'app')?.meta as HsMeta;
    const auth = app.config.auth as { type: string; requiredScopes: string[] };
    expect(app.config.distribution).toBe('private');
    expect(auth.type).toBe('static');
    const doc = readFileSync(join(repoRoot, 'docs', 'scopes.md'), 'utf8');
    const documented = [...doc.matchAll(/^\|\s*`([a-z._]+)`\s*\|/gm)].map((match) => match[1]);
    expect([...auth.requiredScopes].sort()).toEqual([...new Set(documented)].sort());
  });
});
