/**
 * The project as HubSpot builds it, offline: a copy of what `hs project upload` sends (`src/`
 * without node_modules or dot-files, plus hsproject.json), dependencies installed where HubSpot
 * installs them (`npm ci` at the workspace root `src/app`, from the committed lock file), every
 * UI extension built by HubSpot's bundler with nothing but its own folder and its installed
 * dependencies in reach, HubSpot's lint, and HubSpot's parser.
 *
 * Used by the isolated build test and by `npm run deploy` before it uploads; `npm run
 * check:hubspot` runs it alone.
 */
import { remoteBuild } from '@hubspot/ui-extensions-dev-server/build';
import { translate } from '@hubspot/project-parsing-lib/translate';
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

export interface Extension {
  /** The extension's folder under src/app, e.g. "cards". */
  folder: string;
  /** The entry file inside it, e.g. "InvoicesCard.tsx". */
  file: string;
}

export interface BuiltExtension extends Extension {
  bytes: number;
  /** The bundle file. */
  path: string;
}

/** HubSpot's lint needs these in each extension's own node_modules (CLI 8.14, uieLinting.js). */
export const hubspotLintPackages = [
  'eslint',
  '@eslint/js',
  'typescript-eslint',
  '@hubspot/eslint-config-ui-extensions',
  'eslint-config-prettier',
  'eslint-plugin-react',
  'eslint-plugin-react-hooks',
  'eslint-plugin-unused-imports',
  'prettier',
  'jiti',
];

/** The UI extensions the project declares: every card and the settings page, from their hsmeta. */
export function extensionsOf(projectDir: string): Extension[] {
  const appDir = join(projectDir, 'src', 'app');
  const found: Extension[] = [];
  for (const folder of ['cards', 'settings', 'pages']) {
    const dir = join(appDir, folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((file) => file.endsWith('-hsmeta.json'))) {
      const meta = JSON.parse(readFileSync(join(dir, name), 'utf8')) as {
        config?: { entrypoint?: string };
      };
      const entrypoint = meta.config?.entrypoint;
      if (entrypoint) found.push({ folder, file: basename(entrypoint) });
    }
  }
  return found;
}

/** What `hs project upload` zips: srcDir without node_modules and hidden files, and hsproject.json. */
export function copyProjectAsUploaded(from = repoRoot): string {
  const projectDir = mkdtempSync(join(tmpdir(), 'hubspot-build-'));
  cpSync(join(from, 'hsproject.json'), join(projectDir, 'hsproject.json'));
  cpSync(join(from, 'src'), join(projectDir, 'src'), {
    recursive: true,
    filter: (source) => {
      const name = basename(source);
      return name !== 'node_modules' && !name.startsWith('.');
    },
  });
  return projectDir;
}

/**
 * Runs a tool as a person would from a shell in that folder: without the `npm_*` variables and
 * INIT_CWD that an `npm run` or `npx` parent sets (HubSpot's CLI takes INIT_CWD as its working
 * folder, and would look for the project in this repository instead of the copy).
 */
function run(command: string, args: string[], cwd: string): { ok: boolean; output: string } {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !name.toLowerCase().startsWith('npm_') && name !== 'INIT_CWD',
    ),
  );
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env,
  });
  return {
    ok: result.status === 0,
    output: `${result.stdout ?? ''}${result.stderr ?? ''}`.trim(),
  };
}

/**
 * HubSpot's build servers run `npm ci --ignore-scripts --no-audit --no-optional --no-fund` at the
 * workspace root. `--prefer-offline` takes packages from npm's cache when they are there.
 */
export function installAsHubSpot(projectDir: string): void {
  const result = run(
    'npm',
    ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--omit=optional', '--prefer-offline'],
    join(projectDir, 'src', 'app'),
  );
  if (!result.ok) {
    throw new Error(
      `npm ci failed in src/app (is src/app/package-lock.json up to date? run \`npm run lock:app\`):\n${result.output}`,
    );
  }
}

/**
 * A workspace package reached by name is, for the extension, one more installed dependency: its
 * link in node_modules is replaced by a copy, so the package's folder can be taken away.
 */
function materialiseWorkspaceLinks(appDir: string): void {
  const modules = join(appDir, 'node_modules');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (
        entry.startsWith('@') &&
        statSync(path).isDirectory() &&
        !lstatSync(path).isSymbolicLink()
      ) {
        walk(path);
      } else if (lstatSync(path).isSymbolicLink()) {
        const target = resolve(dirname(path), readlinkSync(path));
        if (!relative(appDir, target).startsWith('..') && !target.startsWith(modules)) {
          rmSync(path);
          cpSync(target, path, { recursive: true, dereference: true });
        }
      }
    }
  };
  walk(modules);
}

