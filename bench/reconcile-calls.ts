/**
 * QuickBooks and HubSpot calls for keeping linked invoices true: opening a record with 1, 10 and
 * 100 linked invoices (first open, an open with nothing changed, an open after a payment), a
 * change-feed catch-up of 1,000 changes, and one webhook delivery. Counted from the emulators'
 * request logs, through the real functions; the host's read of `hs_object_id` is not counted.
 */
import type { HubSpotEmulator } from '../emulators/hubspot';
import { webhookSignature, type QuickBooksEmulator } from '../emulators/quickbooks';
import { Config } from '../serverless/config';
import { systemClock } from '../serverless/lib/clock';
import { WarmCache } from '../serverless/lib/warm-cache';
import { Services } from '../serverless/runtime/services';
import { must, startConnected } from './connected';

type Json = Record<string, unknown>;

const isHostRead = (r: { method: string; path: string }) =>
  r.method === 'GET' && /^\/crm\/v3\/objects\/0-[123]\/\d+$/.test(r.path);

function counter(hubspot: HubSpotEmulator, qbo: QuickBooksEmulator) {
  return async (work: () => Promise<unknown>): Promise<[number, number]> => {
    const hs = hubspot.requests.length;
    const qb = qbo.requests.length;
    await work();
    return [
      qbo.requests.slice(qb).filter((r) => r.path.startsWith('/v3/company/')).length,
      hubspot.requests.slice(hs).filter((r) => !isHostRead(r)).length,
    ];
  };
}

export async function benchReconcileCalls(): Promise<string[]> {
  const { hubspot, qbo, secrets, fns, close } = await startConnected({ qboLimits: false });
  try {
    const services = new Services(
      new Config({
        PRIVATE_APP_ACCESS_TOKEN: hubspot.token,
        EMULATOR_HUBSPOT_API_URL: hubspot.url,
        ...secrets,
      }),
      { deadline: Date.now() + 600_000, clock: systemClock, cache: new WarmCache(systemClock) },
    );
    const realm = qbo.realm(qbo.realms.us);
    const customer = realm.customers()[0] as unknown as { Id: string; DisplayName: string };
    const item = realm.items().find((i) => i.Type === 'Service') as unknown as { Id: string };
    const createInvoice = (amount: number) =>
      realm.create('Invoice', {
        CustomerRef: { value: customer.Id },
        Line: [
          {
            DetailType: 'SalesItemLineDetail',
            Amount: amount,
            SalesItemLineDetail: {
              ItemRef: { value: item.Id },
              Qty: 1,
              UnitPrice: amount,
              TaxCodeRef: { value: 'NON' },
            },
          },
        ],
      }) as unknown as Json & { Id: string; TotalAmt: number; TxnDate: string; SyncToken: string };
    const linkTo = async (dealId: string, count: number) => {
      const invoices = Array.from({ length: count }, (_, n) => createInvoice(10 + n));
      await services.invoiceLinks.save(
        invoices.map((invoice) => ({
          recordId: null,
          realmId: qbo.realms.us,
          invoiceId: invoice.Id,
          number: null,
          customerId: customer.Id,
          customerName: customer.DisplayName,
          currency: 'USD',
          total: invoice.TotalAmt.toFixed(2),
          balance: invoice.TotalAmt.toFixed(2),
          txnDate: invoice.TxnDate,
          dueDate: null,
          emailStatus: 'NotSet',
          voided: false,
          deleted: false,
          lastUpdated: new Date().toISOString(),
          confirmedAt: null,
          storedStatus: 'AWAITING_SEND',
          paymentsNoted: [],
          remindersSent: [],
        })),
        [{ type: 'deals', id: dealId }],
        () => 'AWAITING_SEND',
      );
      return invoices;
    };
    const count = counter(hubspot, qbo);
    const dealIds = Object.values(hubspot.demo.deals);
    const rows: string[] = [];
    const sizes = [1, 10, 100];
    for (const [index, size] of sizes.entries()) {
      const dealId = dealIds[index] as string;
      const invoices = await linkTo(dealId, size);
      const record = { objectTypeId: '0-3', objectId: dealId };
      const open = () =>
        fns.run('invoices.listForRecord', { objectType: 'deals', timeZone: 'UTC' }, record);
      const first = await count(open);
      const unchanged = await count(open);
      const target = invoices[0];
      if (!target) throw new Error('no invoice');
      realm.create('Payment', {
        CustomerRef: { value: customer.Id },
        TotalAmt: 5,
        Line: [{ Amount: 5, LinkedTxn: [{ TxnId: target.Id, TxnType: 'Invoice' }] }],
      });
      const afterPayment = await count(open);
      rows.push(
        `| open a deal with ${size} linked invoice${size === 1 ? '' : 's'} | ${first.join(' / ')} | ${unchanged.join(' / ')} | ${afterPayment.join(' / ')} |`,
      );
    }

    // A catch-up of 1,000 changes: 1,000 linked invoices edited in QuickBooks.
    const many = await linkTo(dealIds[3] as string, 1000);
    must(await fns.run('invoices.syncNow', { realmId: qbo.realms.us }), 'first sync (full)');
    for (const invoice of many) {
      const current = realm.get('Invoice', invoice.Id) as unknown as { SyncToken: string };
      realm.update('Invoice', {
        Id: invoice.Id,
        SyncToken: current.SyncToken,
        sparse: true,
        DueDate: '2099-12-31',
      });
    }
    let result: Json = {};
    const catchUp = await count(async () => {
      const answer = await fns.run('invoices.syncNow', { realmId: qbo.realms.us });
      result = answer.data as Json;
    });

    // One webhook delivery: a payment on a linked invoice.
    const paid = many[0];
    if (!paid) throw new Error('no invoice');
    const payment = realm.create('Payment', {
      CustomerRef: { value: customer.Id },
      TotalAmt: 1,
      Line: [{ Amount: 1, LinkedTxn: [{ TxnId: paid.Id, TxnType: 'Invoice' }] }],
    }) as unknown as { Id: string };
    const body = JSON.stringify([
      {
        specversion: '1.0',
        id: 'bench-event-1',
        source: 'intuit.quickbooks.accounting',
        type: 'qbo.payment.created.v1',
        time: new Date().toISOString(),
        intuitentityid: payment.Id,
        intuitaccountid: qbo.realms.us,
        data: {},
      },
    ]);
    const webhook = await count(() =>
      fns.quickbooksWebhooks({
        method: 'POST',
        headers: { 'intuit-signature': webhookSignature(qbo.app.webhookVerifierToken, body) },
        rawBody: body,
      }),
    );

    return [
      'Calls as QuickBooks / HubSpot. "Today" before this feature, a listing made 0 / 2.',
      '',
      '| action | first open | open, nothing changed | open after a payment |',
      '|---|---|---|---|',
      ...rows,
      '',
      '| action | QuickBooks calls | HubSpot calls |',
      '|---|---|---|',
      `| Sync now: catch-up of 1,000 changed linked invoices (${String(result.invoicesUpdated)} updated, complete: ${String(result.complete)}) | ${catchUp[0]} (target ≤ 5) | ${catchUp[1]} |`,
      `| one webhook delivery (a payment on a linked invoice) | ${webhook[0]} | ${webhook[1]} |`,
    ];
  } finally {
    await close();
  }
}
