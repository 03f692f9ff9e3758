/**
 * What the call-counting benchmarks start from: both emulators with demo data, the functions
 * against them, setup run and the US demo company connected by the paste-back flow.
 */
import axios from 'axios';
import { startHubSpotEmulator } from '../emulators/hubspot';
import { startQuickBooksEmulator } from '../emulators/quickbooks';
import { functionsAgainst } from '../test/support/functions';
import { qboSecrets } from '../test/support/qbo-secrets';

type Answer<T> = { ok: boolean; data?: T; error?: { message: string } };

/** The data of a successful answer, or an error naming the step that failed. */
export function must<T>(answer: unknown, step: string): T {
  const result = answer as Answer<T>;
  if (!result.ok || result.data === undefined)
    throw new Error(`${step} failed: ${result.error?.message ?? 'no data'}`);
  return result.data;
}

/** `qboLimits`: QuickBooks' real rate limits on or off (the emulator's default when not given). */
export async function startConnected(options: { qboLimits?: boolean } = {}) {
  // The functions log every operation; the tables are what a benchmark is for.
  process.env.APP_LOG_LEVEL ??= 'error';
  const [hubspot, qbo] = await Promise.all([
    startHubSpotEmulator({ seed: 'demo' }),
    startQuickBooksEmulator({ seed: 'demo' }),
  ]);
  const close = () => Promise.all([hubspot.close(), qbo.close()]);
  try {
    if (options.qboLimits !== undefined) qbo.limits.enabled = options.qboLimits;
    const secrets = qboSecrets(qbo);
    const fns = functionsAgainst(hubspot, secrets);
    must(await fns.run('setup.run', {}), 'setup');
    const started = must<{ authorizeUrl: string }>(
      await fns.run('connections.startConnect', {}),
      'connect',
    );
    const url = new URL(started.authorizeUrl);
    url.searchParams.set('realmId', qbo.realms.us);
    const consent = await axios.get(url.toString(), {
      maxRedirects: 0,
      validateStatus: () => true,
    });
    must(
      await fns.run('connections.complete', { redirectUrl: consent.headers.location }),
      'complete',
    );
    return { hubspot, qbo, secrets, fns, close };
  } catch (error) {
    await close();
    throw error;
  }
}
