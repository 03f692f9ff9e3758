import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHubSpotEmulator, type HubSpotEmulator } from '../../emulators/hubspot';
import { startQuickBooksEmulator, type QuickBooksEmulator } from '../../emulators/quickbooks';
import { submissionMarker } from '../../serverless/wizard/create';
import { functionsAgainst } from '../support/functions';
import { virtualClock } from '../support/virtual-clock';
import { qboSecrets } from '../support/qbo-secrets';
import { connectCompany, onDeal } from '../support/wizard';
import type { InvoiceDraft } from '@qbo-invoicing/contract';

/**
 * The reliability suite: wizard submissions driven through the functions in-process against both
 * emulators, with faults injected on both sides, and edited drafts resent after ambiguous
 * failures. Whatever happens, every submission ends with exactly one QuickBooks invoice, linked
 * exactly once, to its deal. The runs come from a seeded PRNG: a failure names its seed, and
 * RELIABILITY_SEED=<seed> replays it.
 */
// The full 1,000 the issue asks for run in `npm test` (about a minute on a shared 2-core machine,
// 0.06–0.1 s a submission); RELIABILITY_RUNS=200 gives a quick local check.
const RUNS = Number(process.env.RELIABILITY_RUNS ?? 1000);
const SEED = Number(process.env.RELIABILITY_SEED ?? Math.floor(Math.random() * 2 ** 31));

/** mulberry32: a small, well-known 32-bit PRNG, enough to replay a sequence of choices. */
function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    int: (n: number) => Math.floor(next() * n),
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  };
}

const faultKinds = [
  'none',
  'quickbooks 5xx on the create',
  'quickbooks 429',
  'answer lost after the create',
  'hubspot 5xx before the create',
  'hubspot failure after the create',
  'double click',
  'resend after success',
] as const;
type FaultKind = (typeof faultKinds)[number];
const edits = ['customer', 'lines', 'date', 'number', 'none'] as const;

let hubspot: HubSpotEmulator;
let qbo: QuickBooksEmulator;
beforeAll(async () => {
  [hubspot, qbo] = await Promise.all([
    startHubSpotEmulator({ seed: 'demo' }),
    startQuickBooksEmulator({ seed: 'demo' }),
  ]);
});
afterAll(async () => {
  await Promise.all([hubspot.close(), qbo.close()]);
});

type Answer = Awaited<ReturnType<ReturnType<typeof onDeal>>>;
interface Created {
  invoice: { invoiceId: string };
}

