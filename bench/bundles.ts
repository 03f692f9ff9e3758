/**
 * Bundles. The functions: size, and cold `require` in fresh Node processes beside a bundle that
 * loads axios alone, built with the same options, sampled interleaved so both see the same
 * machine. The UI extensions: built the way HubSpot builds them (scripts/hubspot-build.ts: the
 * uploaded copy, `npm ci` at src/app, each extension alone, HubSpot's bundler, minified), with
 * a breakdown by package from an esbuild bundle of the same entry and the same externals.
 */
import { build, type Metafile } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { buildFunctions, functionBuildOptions, functionsOutDir } from '../scripts/build-functions';
import {
  buildExtensionsAlone,
  copyProjectAsUploaded,
  extensionsOf,
  installAsHubSpot,
} from '../scripts/hubspot-build';

const SAMPLES = 21;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function coldRequireMs(file: string): number {
  const script = `const t=process.hrtime.bigint();require(${JSON.stringify(file)});process.stdout.write(String(Number(process.hrtime.bigint()-t)/1e6))`;
  return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
}

/**
 * The first call a fresh process answers, no network: each function's first operation (it loads
 * the schemas, the composition root and the feature's handlers, then stops for want of secrets).
 */
const firstCalls: Record<string, unknown> = {
  invoices: {
    parameters: { op: 'wizard.start', input: {} },
    propertiesToSend: { hs_object_id: '1' },
    secrets: {},
  },
  admin: { parameters: { op: 'connections.list', input: {} }, secrets: {} },
  'oauth-callback': { params: {}, secrets: {} },
};

function coldFirstCallMs(file: string, context: unknown): number {
  const script = `const t=process.hrtime.bigint();Promise.resolve(require(${JSON.stringify(file)}).main(${JSON.stringify(context)})).then(()=>process.stdout.write(String(Number(process.hrtime.bigint()-t)/1e6)))`;
  return Number(
    execFileSync(process.execPath, ['-e', script], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, APP_LOG_LEVEL: 'silent' },
    }),
  );
}

/** The yardstick: a function that does nothing but load axios, bundled like ours. */
async function buildAxiosOnly(dir: string): Promise<string> {
  const entry = join(dir, 'axios-only.ts');
  writeFileSync(entry, "import axios from 'axios';\nexport const main = () => axios.VERSION;\n");
  const outfile = join(dir, 'axios-only.js');
  await build({ ...functionBuildOptions(entry, outfile), logLevel: 'silent' });
  return outfile;
}

async function benchFunctions(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-functions-'));
  try {
    const functions = await buildFunctions();
    const yardstick = await buildAxiosOnly(dir);
    const files = [yardstick, ...functions.map(({ name }) => join(functionsOutDir, `${name}.js`))];
    const samples = new Map<string, number[]>(files.map((file) => [file, []]));
    const firsts = new Map<string, number[]>(files.map((file) => [file, []]));
    for (let round = 0; round < SAMPLES; round += 1) {
      // Interleaved, the order rotating each round, so drift on a shared machine hits all alike.
      for (let k = 0; k < files.length; k += 1) {
        const file = files[(round + k) % files.length] as string;
        samples.get(file)?.push(coldRequireMs(file));
        const name = functions.find((fn) => file.endsWith(`/${fn.name}.js`))?.name;
        if (name) firsts.get(file)?.push(coldFirstCallMs(file, firstCalls[name]));
      }
    }
    const base = median(samples.get(yardstick) ?? []);
    const lines = [
      `| bundle | size (KiB) | cold require, median of ${SAMPLES} (ms) | ratio to axios alone | require + first call, no network (ms) |`,
      '|---|---|---|---|---|',
      `| axios alone (yardstick) | ${(statSync(yardstick).size / 1024).toFixed(1)} | ${base.toFixed(1)} | 1.00× | |`,
    ];
    for (const { name, bytes } of functions) {
      const file = join(functionsOutDir, `${name}.js`);
      const ms = median(samples.get(file) ?? []);
      const first = median(firsts.get(file) ?? []);
      lines.push(
        `| \`${name}.js\` | ${(bytes / 1024).toFixed(1)} | ${ms.toFixed(1)} | ${(ms / base).toFixed(2)}× | ${first.toFixed(1)} |`,
      );
    }
    return lines;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Bytes of an esbuild bundle of the entry, by package (workspace packages by name). */
async function breakdown(appDir: string, entry: string): Promise<Array<[string, number]>> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    metafile: true,
    logLevel: 'silent',
    external: ['react', 'react-dom', '@remote-ui/react'],
    define: { 'process.env.NODE_ENV': '"production"' },
    absWorkingDir: appDir,
  });
  const output = Object.values((result.metafile as Metafile).outputs)[0];
  const byPackage = new Map<string, number>();
  for (const [path, { bytesInOutput }] of Object.entries(output?.inputs ?? {})) {
    const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
    const own = /(?:^|\/)(cards|settings|packages\/[^/]+)\//.exec(
      relative(appDir, join(appDir, path)),
    );
    const key = inModules?.[1] ?? own?.[1]?.replace('packages/', '@qbo-invoicing/') ?? path;
    byPackage.set(key, (byPackage.get(key) ?? 0) + bytesInOutput);
  }
  return [...byPackage].sort((a, b) => b[1] - a[1]);
}

async function benchExtensions(): Promise<string[]> {
  const projectDir = copyProjectAsUploaded();
  try {
    installAsHubSpot(projectDir);
    const appDir = join(projectDir, 'src', 'app');
    const shares: string[] = [];
    for (const extension of extensionsOf(projectDir)) {
      const parts = await breakdown(appDir, join(appDir, extension.folder, extension.file));
      const total = parts.reduce((sum, [, bytes]) => sum + bytes, 0);
      shares.push(
        '',
        `| \`${extension.folder}/${extension.file}\` by package (esbuild, same externals) | kB | share |`,
        '|---|---|---|',
        ...parts.map(
          ([name, bytes]) =>
            `| ${name} | ${(bytes / 1000).toFixed(1)} | ${((100 * bytes) / total).toFixed(0)} % |`,
        ),
      );
    }
    const built = await buildExtensionsAlone(projectDir, join(projectDir, 'dist'));
    return [
      "| UI extension bundle (HubSpot's bundler, minified, built alone) | kB | KiB |",
      '|---|---|---|',
      ...built.map(
        ({ folder, file, bytes }) =>
          `| \`${folder}/${file}\` | ${(bytes / 1000).toFixed(1)} | ${(bytes / 1024).toFixed(1)} |`,
      ),
      ...shares,
    ];
  } finally {
    rmSync(projectDir, { recursive: true, force: true });
  }
}

export async function benchBundles(): Promise<string[]> {
  return [...(await benchFunctions()), '', ...(await benchExtensions())];
}