/**
 * Builds each extension with HubSpot's bundler (`remoteBuild`, minified, as on upload) with only
 * its own folder and the installed node_modules beside it: every other folder of src/app is moved
 * out first, so an import that leaves the extension's folder cannot resolve, as on HubSpot.
 */
export async function buildExtensionsAlone(
  projectDir: string,
  outDir: string,
): Promise<BuiltExtension[]> {
  const appDir = join(projectDir, 'src', 'app');
  const aside = join(projectDir, 'aside');
  mkdirSync(aside, { recursive: true });
  materialiseWorkspaceLinks(appDir);
  const built: BuiltExtension[] = [];
  const keep = new Set(['node_modules', 'package.json', 'package-lock.json']);
  for (const extension of extensionsOf(projectDir)) {
    const others = readdirSync(appDir).filter(
      (entry) => !keep.has(entry) && entry !== extension.folder,
    );
    for (const entry of others) renameSync(join(appDir, entry), join(aside, entry));
    try {
      const root = join(appDir, extension.folder);
      // Each extension in its own folder: HubSpot's bundler empties its output folder first, and a
      // folder holds several cards.
      const output = join(outDir, extension.folder, extension.file.replace(/\.[jt]sx?$/, ''));
      await remoteBuild({
        root,
        entryPoint: join(root, extension.file),
        outputDir: output,
        logLevel: 'silent',
      });
      const path = join(output, extension.file.replace(/\.[jt]sx?$/, '.js'));
      if (!existsSync(path)) throw new Error(`HubSpot's bundler made no ${relative(outDir, path)}`);
      built.push({ ...extension, path, bytes: statSync(path).size });
    } finally {
      for (const entry of others) renameSync(join(aside, entry), join(appDir, entry));
    }
  }
  return built;
}

/**
 * `hs project lint --install-missing-deps=false`, HubSpot's own ESLint rules per extension. The
 * CLI looks for the lint packages only in each extension's own node_modules, where npm
 * workspaces never put them (they are hoisted to src/app/node_modules); each missing one is
 * linked to the hoisted copy so the CLI runs instead of skipping the folder.
 */
export function lintAsHubSpot(projectDir: string): { ok: boolean; output: string } {
  const appDir = join(projectDir, 'src', 'app');
  for (const folder of new Set(extensionsOf(projectDir).map(({ folder }) => folder))) {
    for (const name of hubspotLintPackages) {
      const link = join(appDir, folder, 'node_modules', name);
      if (existsSync(link)) continue;
      mkdirSync(dirname(link), { recursive: true });
      symlinkSync(join(appDir, 'node_modules', name), link, 'dir');
    }
  }
  const hs = join(repoRoot, 'node_modules', '.bin', 'hs');
  return run(hs, ['project', 'lint', '--install-missing-deps=false'], projectDir);
}

/** HubSpot's parser over the copy: every hsmeta file read, none skipped. */
export async function parseAsHubSpot(projectDir: string): Promise<string[]> {
  const result = await translate(
    { projectSourceDir: join(projectDir, 'src'), platformVersion: '2026.03', accountId: 1 },
    { skipValidation: true },
  );
  if (result.skippedHsMetaFiles.length > 0) {
    throw new Error(`HubSpot's parser skipped ${result.skippedHsMetaFiles.join(', ')}`);
  }
  return Object.values(result.intermediateRepresentation.intermediateNodesIndexedByUid).map(
    (node) => node.componentType,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const projectDir = copyProjectAsUploaded();
  try {
    console.log('▶ npm ci in src/app, as HubSpot installs');
    installAsHubSpot(projectDir);
    console.log("▶ HubSpot's parser");
    console.log(`  ${(await parseAsHubSpot(projectDir)).join(', ')}`);
    console.log("▶ each extension alone, with HubSpot's bundler");
    for (const { folder, file, bytes } of await buildExtensionsAlone(
      projectDir,
      join(projectDir, 'dist'),
    )) {
      console.log(`  ${folder}/${file}  ${(bytes / 1000).toFixed(1)} kB (${bytes} bytes)`);
    }
    console.log("▶ HubSpot's lint (hs project lint)");
    const lint = lintAsHubSpot(projectDir);
    console.log(lint.output);
    if (!lint.ok) process.exitCode = 1;
  } finally {
    rmSync(projectDir, { recursive: true, force: true });
  }
}
