/**
 * Function bundles: size on disk and cold `require` time (a fresh Node process per sample, as a
 * cold start is), and the UI extension bundles' sizes as HubSpot's bundler makes them.
 */
import { buildSingleExtension } from '@hubspot/ui-extensions-dev-server/build';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFunctions, functionsOutDir } from '../scripts/build-functions';
import { repoRoot } from '../test/support/paths';

const SAMPLES = 15;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function coldRequireMs(file: string): number {
  const script = `const t=process.hrtime.bigint();require(${JSON.stringify(file)});process.stdout.write(String(Number(process.hrtime.bigint()-t)/1e6))`;
  return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
}

export async function benchBundles(): Promise<string[]> {
  const lines = [
    '| function bundle | size (KiB) | cold require, median of 15 (ms) |',
    '|---|---|---|',
  ];
  for (const { name, bytes } of await buildFunctions()) {
    const file = join(functionsOutDir, `${name}.js`);
    const times = Array.from({ length: SAMPLES }, () => coldRequireMs(file));
    lines.push(`| \`${name}.js\` | ${(bytes / 1024).toFixed(1)} | ${median(times).toFixed(1)} |`);
  }
  const out = mkdtempSync(join(tmpdir(), 'bench-ext-'));
  lines.push('', '| UI extension bundle | size (KiB, minified) |', '|---|---|');
  for (const [folder, file] of [
    ['cards', 'InvoicesCard.tsx'],
    ['settings', 'Settings.tsx'],
  ] as const) {
    const root = join(repoRoot, 'src', 'app', folder);
    await buildSingleExtension({
      file: join(root, file),
      root,
      outputDir: join(out, folder),
      minify: true,
      logLevel: 'silent',
    });
    const size = statSync(join(out, folder, file.replace('.tsx', '.js'))).size;
    lines.push(`| \`${folder}/${file}\` | ${(size / 1024).toFixed(1)} |`);
  }
  rmSync(out, { recursive: true, force: true });
  return lines;
}
