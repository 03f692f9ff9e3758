/**
 * `npm test`: every check, offline, in the order that fails fastest: formatting and lint, the
 * type-check, the function build, then the vitest suite (project checks, unit, emulator,
 * integration and UI tests). Ends with the plain line "N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../test/support/paths';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function step(label: string, command: string, args: string[]): boolean {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) console.error(`✖ ${label} failed`);
  return result.status === 0;
}

const checks: Array<[string, string, string[]]> = [
  ['Prettier', npx, ['prettier', '--check', '.', '--log-level', 'warn']],
  ['ESLint', npx, ['eslint', '.', '--max-warnings', '0']],
  ['TypeScript (strict)', npx, ['tsc', '-p', 'tsconfig.json', '--noEmit']],
  // The sandbox page and its browser tests are checked against the DOM's types.
  ['TypeScript (sandbox)', npx, ['tsc', '-p', 'sandbox/tsconfig.json', '--noEmit']],
  ['Build app functions', npx, ['tsx', 'scripts/build-functions.ts']],
];

const failedChecks = checks
  .filter(([label, command, args]) => !step(label, command, args))
  .map(([label]) => label);

const reportDir = join(repoRoot, '.tmp');
const report = join(reportDir, 'vitest-report.json');
mkdirSync(reportDir, { recursive: true });
rmSync(report, { force: true });
const extra = process.argv.slice(2);
step('Vitest', npx, [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...extra,
]);

let passed = 0;
let failed = 0;
if (existsSync(report)) {
  const results = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    testResults: Array<{ status: string; assertionResults: unknown[] }>;
  };
  passed = results.numPassedTests;
  // A file that fails to load has no tests to count; count it as one failure.
  const brokenFiles = results.testResults.filter(
    (file) => file.status === 'failed' && file.assertionResults.length === 0,
  );
  failed = results.numFailedTests + brokenFiles.length;
} else {
  failed += 1;
}
failed += failedChecks.length;
if (failedChecks.length > 0) console.error(`\nFailed checks: ${failedChecks.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
