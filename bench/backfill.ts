/**
 * Linking past invoices: 2,000 invoices of a company linked to HubSpot contacts and companies by
 * `backfill.run`, called again and again as the settings page does, against both emulators with
 * QuickBooks' real limits on (500 requests a minute, 10 a second per company). Reports invoices
 * gone through per minute, QuickBooks calls per 1,000 invoices, and how many invoices a minute
 * QuickBooks' 500-a-minute ceiling alone would allow (it is not the bottleneck: HubSpot is).
 */
import { BACKFILL_RANGE, INVOICES, seedHistory } from '../test/support/backfill';
import { must, startConnected } from './connected';
import type { BackfillProgress } from '@qbo-invoicing/contract';

export async function benchBackfill(): Promise<string[]> {
  const { hubspot, qbo, fns, close } = await startConnected({ qboLimits: true });
  try {
    const { run } = fns;
    await seedHistory(hubspot, qbo);

    const [qb, hs] = [qbo.requests.length, hubspot.requests.length];
    const t0 = performance.now();
    let calls = 0;
    let progress: BackfillProgress | null = null;
    do {
      calls += 1;
      progress = must<{ progress: BackfillProgress }>(
        await run('backfill.run', { realmId: qbo.realms.us, ...BACKFILL_RANGE, restart: false }),
        'backfill.run',
      ).progress;
    } while (progress.state === 'running' && calls < 100);
    const minutes = (performance.now() - t0) / 60_000;
    const quickbooks = qbo.requests.slice(qb).filter((r) => r.path.startsWith('/v3/company/'));
    const hubspotCalls = hubspot.requests.slice(hs).length;
    const linked = progress.counts.toContacts + progress.counts.toCompanies;
    const perThousand = (quickbooks.length * 1000) / progress.done;
    // At QuickBooks' 500 calls a minute alone, this many invoices a minute could be read.
    const quickbooksCeiling = Math.round((500 * 1000) / perThousand);
    return [
      '| invoices | linked | function calls | seconds | invoices / min | QuickBooks calls (per 1,000 invoices) | QuickBooks-bound ceiling (invoices / min) | HubSpot calls |',
      '| -------- | ------ | -------------- | ------- | -------------- | ------------------------------------- | ----------------------------------------- | ------------- |',
      `| ${INVOICES} | ${linked} | ${calls} | ${(minutes * 60).toFixed(1)} | ${Math.round(progress.done / minutes)} | ${quickbooks.length} (${perThousand.toFixed(1)}) | ${quickbooksCeiling} | ${hubspotCalls} |`,
    ];
  } finally {
    await close();
  }
}
