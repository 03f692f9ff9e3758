/**
 * `npm run bench`: measurements that tests must not make (sizes, speeds). Prints Markdown tables;
 * the figures recorded in docs/benchmarks.md come from here.
 */
import { benchBundles } from './bundles';

const sections: Array<[string, () => Promise<string[]>]> = [['Bundles', benchBundles]];

console.log(`Node ${process.version}, ${new Date().toISOString()}\n`);
for (const [title, run] of sections) {
  console.log(`## ${title}\n`);
  console.log((await run()).join('\n'));
  console.log('');
}
