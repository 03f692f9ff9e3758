/**
 * The server's layers are enforced by ESLint (eslint.config.js, `layerZones`): an import that
 * points up, from an adapter into a feature or from a feature into the composition root, and an
 * import cycle both fail `npm test`.
 */
import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths';

const eslint = new ESLint({ cwd: repoRoot });

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(repoRoot, file) });
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`);
}

describe('layers', () => {
  it.each([
    ['serverless/lib/probe.ts', "import { Config } from '../config';\nexport const x = Config;\n"],
    [
      'serverless/quickbooks/probe.ts',
      "import { Crm } from '../hubspot/crm';\nexport const x = Crm;\n",
    ],
    [
      'serverless/hubspot/probe.ts',
      "import { Setup } from '../setup/setup';\nexport const x = Setup;\n",
    ],
    [
      'serverless/invoicing/probe.ts',
      "import { select } from '../quickbooks';\nexport const x = select;\n",
    ],
    [
      'serverless/setup/probe.ts',
      "import { Services } from '../runtime/services';\nexport const x = Services;\n",
    ],
    [
      'serverless/invoices/probe.ts',
      "import { start } from '../wizard/start';\nexport const x = start;\n",
    ],
    // Contact and product sync stands apart from the invoice features, both ways.
    [
      'serverless/sync/probe.ts',
      "import { reconcile } from '../invoices/reconcile';\nexport const x = reconcile;\n",
    ],
    [
      'serverless/invoices/probe.ts',
      "import { syncItems } from '../sync/products';\nexport const x = syncItems;\n",
    ],
    [
      'serverless/sync/probe.ts',
      "import { Services } from '../runtime/services';\nexport const x = Services;\n",
    ],
  ])('refuses a wrong-way import in %s', async (file, code) => {
    expect(await problems(file, code)).toEqual([
      expect.stringMatching(/^import-x\/no-restricted-paths: Unexpected path/),
    ]);
  });

  it('refuses the UI contract in an adapter', async () => {
    const found = await problems(
      'serverless/quickbooks/probe.ts',
      "import type { ErrorCode } from '@qbo-invoicing/contract';\nexport type X = ErrorCode;\n",
    );
    expect(found.join('\n')).toMatch(/Adapters know nothing of the UI contract/);
  });

  it('accepts the imports that go down', async () => {
    expect(
      await problems(
        'serverless/wizard/probe.ts',
        "import { select } from '../quickbooks';\nimport { todayIn } from '../invoicing/status';\nimport type { OperationContext } from '../runtime/dispatch';\nexport const x = [select, todayIn];\nexport type C = OperationContext;\n",
      ),
    ).toEqual([]);
  });
});
