import axios from 'axios';
import { expect } from 'vitest';
import type { HubSpotEmulator } from '../../emulators/hubspot';
import type { QuickBooksEmulator } from '../../emulators/quickbooks';
import { functionsAgainst } from './functions';

type Run = ReturnType<typeof functionsAgainst>['run'];

/** Connects a QuickBooks company the way an admin does (paste-back), through the real functions. */
export async function connectCompany(run: Run, realmId: string): Promise<void> {
  const started = await run('connections.startConnect', {});
  expect(started.ok).toBe(true);
  const url = new URL((started.data as { authorizeUrl: string }).authorizeUrl);
  url.searchParams.set('realmId', realmId);
  const response = await axios.get(url.toString(), { maxRedirects: 0, validateStatus: () => true });
  const completed = await run('connections.complete', {
    redirectUrl: response.headers.location as string,
  });
  expect(completed.ok).toBe(true);
}

/** The HubSpot calls our functions made (not the host's read of `hs_object_id` for propertiesToSend). */
export function ourHubSpotCalls(hubspot: HubSpotEmulator, from = 0) {
  return hubspot.requests
    .slice(from)
    .filter(
      (request) =>
        !(request.method === 'GET' && /^\/crm\/v3\/objects\/0-3\/\d+/.test(request.path)),
    );
}

/** QuickBooks Accounting API calls (not OAuth), from an index of the request log. */
export function quickBooksApiCalls(qbo: QuickBooksEmulator, from = 0) {
  return qbo.requests.slice(from).filter((request) => request.path.startsWith('/v3/company/'));
}

/** The invoices function, called as the card on a deal calls it. */
export function onDeal(run: Run, dealId: string) {
  const record = { objectTypeId: '0-3', objectId: dealId };
  return <T = unknown>(op: string, input: unknown) =>
    run(op, input, record) as Promise<{
      ok: boolean;
      data?: T;
      error?: { code: string; message: string; retryable: boolean; field?: string; fix?: string };
    }>;
}
