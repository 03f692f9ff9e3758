/**
 * `npm run deploy`: builds the functions, checks offline everything that can be checked before
 * HubSpot sees the project, says what will be uploaded, then runs `hs project upload` (any extra
 * arguments, such as `--account=<name>`, go to it). `npm run deploy -- --check-only` stops before
 * uploading.
 *
 * The checks: every function bundle exists and is newer than every source it is built from; every
 * secret a function lists is documented in docs/deploy.md; the project builds, lints and parses
 * the way HubSpot builds it (scripts/hubspot-build.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFunctions } from './build-functions';
import {
  buildExtensionsAlone,
  copyProjectAsUploaded,
  installAsHubSpot,
  lintAsHubSpot,
  parseAsHubSpot,
  repoRoot,
} from './hubspot-build';

export interface CheckResult {
  check: string;
  ok: boolean;
  detail: string;
}

interface FunctionMeta {
  file: string;
  entrypoint: string;
  secretKeys: string[];
}

function walk(dir: string, keep: (name: string) => boolean = () => true): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (!keep(entry.name)) return [];
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path, keep) : [path];
  });
}

const uploaded = (name: string) => name !== 'node_modules' && !name.startsWith('.');

function functionMetas(root: string): FunctionMeta[] {
  const dir = join(root, 'src', 'app', 'functions');
  return readdirSync(dir)
    .filter((name) => name.endsWith('-hsmeta.json'))
    .map((name) => {
      const meta = JSON.parse(readFileSync(join(dir, name), 'utf8')) as {
        config: { entrypoint: string; secretKeys?: string[] };
      };
      return {
        file: `src/app/functions/${name}`,
        entrypoint: meta.config.entrypoint,
        secretKeys: meta.config.secretKeys ?? [],
      };
    });
}

/** Each function's bundle exists and was built after the last change to what it is built from. */
export function checkFunctionsFresh(root: string): CheckResult {
  const sources = [
    ...walk(join(root, 'serverless'), uploaded),
    ...walk(join(root, 'src', 'app', 'packages'), uploaded),
  ].filter((file) => /\.tsx?$/.test(file) && !file.endsWith('.test.ts'));
  const newest = sources.reduce((latest, file) => Math.max(latest, statSync(file).mtimeMs), 0);
  const problems = functionMetas(root).flatMap(({ entrypoint }) => {
    const bundle = join(root, 'src', entrypoint);
    if (!existsSync(bundle)) return [`${relative(root, bundle)} is missing`];
    return statSync(bundle).mtimeMs < newest
      ? [`${relative(root, bundle)} is older than its sources`]
      : [];
  });
  return {
    check: 'function bundles built and fresh',
    ok: problems.length === 0,
    detail: problems.length ? `${problems.join('; ')}: run \`npm run build\`` : 'all fresh',
  };
}

/** Every secret a function reads is in the secrets table of docs/deploy.md. */
export function checkSecretsDocumented(root: string): CheckResult {
  const guide = readFileSync(join(root, 'docs', 'deploy.md'), 'utf8');
  const documented = new Set(
    [...guide.matchAll(/^\|\s*`([A-Z][A-Z0-9_]*)`\s*\|/gm)].map((m) => m[1]),
  );
  const missing = [...new Set(functionMetas(root).flatMap(({ secretKeys }) => secretKeys))].filter(
    (name) => !documented.has(name),
  );
  return {
    check: 'every secret documented in docs/deploy.md',
    ok: missing.length === 0,
    detail: missing.length ? `not documented: ${missing.join(', ')}` : `${documented.size} secrets`,
  };
}

/** What `hs project upload` sends: src/ without node_modules and hidden files. */
export function uploadedFiles(root: string): string[] {
  return walk(join(root, 'src'), uploaded)
    .map((file) => relative(join(root, 'src'), file))
    .sort();
}

export function offlineChecks(root: string): CheckResult[] {
  return [checkFunctionsFresh(root), checkSecretsDocumented(root)];
}

async function hubspotBuildCheck(): Promise<CheckResult> {
  const projectDir = copyProjectAsUploaded();
  try {
    installAsHubSpot(projectDir);
    await parseAsHubSpot(projectDir);
    const built = await buildExtensionsAlone(projectDir, join(projectDir, 'dist'));
    const lint = lintAsHubSpot(projectDir);
    return {
      check: "HubSpot's install, parser, bundler (each extension alone) and lint",
      ok: lint.ok,
      detail: lint.ok
        ? built
            .map(({ folder, file, bytes }) => `${folder}/${file} ${(bytes / 1000).toFixed(1)} kB`)
            .join(', ')
        : lint.output,
    };
  } catch (error) {
    return {
      check: "HubSpot's install, parser, bundler (each extension alone) and lint",
      ok: false,
      detail: error instanceof Error ? error.message : String(error),
    };
  } finally {
    rmSync(projectDir, { recursive: true, force: true });
  }
}

async function main(args: string[]): Promise<number> {
  const checkOnly = args.includes('--check-only');
  const uploadArgs = args.filter((arg) => arg !== '--check-only');
  console.log('▶ Building the app functions');
  for (const { name, bytes } of await buildFunctions()) {
    console.log(`  src/app/functions/${name}.js  ${(bytes / 1024).toFixed(1)} KiB`);
  }
  console.log('▶ Checking before upload');
  const results = [...offlineChecks(repoRoot), await hubspotBuildCheck()];
  for (const { check, ok, detail } of results) {
    console.log(`  ${ok ? '✓' : '✖'} ${check}: ${detail}`);
  }
  if (results.some(({ ok }) => !ok)) {
    console.error('\nNothing was uploaded: fix the checks above first.');
    return 1;
  }
  const files = uploadedFiles(repoRoot);
  const bundles = files.filter((file) => /^app\/functions\/[^/]+\.js$/.test(file));
  console.log(
    `▶ Upload: ${files.length} files of src/ (no node_modules, no hidden files), including the built functions ${bundles.map((file) => basename(file)).join(', ')}, which git ignores but HubSpot needs`,
  );
  if (checkOnly) {
    console.log('  --check-only: not uploading.');
    return 0;
  }
  const hs = join(repoRoot, 'node_modules', '.bin', 'hs');
  const upload = spawnSync(hs, ['project', 'upload', ...uploadArgs], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
  return upload.status ?? 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main(process.argv.slice(2));
}
