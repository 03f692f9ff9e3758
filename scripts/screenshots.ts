/**
 * `npm run screenshots`: the README's pictures of the card and of an invoice's preview, taken in
 * the offline sandbox (Debian's Chromium, as the end-to-end tests use it) after setup, a connected
 * US company, two invoices linked to the deal with a quote, and a payment recorded in QuickBooks.
 * Writes docs/sandbox-card.png and docs/sandbox-preview.png, and the same card as a rep in Spain
 * sees it (`?locale=es-ES`, Madrid time), docs/sandbox-card-es.png.
 */
import { join } from 'node:path';
import axios from 'axios';
import { Config } from '../serverless/config';
import { systemClock } from '../serverless/lib/clock';
import { WarmCache } from '../serverless/lib/warm-cache';
import { Services } from '../serverless/runtime/services';
import { launchChromium } from '../test/e2e/chromium';
import { startProduct } from '../test/e2e/sandbox';
import { repoRoot } from '../test/support/paths';

process.env.APP_LOG_LEVEL ??= 'error';
const [product, browser] = await Promise.all([startProduct(), launchChromium()]);
try {
  const { hubspot, qbo } = product;
  const admin = (op: string, input: unknown) => product.call('admin-function', op, input);
  await admin('setup.run', {});
  const started = (await admin('connections.startConnect', {})).data as { authorizeUrl: string };
  const consent = new URL(started.authorizeUrl);
  consent.searchParams.set('realmId', qbo.realms.us);
  const landing = await axios.get(consent.toString(), {
    maxRedirects: 0,
    validateStatus: () => true,
  });
  await admin('connections.complete', { redirectUrl: landing.headers.location });

  const realm = qbo.realm(qbo.realms.us);
  const customer = realm.customers().find((c) => c.DisplayName === "Amy's Bird Sanctuary");
  const item = realm.items().find((i) => i.Type === 'Service');
  if (!customer || !item) throw new Error('The demo company lacks its customer or service item.');
  const invoice = (amount: number, dueInDays: number) => {
    const today = new Date();
    const due = new Date(today.getTime() + dueInDays * 86_400_000).toISOString().slice(0, 10);
    return realm.create('Invoice', {
      CustomerRef: { value: customer.Id },
      BillEmail: { Address: 'birds@intuit.example' },
      DueDate: due,
      CustomerMemo: { value: 'Thank you for your business.' },
      Line: [
        {
          DetailType: 'SalesItemLineDetail',
          Amount: amount,
          Description: 'Garden design consultation',
          SalesItemLineDetail: {
            ItemRef: { value: item.Id },
            Qty: 1,
            UnitPrice: amount,
            TaxCodeRef: { value: 'NON' },
          },
        },
      ],
    }) as unknown as {
      Id: string;
      DocNumber?: string;
      TotalAmt: number;
      TxnDate: string;
      MetaData: { LastUpdatedTime: string };
    };
  };
  const invoices = [invoice(330.16, 30), invoice(1250, 14)];
  const services = new Services(
    new Config({ PRIVATE_APP_ACCESS_TOKEN: hubspot.token, EMULATOR_HUBSPOT_API_URL: hubspot.url }),
    { deadline: Date.now() + 60_000, clock: systemClock, cache: new WarmCache(systemClock) },
  );
  const dealId = hubspot.demo.deals.publishedQuote;
  await services.invoiceLinks.save(
    invoices.map((created) => ({
      recordId: null,
      realmId: qbo.realms.us,
      invoiceId: created.Id,
      number: created.DocNumber ?? null,
      customerId: customer.Id,
      customerName: customer.DisplayName,
      currency: 'USD',
      total: created.TotalAmt.toFixed(2),
      balance: created.TotalAmt.toFixed(2),
      txnDate: created.TxnDate,
      dueDate: null,
      emailStatus: 'NotSet',
      voided: false,
      deleted: false,
      lastUpdated: created.MetaData.LastUpdatedTime,
      confirmedAt: null,
      storedStatus: 'AWAITING_SEND',
      paymentsNoted: [],
      remindersSent: [],
    })),
    [{ type: 'deals', id: dealId }],
    () => 'AWAITING_SEND',
  );
  const first = invoices[0];
  if (!first) throw new Error('No invoice was created.');
  realm.create('Payment', {
    CustomerRef: { value: customer.Id },
    TotalAmt: 100,
    PaymentRefNum: '4411',
    Line: [{ Amount: 100, LinkedTxn: [{ TxnId: first.Id, TxnType: 'Invoice' }] }],
  });

  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();
  await page.goto(`${product.sandbox.url}/record/deals/${dealId}`);
  const card = page.locator('[data-uid="quickbooks-invoices-card"]');
  await card.locator('table').waitFor();
  await page
    .getByText(/partial payment/i)
    .first()
    .waitFor();
  await page.screenshot({ path: join(repoRoot, 'docs', 'sandbox-card.png') });
  await page.getByTestId(`open-invoice-${qbo.realms.us}-${first.Id}`).click();
  await page.locator('.hs-panel').getByText('Payments').waitFor();
  await page.screenshot({ path: join(repoRoot, 'docs', 'sandbox-preview.png') });
  await page.goto(
    `${product.sandbox.url}/record/deals/${dealId}?locale=es-ES&timeZone=Europe%2FMadrid`,
  );
  await card.locator('table').waitFor();
  await page
    .getByText(/pago parcial/i)
    .first()
    .waitFor();
  await page.screenshot({ path: join(repoRoot, 'docs', 'sandbox-card-es.png') });
  console.log(
    'docs/sandbox-card.png, docs/sandbox-preview.png and docs/sandbox-card-es.png written',
  );
} finally {
  await browser.close();
  await product.close();
}