describe('reliability: fault-injected wizard submissions', () => {
  it(`${RUNS} submissions with faults on both sides: 0 duplicates, 0 orphans (seed ${SEED})`, async () => {
    const started = Date.now();
    console.log(`reliability seed ${SEED} (replay with RELIABILITY_SEED=${SEED})`);
    const rng = prng(SEED);
    const secrets = qboSecrets(qbo);
    const clock = virtualClock();
    // Two warm instances: a double click may land on either.
    const instances = [
      functionsAgainst(hubspot, secrets, { clock }),
      functionsAgainst(hubspot, secrets, { clock }),
    ];
    expect((await instances[0]!.run('setup.run', {})).ok).toBe(true);
    await connectCompany(instances[0]!.run, qbo.realms.us);
    await connectCompany(instances[0]!.run, qbo.realms.global);
    // QuickBooks' per-minute limits run on real time; the calls here run on a virtual clock.
    qbo.limits.enabled = false;
    /**
     * The US company (US sales tax, no invoice numbers of its own) and the UK one (VAT on each
     * line, numbers chosen in the wizard, so a resend can change the number too). Both bill in
     * their home currency here.
     */
    const companies = [
      { realmId: qbo.realms.us, currency: 'USD' },
      { realmId: qbo.realms.global, currency: 'GBP' },
    ].map(({ realmId, currency }) => {
      const realm = qbo.realm(realmId);
      return {
        realmId,
        currency,
        numbered: realmId === qbo.realms.global,
        realm,
        customers: realm
          .customers()
          .filter(
            (c) => c.Active !== false && (!c.CurrencyRef || c.CurrencyRef.value === currency),
          ),
        items: realm
          .items()
          .filter(
            (i) => i.Active !== false && ['Service', 'NonInventory'].includes(String(i.Type)),
          ),
      };
    });
    for (const company of companies) {
      expect(company.customers.length, company.realmId).toBeGreaterThan(2);
      expect(company.items.length, company.realmId).toBeGreaterThan(2);
    }
    const deals = Object.values(hubspot.demo.deals);
    type Company = (typeof companies)[number];

    const today = () => new Date(clock.now()).toISOString().slice(0, 10);
    const draftFor = (company: Company, number: string): InvoiceDraft => ({
      realmId: company.realmId,
      source: { kind: 'scratch' },
      customerId: String(rng.pick(company.customers).Id),
      currency: company.currency,
      lines: Array.from({ length: 1 + rng.int(3) }, (_, n) => ({
        itemId: String(rng.pick(company.items).Id),
        description: `Reliability line ${n + 1}`,
        quantity: String(1 + rng.int(9)),
        unitPrice: `${10 + rng.int(490)}.${String(rng.int(100)).padStart(2, '0')}`,
        serviceDate: null,
        // The UK company's standard rate VAT code; the US lines are not taxable.
        taxCodeId: company.numbered ? '1' : null,
        taxable: company.numbered,
      })),
      discount: null,
      txnTaxCodeId: null,
      globalTaxCalculation: company.numbered ? 'TaxExcluded' : null,
      termId: null,
      txnDate: today(),
      dueDate: today(),
      customerMemo: 'Thank you.',
      docNumber: company.numbered ? number : null,
    });
    const edited = (
      company: Company,
      draft: InvoiceDraft,
      edit: (typeof edits)[number],
    ): InvoiceDraft => {
      if (edit === 'customer')
        return { ...draft, customerId: String(rng.pick(company.customers).Id) };
      if (edit === 'lines')
        return {
          ...draft,
          lines: draft.lines.map((line) => ({ ...line, quantity: String(1 + rng.int(20)) })),
        };
      if (edit === 'date') {
        const earlier = new Date(`${draft.txnDate}T00:00:00Z`);
        earlier.setUTCDate(earlier.getUTCDate() - 1);
        return { ...draft, txnDate: earlier.toISOString().slice(0, 10) };
      }
      if (edit === 'number' && draft.docNumber)
        return { ...draft, docNumber: `${draft.docNumber}B` };
      return draft;
    };
    const clearFaults = () => {
      qbo.faults.failNext(0);
      qbo.faults.dropNext(0);
      qbo.faults.target(null);
      hubspot.faults.clear();
    };

    const faultCounts = new Map<FaultKind, number>();
    const companyCounts = new Map<string, number>();
    const editCounts = new Map<string, number>();
    const failures: string[] = [];
    const runs: Array<{
      submissionId: string;
      realmId: string;
      dealId: string;
      invoiceIds: Set<string>;
    }> = [];
    let attempts = 0;
    let ambiguous = 0;

    for (let i = 0; i < RUNS; i++) {
      // A day passes every 25 submissions: the company's "last day" of invoices stays realistic.
      if (i > 0 && i % 25 === 0) {
        clock.advance(25 * 3_600_000);
        qbo.clock.advance(25 * 3_600_000);
      }
      const dealId = rng.pick(deals);
      const submissionId = `rel-${SEED}-${String(i).padStart(4, '0')}`;
      const kind = rng.pick(faultKinds);
      faultCounts.set(kind, (faultCounts.get(kind) ?? 0) + 1);
      const company = rng.pick(companies);
      companyCounts.set(company.realmId, (companyCounts.get(company.realmId) ?? 0) + 1);
      const run = { submissionId, realmId: company.realmId, dealId, invoiceIds: new Set<string>() };
      runs.push(run);
      const calls = instances.map((instance) => onDeal(instance.run, dealId));
      const create = async (draft: InvoiceDraft, on = calls[0]!): Promise<Answer> => {
        attempts++;
        const answer = await on<Created>('invoices.createDraft', { submissionId, draft });
        if (answer.ok) run.invoiceIds.add(answer.data!.invoice.invoiceId);
        return answer;
      };

      let draft = draftFor(company, `R${SEED % 100_000}-${i}`);
      switch (kind) {
        case 'quickbooks 5xx on the create':
          qbo.faults.target({ method: 'POST', pathEndsWith: '/invoice' });
          qbo.faults.failNext(1 + rng.int(10), rng.pick([500, 502, 503]));
          break;
        case 'quickbooks 429':
          qbo.faults.failNext(1 + rng.int(4), 429);
          break;
        case 'answer lost after the create':
          qbo.faults.target({ method: 'POST', pathEndsWith: '/invoice' });
          qbo.faults.dropNext(1 + rng.int(10));
          break;
        case 'hubspot 5xx before the create':
          // The connection record's read (HubSpot's own read for the card is not ours to fail).
          hubspot.faults.target({ method: 'GET', pathEndsWith: `/${company.realmId}` });
          hubspot.faults.failNext(1 + rng.int(10), 503);
          break;
        case 'hubspot failure after the create':
          hubspot.faults.target({ method: 'POST', pathEndsWith: '/batch/upsert' });
          hubspot.faults.failNext(1 + rng.int(10), 503);
          break;
        default:
          break;
      }
      const first =
        kind === 'double click'
          ? await Promise.all([create(draft, calls[0]), create(draft, calls[1])])
          : [await create(draft)];
      clearFaults();
      let last = first[first.length - 1]!;
      for (const answer of first) {
        if (answer.ok) continue;
        if (!answer.error?.retryable) failures.push(`${submissionId}: ${answer.error?.message}`);
        if (/may have created this invoice/.test(answer.error?.message ?? '')) ambiguous++;
      }
      // After a failure, the rep may change the draft before Retry; after a success, resend it.
      if (first.some((answer) => !answer.ok) || kind === 'resend after success') {
        const drawn = rng.pick(edits);
        const edit = drawn === 'number' && !company.numbered ? 'none' : drawn;
        editCounts.set(edit, (editCounts.get(edit) ?? 0) + 1);
        draft = edited(company, draft, edit);
        last = await create(draft, rng.pick(calls));
      }
      if (!last.ok) failures.push(`${submissionId} after retry: ${last.error?.message}`);
    }

    // What QuickBooks holds: each submission's invoices, found by the marker create writes.
    const invoicesOf = new Map<string, string[]>();
    const runOfMarker = new Map(runs.map((run) => [submissionMarker(run.submissionId), run]));
    for (const invoice of companies.flatMap((company) => company.realm.invoices())) {
      const run = runOfMarker.get(String(invoice.PrivateNote ?? ''));
      if (run)
        invoicesOf.set(run.submissionId, [
          ...(invoicesOf.get(run.submissionId) ?? []),
          String(invoice.Id),
        ]);
    }
    const invoiceType = hubspot.store.schemas().find((s) => s.name === 'qbo_invoice')!.objectTypeId;
    const links = hubspot.store.list(invoiceType);
    let duplicates = 0;
    let orphans = 0;
    let wrongDeal = 0;
    let missing = 0;
    for (const run of runs) {
      const created = invoicesOf.get(run.submissionId) ?? [];
      if (created.length === 0) missing++;
      duplicates += Math.max(0, created.length - 1);
      for (const invoiceId of created) {
        const linked = links.filter(
          (link) => link.properties.link_key === `${run.realmId}:${invoiceId}`,
        );
        if (linked.length !== 1) {
          orphans++;
          continue;
        }
        const dealsOfLink = hubspot.store
          .associations(invoiceType, linked[0]!.id, '0-3')
          .map((association) => association.id);
        if (dealsOfLink.length !== 1 || dealsOfLink[0] !== run.dealId) wrongDeal++;
      }
      // Every answer the rep saw named that one invoice.
      if (run.invoiceIds.size !== 1 || !created.includes([...run.invoiceIds][0]!)) {
        failures.push(`${run.submissionId}: answers named ${[...run.invoiceIds].join(', ')}`);
      }
    }
    const seconds = (Date.now() - started) / 1000;
    console.log(
      JSON.stringify({
        seed: SEED,
        runs: RUNS,
        attempts,
        ambiguous,
        byCompany: Object.fromEntries(companyCounts),
        faults: Object.fromEntries(faultCounts),
        editsAfterFailure: Object.fromEntries(editCounts),
        duplicates,
        orphans,
        wrongDeal,
        missing,
        seconds,
      }),
    );
    expect({ duplicates, orphans, wrongDeal, missing, failures: failures.slice(0, 5) }).toEqual({
      duplicates: 0,
      orphans: 0,
      wrongDeal: 0,
      missing: 0,
      failures: [],
    });
    expect(qbo.conformanceViolations).toEqual([]);
  }, 600_000);
});
