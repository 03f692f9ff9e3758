/**
 * Initial contact and product sync: 10,000 QuickBooks customers and 5,000 items brought into
 * HubSpot by `sync.run` (existing records, create and update), called again and again as the
 * settings page does, against both emulators with both platforms' real limits on (QuickBooks 500
 * requests a minute and 10 a second per company; HubSpot 190 per rolling 10 seconds and 5
 * searches a second). Reports each platform's calls against the targets (≤ 20 and ≤ 200), the
 * time, and the throughput against the tighter platform's ceiling for the calls this sync needs.
 */
import axios from 'axios';
import type { OperationOutput, SyncSettings } from '@qbo-invoicing/contract';

type SyncRunOutput = OperationOutput<'sync.run'>;
import type { QuickBooksEmulator } from '../emulators/quickbooks';
import { defaultSyncSettings } from '../serverless/sync/settings';
import { must, startConnected } from './connected';

export const CUSTOMERS = 10_000;
export const ITEMS = 5_000;
/** QuickBooks: 500 requests a minute per company; HubSpot: 190 per 10 seconds (Professional). */
const QUICKBOOKS_PER_SECOND = 500 / 60;
const HUBSPOT_PER_SECOND = 190 / 10;
/** Bounds the loop: a run that needs more calls than this is a failure, not a slow run. */
const MAX_RUN_CALLS = 200;

/** Customers as a bookkeeper has them: a person's name, an email, a phone; one in five a company. */
function seedBooks(qbo: QuickBooksEmulator): void {
  const realm = qbo.realm(qbo.realms.us);
  const income = realm.items().find((i) => i.Type === 'Service')!.IncomeAccountRef;
  for (let n = 1; n <= CUSTOMERS; n += 1)
    realm.insertRaw('Customer', {
      DisplayName: `Bench Customer ${n}`,
      GivenName: 'Bench',
      FamilyName: `Customer ${n}`,
      // One in five buys for a company (its own domain); the others use a mailbox provider.
      PrimaryEmailAddr: {
        Address: n % 5 === 0 ? `buyer${n}@company${n}.example` : `customer${n}@gmail.com`,
      },
      PrimaryPhone: { FreeFormNumber: `(555) ${String(n).padStart(7, '0')}` },
      ...(n % 5 === 0 ? { CompanyName: `Bench Company ${n}` } : {}),
      Active: true,
      Balance: 0,
    });
  for (let n = 1; n <= ITEMS; n += 1)
    realm.insertRaw('Item', {
      Name: `Bench Item ${n}`,
      Sku: `BENCH-${n}`,
      Type: n % 3 === 0 ? 'NonInventory' : 'Service',
      UnitPrice: (n % 500) + (n % 100) / 100,
      Taxable: n % 2 === 0,
      IncomeAccountRef: income,
      Active: true,
    });
}

export async function benchRecordSync(): Promise<string[]> {
  const { hubspot, qbo, fns, close } = await startConnected({ qboLimits: true });
  try {
    const { run } = fns;
    seedBooks(qbo);
    const rules = { enabled: true, startPoint: 'existing' } as const;
    const settings: SyncSettings = {
      ...defaultSyncSettings,
      contacts: { ...defaultSyncSettings.contacts, ...rules },
      products: { ...defaultSyncSettings.products, ...rules },
    };
    must(await run('sync.settings.save', { realmId: qbo.realms.us, settings }), 'save settings');
    await axios.post(`${hubspot.url}/__emulator/faults`, { enforceRateLimits: true });

    const [qb, hs] = [qbo.requests.length, hubspot.requests.length];
    const t0 = performance.now();
    let calls = 0;
    let result: SyncRunOutput | null = null;
    let written = 0;
    do {
      calls += 1;
      result = must<SyncRunOutput>(
        await run('sync.run', {
          realmId: qbo.realms.us,
          dryRun: false,
          objects: ['contacts', 'products'],
        }),
        'sync.run',
      );

      written += result.counts.created + result.counts.updated + result.counts.matched;
    } while (!result.complete && calls < MAX_RUN_CALLS);
    const seconds = (performance.now() - t0) / 1000;
    const quickbooks = qbo.requests.slice(qb).filter((r) => r.path.startsWith('/v3/company/'));
    const hubspotCalls = hubspot.requests.slice(hs);
    const limited = hubspotCalls.filter((r) => r.status === 429).length;
    const records = CUSTOMERS + ITEMS;
    // Each platform alone, at its limit, with the calls this sync needs for these records.
    const quickbooksCeiling = (records / quickbooks.length) * QUICKBOOKS_PER_SECOND;
    const hubspotCeiling = (records / hubspotCalls.length) * HUBSPOT_PER_SECOND;
    const ceiling = Math.min(quickbooksCeiling, hubspotCeiling);
    const throughput = records / seconds;
    return [
      '| records | written | function calls | QuickBooks calls (target ≤ 20) | HubSpot calls (target ≤ 200; 429s) | seconds | records / s | tighter ceiling (records / s) | of the ceiling (target ≥ 80 %) |',
      '| ------- | ------- | -------------- | ------------------------------ | ---------------------------------- | ------- | ----------- | ----------------------------- | ------------------------------ |',
      `| ${CUSTOMERS} customers + ${ITEMS} items | ${written} | ${calls} | ${quickbooks.length} | ${hubspotCalls.length} (${limited}) | ${seconds.toFixed(1)} | ${Math.round(throughput)} | ${Math.round(ceiling)} (${hubspotCeiling <= quickbooksCeiling ? 'HubSpot' : 'QuickBooks'}) | ${Math.round((100 * throughput) / ceiling)} % |`,
    ];
  } finally {
    await close();
  }
}
