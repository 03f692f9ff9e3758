import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import axios from 'axios';
import { startHubSpotEmulator, type HubSpotEmulator } from '../../emulators/hubspot';
import { startQuickBooksEmulator, type QuickBooksEmulator } from '../../emulators/quickbooks';
import { startSandbox, type Sandbox } from '../../sandbox/server/server';
import {
  functionBuildOptions,
  functionNames,
  functionSources,
} from '../../scripts/build-functions';
import { qboSecrets } from '../support/qbo-secrets';
import { repoRoot } from '../support/paths';

export interface Running {
  hubspot: HubSpotEmulator;
  qbo: QuickBooksEmulator;
  sandbox: Sandbox;
  /** The paste-back redirect: the emulator's landing page, whose address the admin copies. */
  redirectUri: string;
  /** Calls an app function through the sandbox, as a page would. */
  call(uid: string, op: string, input: unknown): Promise<{ ok: boolean; data?: unknown }>;
  close(): Promise<void>;
}

/**
 * Both emulators with demo data and the sandbox server in front of them, running function
 * bundles built for this run into a folder of its own (so a concurrent `npm run build` of
 * src/app/functions never hands it a half-written file).
 */
export async function startProduct(): Promise<Running> {
  const bundleDir = mkdtempSync(join(tmpdir(), 'sandbox-functions-'));
  await Promise.all(
    functionNames().map((name) =>
      build({
        ...functionBuildOptions(join(functionSources, `${name}.ts`), join(bundleDir, `${name}.js`)),
        minify: false,
      }),
    ),
  );
  const [hubspot, qbo] = await Promise.all([
    startHubSpotEmulator({ seed: 'demo' }),
    startQuickBooksEmulator({ seed: 'demo' }),
  ]);
  const redirectUri = `${qbo.url}/__emulator/oauth/callback`;
  const sandbox = await startSandbox({
    root: repoRoot,
    hubspot: { url: hubspot.url, token: hubspot.token, portalId: hubspot.portalId },
    secrets: qboSecrets(qbo, redirectUri),
    bundleDir,
  });
  // QuickBooks' webhooks reach the public endpoint function, as Intuit's would once registered.
  qbo.webhooks.url = `${sandbox.url}/hs/serverless/qbo/webhooks`;
  return {
    hubspot,
    qbo,
    sandbox,
    redirectUri,
    async call(uid, op, input) {
      const response = await axios.post<{ response: { ok: boolean; data?: unknown } }>(
        `${sandbox.url}/api/serverless`,
        { uid, parameters: { op, input }, propertiesToSend: [], record: null },
      );
      return response.data.response;
    },
    async close() {
      await Promise.all([sandbox.close(), hubspot.close(), qbo.close()]);
      rmSync(bundleDir, { recursive: true, force: true });
    },
  };
}
