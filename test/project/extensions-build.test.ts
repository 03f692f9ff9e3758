/**
 * The project as HubSpot builds it on upload, away from this repository's node_modules: a copy of
 * what `hs project upload` sends, `npm ci` at the workspace root from the committed lock file, each
 * extension bundled by HubSpot's bundler with only its own folder and its installed dependencies,
 * HubSpot's lint and HubSpot's parser (scripts/hubspot-build.ts).
 */
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildExtensionsAlone,
  copyProjectAsUploaded,
  extensionsOf,
  installAsHubSpot,
  lintAsHubSpot,
  parseAsHubSpot,
  type BuiltExtension,
} from '../../scripts/hubspot-build';
import { buildFunctions } from '../../scripts/build-functions';

let projectDir: string;
let built: BuiltExtension[];

beforeAll(async () => {
  await buildFunctions();
  projectDir = copyProjectAsUploaded();
  installAsHubSpot(projectDir);
  built = await buildExtensionsAlone(projectDir, join(projectDir, 'dist'));
}, 300_000);

// Removed when the test process exits, not in afterAll: the build that is meant to fail rejects
// as soon as an import cannot resolve, while Vite is still finishing other modules of that build.
afterAll(() => {
  process.once('exit', () => rmSync(projectDir, { recursive: true, force: true }));
});

describe('the project as HubSpot builds it', () => {
  it("parses with HubSpot's parser, from the uploaded copy", async () => {
    const types = await parseAsHubSpot(projectDir);
    expect(types).toEqual(
      expect.arrayContaining(['APPLICATION', 'CARD', 'SETTINGS', 'APP_FUNCTION']),
    );
  });

  it('builds every card and the settings page alone, as remote-ui bundles', () => {
    expect(built.map(({ folder, file }) => `${folder}/${file}`).sort()).toEqual(
      extensionsOf(projectDir)
        .map(({ folder, file }) => `${folder}/${file}`)
        .sort(),
    );
    for (const extension of built) {
      const code = readFileSync(extension.path, 'utf8');
      // The entry registers itself with HubSpot's extension host.
      expect(code, extension.file).toMatch(/extend/);
      expect(extension.bytes).toBeGreaterThan(1000);
    }
  });

  it('keeps zod and decimal.js out of the browser: the functions check the data', () => {
    for (const extension of built) {
      const code = readFileSync(extension.path, 'utf8');
      expect(code, extension.file).not.toMatch(/ZodError|\$ZodType/);
      expect(code, extension.file).not.toMatch(/\[DecimalError\]/);
    }
  });

  it("passes HubSpot's lint (hs project lint) with no error and no warning", () => {
    const lint = lintAsHubSpot(projectDir);
    expect(lint.output).toMatch(/Linting passed in 2 directories/);
    expect(lint.output).not.toMatch(/warning|error/i);
    expect(lint.ok).toBe(true);
    // HubSpot's CLI takes 15-20 s on a busy 2-core machine; the browser tests run beside it.
  }, 90_000);

  it('fails, in the build and in the lint, when an extension imports a file outside its folder', async () => {
    const entry = join(projectDir, 'src', 'app', 'cards', 'InvoicesCard.tsx');
    const original = readFileSync(entry, 'utf8');
    appendFileSync(
      entry,
      "\nimport { formatDate } from '../packages/ui/format';\nexport const escaped = formatDate;\n",
    );
    try {
      await expect(
        buildExtensionsAlone(projectDir, join(projectDir, 'dist-escaped')),
      ).rejects.toThrow(/packages\/ui\/format/);
      const lint = lintAsHubSpot(projectDir);
      expect(lint.ok).toBe(false);
      expect(lint.output).toMatch(/Imports from outside "cards" will fail at build time/);
    } finally {
      writeFileSync(entry, original);
    }
  }, 90_000);
});
