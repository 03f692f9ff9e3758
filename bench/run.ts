/**
 * `npm run bench`: measurements that tests must not make (sizes, speeds). Prints Markdown tables;
 * the figures recorded in docs/benchmarks.md come from here.
 */
import os from 'node:os';
import { benchBackfill } from './backfill';
import { benchBundles } from './bundles';
import { benchQuickBooks } from './quickbooks';
import { benchReconcileCalls } from './reconcile-calls';
import { benchRecordSync } from './record-sync';
import { benchWizardCalls } from './wizard-calls';

const sections: Array<[string, () => Promise<string[]>]> = [
  ['QuickBooks emulator and client', benchQuickBooks],
  ['Bundles', benchBundles],
  ['Calls per wizard run', benchWizardCalls],
  ['Calls to keep invoices true', benchReconcileCalls],
  ['Linking past invoices', benchBackfill],
  ['Initial contact and product sync', benchRecordSync],
];

console.log(
  `Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, load average ${os.loadavg()[0]?.toFixed(2) ?? '?'}, ${new Date().toISOString()}\n`,
);
for (const [title, run] of sections) {
  console.log(`## ${title}\n`);
  console.log((await run()).join('\n'));
  console.log('');
}
