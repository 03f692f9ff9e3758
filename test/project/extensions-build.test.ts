/**
 * Every card and the settings page must build with HubSpot's own extension bundler, offline, the
 * way HubSpot builds them on upload (remote-ui bundle, one file per entrypoint).
 */
import { buildSingleExtension } from '@hubspot/ui-extensions-dev-server/build';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths';

const entrypoints = [
  { folder: 'cards', file: 'InvoicesCard.tsx' },
  { folder: 'settings', file: 'Settings.tsx' },
];

const outDir = mkdtempSync(join(tmpdir(), 'extension-build-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe("HubSpot's extension bundler", () => {
  it.each(entrypoints)('builds $folder/$file', { timeout: 120_000 }, async ({ folder, file }) => {
    const root = join(repoRoot, 'src', 'app', folder);
    const output = join(outDir, folder);
    await buildSingleExtension({
      file: join(root, file),
      root,
      outputDir: output,
      minify: true,
      logLevel: 'silent',
    });
    const bundle = join(output, file.replace(/\.tsx$/, '.js'));
    expect(existsSync(bundle)).toBe(true);
    const code = readFileSync(bundle, 'utf8');
    // The entry registers itself with HubSpot's extension host.
    expect(code).toMatch(/extend/);
    expect(statSync(bundle).size).toBeGreaterThan(1000);
  });
});
