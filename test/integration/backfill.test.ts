import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startHubSpotEmulator, type HubSpotEmulator } from '../../emulators/hubspot';
import { startQuickBooksEmulator, type QuickBooksEmulator } from '../../emulators/quickbooks';
import type { BackfillProgress } from '@qbo-invoicing/contract';
import type { Clock } from '../../serverless/lib/clock';
import { functionsAgainst } from '../support/functions';
import { qboSecrets } from '../support/qbo-secrets';
import { connectCompany } from '../support/wizard';
import { BACKFILL_RANGE as range, INVOICES, seedHistory } from '../support/backfill';

let hubspot: HubSpotEmulator;
let qbo: QuickBooksEmulator;
let secrets: Record<string, string>;

beforeAll(async () => {
  [hubspot, qbo] = await Promise.all([
    startHubSpotEmulator({ seed: 'demo' }),
    startQuickBooksEmulator({ seed: 'demo' }),
  ]);
});
afterAll(async () => {
  await Promise.all([hubspot.close(), qbo.close()]);
});
afterEach(() => {
  expect(qbo.conformanceViolations).toEqual([]);
});

/**
 * A clock whose time moves a millisecond each time it is read, so a run's "half the budget"
 * arrives after a known amount of work, whatever the machine's speed.
 */
function tickingClock(start = Date.now()): Clock {
  let now = start;
  return {
    now: () => (now += 1),
    sleep: async (ms) => {
      now += Math.max(0, ms);
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}

const linkType = () => hubspot.store.schemas().find((s) => s.name === 'qbo_invoice')!.objectTypeId;
const linkRecords = () => hubspot.store.list(linkType());

beforeEach(async () => {
  hubspot.reset('demo');
  qbo.reset('demo');
  qbo.limits.enabled = false;
  secrets = qboSecrets(qbo);
  const fns = functionsAgainst(hubspot, secrets);
  expect((await fns.run('setup.run', {})).ok).toBe(true);
  await connectCompany(fns.run, qbo.realms.us);
  await seedHistory(hubspot, qbo);
});

function data<T>(result: { ok: boolean; data?: unknown; error?: unknown }): T {
  expect(result.ok, JSON.stringify(result.error)).toBe(true);
  return result.data as T;
}

describe('linking past invoices', () => {
  it('dry run counts 2,000 invoices by outcome and writes nothing', async () => {
    const fns = functionsAgainst(hubspot, secrets);
    const before = hubspot.requests.length;
    const { counts } = data<{ counts: Record<string, number> }>(
      await fns.run('backfill.dryRun', { realmId: qbo.realms.us, ...range }),
    );
    expect(counts).toEqual({
      invoices: INVOICES,
      toContacts: 800,
      toCompanies: 700,
      ambiguous: 300,
      unmatched: 200,
      alreadyLinked: 0,
    });
    const writes = hubspot.requests
      .slice(before)
      .filter((r) => r.method !== 'GET' && !/\/(search|batch\/read)$/.test(r.path));
    expect(writes).toEqual([]);
    expect(linkRecords()).toEqual([]);
  });

  it('runs in chunks, survives a failure and a closed tab, links nothing twice, and resolves the ambiguous', async () => {
    const progress = async (fns: ReturnType<typeof functionsAgainst>, restart = false) =>
      data<{ progress: BackfillProgress }>(
        await fns.run('backfill.run', { realmId: qbo.realms.us, ...range, restart }),
      ).progress;
    const first = functionsAgainst(hubspot, secrets, { clock: tickingClock(), budgetMs: 3_000 });
    const one = await progress(first);
    expect(one.state).toBe('running');
    expect(one.total).toBe(INVOICES);
    expect(one.done).toBeGreaterThan(0);
    expect(one.done).toBeLessThan(INVOICES);
    expect(linkRecords().length).toBeGreaterThan(0);

    // QuickBooks fails the next call: nothing is lost, the cursor is where the last page ended.
    qbo.faults.failNext(1, 400);
    const failed = await first.run('backfill.run', { realmId: qbo.realms.us, ...range });
    expect(failed.ok).toBe(false);

    // The tab was closed: a cold function reads where the run stands from HubSpot and resumes.
    const resumed = functionsAgainst(hubspot, secrets, { clock: tickingClock(), budgetMs: 3_000 });
    const status = data<{ progress: BackfillProgress }>(
      await resumed.run('backfill.status', { realmId: qbo.realms.us }),
    ).progress;
    expect(status.done).toBe(one.done);
    let last = status;
    for (let calls = 0; last.state === 'running' && calls < 20; calls += 1)
      last = await progress(resumed);
    expect(last.state).toBe('complete');
    expect(last.done).toBe(INVOICES);
    expect(last.counts).toEqual({
      invoices: INVOICES,
      toContacts: 800,
      toCompanies: 700,
      ambiguous: 300,
      unmatched: 200,
      alreadyLinked: 0,
    });
    const keys = linkRecords().map((r) => r.properties.link_key);
    expect(keys).toHaveLength(1_500);
    expect(new Set(keys).size).toBe(1_500);
    expect(last.ambiguousInvoices).toHaveLength(200);
    expect(last.ambiguousMore).toBe(100);

    // A finished run answers its report again; a restart finds everything linked already.
    expect((await progress(resumed)).counts).toEqual(last.counts);

    const [ambiguous] = last.ambiguousInvoices;
    expect(ambiguous!.candidates).toHaveLength(2);
    const chosen = ambiguous!.candidates[1]!;
    const resolved = data<{ progress: BackfillProgress }>(
      await resumed.run('backfill.resolve', {
        realmId: qbo.realms.us,
        invoiceId: ambiguous!.invoiceId,
        target: { type: chosen.type, id: chosen.id },
      }),
    ).progress;
    expect(resolved.ambiguousInvoices).toHaveLength(199);
    expect(resolved.counts.toCompanies).toBe(701);
    const company = { objectTypeId: '0-2', objectId: chosen.id };
    const listed = data<{ invoices: Array<{ invoiceId: string }> }>(
      await resumed.run('invoices.listForRecord', { objectType: 'companies' }, company),
    );
    expect(listed.invoices.map((i) => i.invoiceId)).toEqual([ambiguous!.invoiceId]);
    // Deals are never guessed.
    expect(
      linkRecords().every(
        (r) => hubspot.store.associations(linkType(), r.id, 'deals').length === 0,
      ),
    ).toBe(true);
  });
});
