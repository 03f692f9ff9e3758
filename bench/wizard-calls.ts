/**
 * QuickBooks and HubSpot calls per wizard step and per created invoice: one whole run (start →
 * prepare from the published quote → review → create) through the real `invoices` function against
 * both emulators, counted from their request logs. The company is connected first (a warm
 * connection); the host's own read of `hs_object_id` is not the product's call and is not counted.
 */
import { must, startConnected } from './connected';
import type { InvoiceDraft } from '@qbo-invoicing/contract';

export async function benchWizardCalls(): Promise<string[]> {
  const { hubspot, qbo, fns, close } = await startConnected();
  try {
    const { run } = fns;

    const deal = { objectTypeId: '0-3', objectId: hubspot.demo.deals.publishedQuote };
    const isHostRead = (r: { method: string; path: string }) =>
      r.method === 'GET' && /^\/crm\/v3\/objects\/0-3\/\d+$/.test(r.path);
    const rows: Array<[string, number, number]> = [];
    async function step<T>(name: string, op: string, input: unknown): Promise<T> {
      const hs = hubspot.requests.length;
      const qb = qbo.requests.length;
      const data = must<T>(await run(op, input, deal), name);
      rows.push([
        name,
        qbo.requests.slice(qb).filter((r) => r.path.startsWith('/v3/company/')).length,
        hubspot.requests.slice(hs).filter((r) => !isHostRead(r)).length,
      ]);
      return data;
    }

    type Start = {
      today: string;
      submissionId: string;
      quotes: Array<{ id: string; selectable: boolean }>;
    };
    type Prepare = {
      terms: Array<{ id: string; name: string }>;
      taxCodes: Array<{ id: string; ratePercent: string | null }>;
      lines: Array<{
        name: string;
        description: string | null;
        quantity: string;
        unitPrice: string;
        match: { item: { id: string } } | null;
      }>;
      customerMatch: { customer: { id: string } } | null;
      profile: { defaultCustomerMessage: string | null };
    };
    const start = await step<Start>('wizard.start', 'wizard.start', {
      timeZone: 'America/Los_Angeles',
    });
    const quoteId = start.quotes.find((q) => q.selectable)?.id ?? '';
    const prepared = await step<Prepare>('wizard.prepare', 'wizard.prepare', {
      realmId: qbo.realms.us,
      source: { kind: 'quote', quoteId },
    });
    const net30 = prepared.terms.find((t) => t.name === 'Net 30');
    const draft: InvoiceDraft = {
      realmId: qbo.realms.us,
      source: { kind: 'quote', quoteId },
      customerId: prepared.customerMatch?.customer.id ?? '',
      currency: 'USD',
      lines: prepared.lines
        .filter((line) => line.match)
        .map((line) => ({
          itemId: line.match?.item.id ?? '',
          description: line.description ?? line.name,
          quantity: line.quantity,
          unitPrice: line.unitPrice,
          serviceDate: null,
          taxCodeId: null,
          taxable: true,
        })),
      discount: null,
      txnTaxCodeId: prepared.taxCodes.find((code) => code.ratePercent !== null)?.id ?? null,
      globalTaxCalculation: null,
      termId: net30?.id ?? null,
      txnDate: start.today,
      dueDate: new Date(Date.parse(`${start.today}T00:00:00Z`) + 30 * 86_400_000)
        .toISOString()
        .slice(0, 10),
      customerMemo: prepared.profile.defaultCustomerMessage ?? '',
      docNumber: null,
    };
    await step('wizard.review', 'wizard.review', { draft });
    await step('invoices.createDraft', 'invoices.createDraft', {
      submissionId: start.submissionId,
      draft,
    });
    const quickbooksTotal = rows.reduce((sum, [, qb]) => sum + qb, 0);
    const hubspotTotal = rows.reduce((sum, [, , hs]) => sum + hs, 0);
    return [
      '| step | QuickBooks calls | HubSpot calls |',
      '|---|---|---|',
      ...rows.map(([name, qb, hs]) => `| \`${name}\` | ${qb} | ${hs} |`),
      `| **whole run (one invoice)** | **${quickbooksTotal}** (target ≤ 5) | **${hubspotTotal}** (8 before connection records were read fresh per call) |`,
    ];
  } finally {
    await close();
  }
}
