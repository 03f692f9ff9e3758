/**
 * Bundles each app function (serverless/functions/<name>.ts) into one CommonJS file,
 * src/app/functions/<name>.js, the form HubSpot loads with require(). Everything the function
 * imports is inlined, so the functions folder needs no node_modules on HubSpot.
 */
import { build, context, type BuildOptions, type Metafile, type Plugin } from 'esbuild';
import { readdirSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const functionSources = join(root, 'serverless', 'functions');
export const functionsOutDir = join(root, 'src', 'app', 'functions');

const stub = (name: string) => join(root, 'scripts', 'bundle-stubs', `${name}.cjs`);

/**
 * What the bundles leave out or share, each for a reason the bundle tests prove:
 * - `form-data`: axios imports it for multipart bodies, which the functions never send.
 * - `winston`, `jsonwebtoken`: intuit-oauth requires them at load, but uses winston only with
 *   `logging: true` (never: it would write tokens to disk) and jsonwebtoken only to validate
 *   OpenID ID tokens (never: the product asks for the accounting scope alone).
 * - `axios`: our ESM imports would pull axios's ESM sources and intuit-oauth's `require` its
 *   CommonJS build, two copies of the same library; both get the CommonJS build.
 */
export const bundleAliases: Record<string, string> = {
  'form-data': stub('form-data'),
  winston: stub('winston'),
  jsonwebtoken: stub('jsonwebtoken'),
  axios: createRequire(import.meta.url).resolve('axios'),
};

export function functionNames(): string[] {
  return readdirSync(functionSources)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => basename(file, '.ts'));
}

/** How every function bundle is built; the benchmark builds its axios-only yardstick the same way. */
export function functionBuildOptions(entry: string, outfile: string): BuildOptions {
  return {
    entryPoints: [entry],
    outfile,
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    // HubSpot's runtime version is not documented; Node 20 output runs on 20 and 22.
    target: 'node20',
    format: 'cjs',
    minify: true,
    sourcemap: false,
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
    banner: { js: '// Built by `npm run build` from serverless/. Do not edit.' },
    alias: bundleAliases,
  };
}

export async function buildFunctions(): Promise<Array<{ name: string; bytes: number }>> {
  const sizes: Array<{ name: string; bytes: number }> = [];
  for (const name of functionNames()) {
    const result = await build(
      functionBuildOptions(
        join(functionSources, `${name}.ts`),
        join(functionsOutDir, `${name}.js`),
      ),
    );
    const output = Object.values((result.metafile as Metafile).outputs)[0];
    sizes.push({ name, bytes: output?.bytes ?? 0 });
  }
  return sizes;
}

/**
 * Builds every function bundle, then again on each change of its sources (`npm start`); returns
 * a stop. Each file is replaced whole (written beside, then renamed), so a reader never loads
 * half a bundle.
 */
export async function watchFunctions(): Promise<() => Promise<void>> {
  const atomicWrite: Plugin = {
    name: 'atomic-write',
    setup(pluginBuild) {
      pluginBuild.onEnd((result) => {
        for (const file of result.outputFiles ?? []) {
          const partial = `${file.path}.${process.pid}.partial`;
          writeFileSync(partial, file.contents);
          renameSync(partial, file.path);
        }
      });
    },
  };
  const contexts = await Promise.all(
    functionNames().map((name) =>
      context({
        ...functionBuildOptions(
          join(functionSources, `${name}.ts`),
          join(functionsOutDir, `${name}.js`),
        ),
        write: false,
        plugins: [atomicWrite],
      }),
    ),
  );
  await Promise.all(contexts.map((ctx) => ctx.rebuild()));
  await Promise.all(contexts.map((ctx) => ctx.watch()));
  return async () => {
    await Promise.all(contexts.map((ctx) => ctx.dispose()));
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const sizes = await buildFunctions();
  for (const { name, bytes } of sizes) {
    console.log(`src/app/functions/${name}.js  ${(bytes / 1024).toFixed(1)} KiB`);
  }
}
