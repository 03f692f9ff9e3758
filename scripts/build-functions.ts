/**
 * Bundles each app function (serverless/functions/<name>.ts) into one CommonJS file,
 * src/app/functions/<name>.js, the form HubSpot loads with require(). Everything the function
 * imports is inlined, so the functions folder needs no node_modules on HubSpot.
 */
import { build, type Metafile } from 'esbuild';
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const functionSources = join(root, 'serverless', 'functions');
export const functionsOutDir = join(root, 'src', 'app', 'functions');

export function functionNames(): string[] {
  return readdirSync(functionSources)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => basename(file, '.ts'));
}

export async function buildFunctions(): Promise<Array<{ name: string; bytes: number }>> {
  const sizes: Array<{ name: string; bytes: number }> = [];
  for (const name of functionNames()) {
    const result = await build({
      entryPoints: [join(functionSources, `${name}.ts`)],
      outfile: join(functionsOutDir, `${name}.js`),
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
      alias: { 'form-data': join(root, 'scripts', 'bundle-stubs', 'form-data.cjs') },
    });
    const output = Object.values((result.metafile as Metafile).outputs)[0];
    sizes.push({ name, bytes: output?.bytes ?? 0 });
  }
  return sizes;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const sizes = await buildFunctions();
  for (const { name, bytes } of sizes) {
    console.log(`src/app/functions/${name}.js  ${(bytes / 1024).toFixed(1)} KiB`);
  }
}
