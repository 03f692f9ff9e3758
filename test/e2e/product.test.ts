/**
 * The product in a real browser: Debian's Chromium (playwright-core) on the sandbox pages, which
 * run the unchanged card and settings entry files in a Web Worker and the built function bundles
 * against both emulators. One browser for the whole file; the tests run in order and build on
 * each other (set up and connect, then invoice, then disconnect), as an admin and a rep would.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { launchChromium } from './chromium';
import { startProduct, type Running } from './sandbox';

// A browser step waits for the page; a whole wizard run is many of them.
vi.setConfig({ testTimeout: 90_000 });

let product: Running;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  [product, browser] = await Promise.all([startProduct(), launchChromium()]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await product?.close();
});

async function open(path: string): Promise<Page> {
  await page?.context().close();
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  // UI waits are on what the page shows; on a busy 2-core machine that may take a while.
  context.setDefaultTimeout(30_000);
  page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${product.sandbox.url}${path}`);
  return page;
}

afterEach(async () => {
  // Every component the extension drew is mapped, nothing failed to load, no script error.
  expect(await page.locator('[data-unmapped-component]').count()).toBe(0);
  expect(await page.getByTestId('extension-failure').count()).toBe(0);
  expect(pageErrors).toEqual([]);
  expect(product.qbo.conformanceViolations).toEqual([]);
});

/** Picks the option whose text matches (the labels carry names, currencies and rates). */
async function choose(select: Locator, text: RegExp): Promise<void> {
  let label: string | undefined;
  // The options arrive with the extension's answer: wait for the one wanted.
  await expect
    .poll(
      async () => {
        const labels = await select.locator('option').allTextContents();
        label = labels.find((l) => text.test(l));
        return label ?? labels.join(' | ');
      },
      { timeout: 30_000, interval: 50 },
    )
    .toMatch(text);
  await select.selectOption({ label: label as string });
}

/** Waits for what the page shows (playwright-core has no web-first assertions of its own). */
const shown = (locator: Locator) => locator.first().waitFor({ state: 'visible' });
const textOf = (locator: Locator) =>
  expect.poll(() => locator.first().innerText(), { timeout: 30_000, interval: 50 });
const valueOf = (locator: Locator) =>
  expect.poll(() => locator.inputValue(), { timeout: 30_000, interval: 50 });

const panel = () => page.locator('.hs-panel');
/** The two cards a deal shows (a contact or company only the first), by their hsmeta uid. */
const invoicesCard = () => page.locator('[data-uid="quickbooks-invoices-card"]');
const createCard = () => page.locator('[data-uid="quickbooks-create-invoice-card"]');
const stepIs = (name: string) => textOf(panel().locator('[aria-current="step"]')).toContain(name);

async function next(expectedStep: string): Promise<void> {
  await page.getByTestId('next').click();
  await stepIs(expectedStep);
}

/**
 * Opens the wizard on a deal and lands on Source in `company`: chosen on the account step, or,
 * when it is the only company that can bill the deal's currency (`only`), named in the title.
 */
async function openWizard(dealId: string, company: RegExp, only = false): Promise<void> {
  await open(`/record/deals/${dealId}`);
  await createCard().getByTestId('create-invoice-button').click();
  await shown(panel().getByRole('heading'));
  if (only) {
    await stepIs('Source');
  } else {
    await choose(panel().getByLabel('QuickBooks company'), company);
    await next('Source');
  }
  await textOf(panel().getByRole('heading')).toMatch(company);
}

/** The US company, the deal's published quote, its matched customer, California tax: to Review. */
async function usQuoteToReview(dealId: string): Promise<void> {
  await openWizard(dealId, /Cedar & Pine/);
  await panel()
    .getByLabel(/From quote/)
    .check();
  await next('Customer');
  await textOf(page.getByTestId('chosen-customer')).toContain("Amy's Bird Sanctuary");
  await next('Products and tax');
  // The quote's third line has no QuickBooks product: the rep removes it.
  await shown(page.getByTestId('line-3-unmatched'));
  await page.getByTestId('line-3-remove').click();
  await choose(panel().getByLabel('Sales tax rate'), /California/);
  await next('Terms and dates');
  await next('Message');
  await next('Review');
  await shown(page.getByTestId('checks-passed'));
  await textOf(page.getByTestId('totals')).toContain('$305.00');
}

describe('the sandbox, before setup', () => {
  it('lists the demo portal and draws every screen with mapped components', async () => {
    await open('/');
    await shown(page.getByTestId('settings-page-link'));
    const { deals, contacts, companies } = product.hubspot.demo;
    for (const path of [
      '/settings',
      `/record/deals/${deals.publishedQuote}`,
      `/record/contacts/${contacts.amy}`,
      `/record/companies/${companies.amys}`,
    ]) {
      await open(path);
      // The extension answered (its own error about missing setup is an answer too).
      await shown(page.getByTestId('extension').locator('.sandbox-card__body > *').first());
      await expect.poll(() => page.locator('.hs-spinner').count(), { timeout: 30_000 }).toBe(0);
      expect(await page.locator('[data-unmapped-component]').count(), path).toBe(0);
    }
    await textOf(page.getByTestId('property-name')).toMatch(/Amy/);
  });

  it('passes the chosen locale and time zone to the extension', async () => {
    await open(`/settings?locale=en-GB&timeZone=Europe%2FLondon`);
    await valueOf(page.getByTestId('viewer-locale')).toBe('en-GB');
    await valueOf(page.getByTestId('viewer-time-zone')).toBe('Europe/London');
    await page.getByTestId('viewer-time-zone').selectOption('Asia/Tokyo');
    await page.waitForURL(/timeZone=Asia%2FTokyo/);
    const context = await page.evaluate(
      () =>
        (
          window as unknown as {
            __SANDBOX__: { context: { portal: { timezone: string }; user: { locale: string } } };
          }
        ).__SANDBOX__.context,
    );
    expect(context.portal.timezone).toBe('Asia/Tokyo');
    expect(context.user.locale).toBe('en-GB');
  });

  it('shows the card in Spanish, its one next step a link to this app’s settings page', async () => {
    const dealId = product.hubspot.demo.deals.publishedQuote;
    await open(`/record/deals/${dealId}?locale=es-ES&timeZone=Europe%2FMadrid`);
    const card = invoicesCard();
    // The card's words came from the functions' Spanish catalog.
    await textOf(card).toContain('La facturación con QuickBooks aún no está instalada');
    const settings = card.getByTestId('open-settings');
    await textOf(settings).toMatch(/abrir la configuración de la aplicación/i);
    // Built from the context the sandbox gives the extension (portal id, the app's id 1).
    expect(await settings.getAttribute('href')).toBe(
      `https://app.hubspot.com/integrations-settings/${product.hubspot.portalId}/installed/framework/1/general-settings`,
    );
    // Creating lives in its own card on the deal, in Spanish too.
    await textOf(createCard()).toContain('Crea una factura de QuickBooks a partir de este negocio');
    await textOf(createCard().getByTestId('create-invoice-button')).toMatch(/crear factura/i);
  });
});

describe('a Spanish-speaking admin before setup', () => {
  it('meets the settings page in Spanish on Setup, and every other tab leads there', async () => {
    await open('/settings?locale=es-ES&timeZone=Europe%2FMadrid');
    const selected = page.getByRole('tab', { selected: true });
    await textOf(selected).toBe('Instalación');
    await shown(page.getByTestId('run-setup'));
    await textOf(page.getByTestId('run-setup')).toBe('Ejecutar la instalación');
    await page.getByRole('tab', { name: 'Conexiones' }).click();
    await shown(page.getByTestId('go-to-setup'));
    // Nothing to connect before setup: no Connect button, only the way to Setup.
    expect(await page.getByTestId('connect').count()).toBe(0);
    await page.getByTestId('go-to-setup').click();
    await textOf(page.getByRole('tab', { selected: true })).toBe('Instalación');
  });
});

describe('an admin on the settings page', () => {
  it('runs setup', async () => {
    await open('/settings');
    await page.getByRole('tab', { name: 'Setup' }).click();
    await page.getByTestId('run-setup').click();
    await shown(page.getByTestId('setup-complete').or(page.getByTestId('setup-ran')));
  });

  it('connects the US company by pasting back the address QuickBooks sent the browser to', async () => {
    await open('/settings');
    await page.getByTestId('connect').click();
    const consent = page.getByRole('link', { name: 'Open QuickBooks' });
    const authorize = new URL((await consent.getAttribute('href')) ?? '');
    expect(await consent.getAttribute('target')).toBe('_blank');
    // The admin approves the US company in the other tab and lands on the redirect page.
    authorize.searchParams.set('realmId', product.qbo.realms.us);
    const tab = await page.context().newPage();
    await tab.goto(authorize.toString());
    expect(tab.url().startsWith(`${product.redirectUri}?`)).toBe(true);
    const landed = tab.url();
    await tab.close();

    const pasted = page.getByLabel('Address after approving');
    await pasted.fill(landed);
    await pasted.blur(); // HubSpot commits an Input's value (onChange) on blur
    await page.getByTestId('finish-connect').click();
    await shown(page.getByTestId(`test-connection-${product.qbo.realms.us}`));
    await textOf(page.getByTestId('extension')).toContain('Cedar & Pine Landscaping');
  });
});

describe('a rep creating invoices from deals', () => {
  beforeAll(async () => {
    // The UK company, connected the same way without the browser (the test above did the US one).
    const started = await product.call('admin-function', 'connections.startConnect', {});
    const url = new URL((started.data as { authorizeUrl: string }).authorizeUrl);
    url.searchParams.set('realmId', product.qbo.realms.global);
    const consent = await fetch(url, { redirect: 'manual' });
    const completed = await product.call('admin-function', 'connections.complete', {
      redirectUrl: consent.headers.get('location'),
    });
    expect(completed.ok).toBe(true);
  });

  it('turns the deal’s published quote into a draft invoice in the US company', async () => {
    const dealId = product.hubspot.demo.deals.publishedQuote;
    const before = product.qbo.realm(product.qbo.realms.us).invoices().length;
    await usQuoteToReview(dealId);
    await page.getByTestId('create-invoice').click();
    await shown(page.getByTestId('created'));

    const invoices = product.qbo.realm(product.qbo.realms.us).invoices();
    expect(invoices.length).toBe(before + 1);
    // The invoices card lists it (the create card refreshed the deal's invoice properties, which
    // the invoices card listens to), and the deal's properties follow it.
    await page.getByTestId('close-wizard').click();
    await textOf(invoicesCard().locator('table')).toContain("Amy's Bird Sanctuary");
    await page.reload();
    await textOf(page.getByTestId('property-qbo_invoice_status')).not.toMatch(/—|…/);

    // The same invoice shows on the deal's company and contact, without a Create button there.
    const { companies, contacts } = product.hubspot.demo;
    for (const path of [
      `/record/companies/${companies.amys}`,
      `/record/contacts/${contacts.amy}`,
    ]) {
      await open(path);
      await textOf(invoicesCard().locator('table')).toContain("Amy's Bird Sanctuary");
      expect(await createCard().count(), path).toBe(0);
      expect(await page.getByTestId('create-invoice-button').count(), path).toBe(0);
    }
  });

  it('brings a payment made in QuickBooks to HubSpot at once, and sends the invoice from its preview', async () => {
    const dealId = product.hubspot.demo.deals.publishedQuote;
    const realm = product.qbo.realm(product.qbo.realms.us);
    const invoice = realm.invoices().at(-1);
    expect(invoice).toBeDefined();
    realm.create('Payment', {
      CustomerRef: invoice?.CustomerRef,
      TotalAmt: 100,
      Line: [{ Amount: 100, LinkedTxn: [{ TxnId: invoice?.Id, TxnType: 'Invoice' }] }],
    });
    await product.qbo.webhooks.idle();
    expect(product.qbo.webhooks.deliveries.map((d) => d.status)).toContain(200);
    // The webhook already wrote it: the deal's property says so before any card opens.
    expect(product.hubspot.store.get('0-3', dealId)?.properties.qbo_invoice_status).toBe(
      'PARTIALLY_PAID',
    );

    await open(`/record/deals/${dealId}`);
    // Status tags are drawn in capitals, as HubSpot draws them.
    await textOf(invoicesCard().locator('table')).toMatch(/partial payment/i);
    await page.getByTestId(`open-invoice-${product.qbo.realms.us}-${invoice?.Id}`).click();
    await textOf(panel()).toContain('$100.00');
    await page.getByTestId('preview-send').click();
    await page.getByTestId('send-to').fill('amy@example.com');
    await page.getByTestId('send-confirm').click();
    await expect
      .poll(() => realm.get('Invoice', invoice?.Id as string)?.EmailStatus, { timeout: 30_000 })
      .toBe('EmailSent');
    // The timeline says to whom it went; the preview, read again, still shows the partial payment.
    await expect
      .poll(
        () =>
          product.hubspot.store
            .list('0-46')
            .some((note) =>
              (note.properties.hs_note_body ?? '').includes('emailed to amy@example.com'),
            ),
        { timeout: 30_000 },
      )
      .toBe(true);
    await textOf(panel()).toMatch(/partial payment/i);
  });

  it('shows the deal’s invoices to a Spanish-speaking rep in Mexico, in Spanish and Mexico’s formats', async () => {
    const dealId = product.hubspot.demo.deals.publishedQuote;
    await open(`/record/deals/${dealId}?locale=es-MX&timeZone=America%2FMexico_City`);
    const table = invoicesCard().locator('table');
    await textOf(table).toMatch(/pago parcial/i);
    await textOf(table).toMatch(/Saldo \/ total/i);
    // Dollars as Mexico writes them, the balance "of" the total in Spanish.
    await textOf(table).toMatch(/USD\s[\d,]+\.\d\d\s+de\s+USD\s[\d,]+\.\d\d/);
    await textOf(createCard().getByTestId('create-invoice-button')).toMatch(/crear factura/i);
  });

  it('invoices a GBP deal to a EUR customer of the UK company, with the exchange rate', async () => {
    const dealId = product.hubspot.demo.deals.foreignCurrency;
    // The US company bills only in dollars: the GBP deal goes to the UK company, named in the title.
    await openWizard(dealId, /Thames & Co/, true);
    await panel()
      .getByLabel(/From quote/)
      .check();
    await next('Customer');
    await shown(page.getByTestId('no-match'));
    const search = panel().getByLabel('Find another QuickBooks customer');
    await search.fill('Café');
    await search.press('Enter'); // commits the search input (its onChange)
    await choose(panel().getByLabel('Matching customers'), /Café Lumière SARL.*EUR/);
    await textOf(page.getByTestId('chosen-customer')).toContain('Café Lumière SARL');
    await next('Products and tax');
    // The quote's products are unknown to this company: the rep picks each one, with its VAT.
    // One product search for the step: it chooses for the first line without a product.
    for (const line of ['line-1', 'line-2']) {
      const tile = page.getByTestId(line);
      const find = panel().getByLabel(`Find a QuickBooks product for ${line.replace('-', ' ')}`);
      await find.fill('Design');
      await find.press('Enter');
      await choose(panel().getByLabel('Products found'), /Design Hour/);
      await expect.poll(() => page.getByTestId(`${line}-unmatched`).count()).toBe(0);
      await choose(tile.getByLabel('Tax code'), /20\.0% S/);
    }
    await next('Terms and dates');
    await next('Message');
    await next('Review');
    await shown(page.getByTestId('exchange-rate'));
    await textOf(page.getByTestId('totals')).toContain('€');
    await page.getByTestId('create-invoice').click();
    await shown(page.getByTestId('created'));

    type Invoice = {
      CustomerRef: { name?: string };
      CurrencyRef?: { value: string };
      ExchangeRate?: number;
      DocNumber?: string;
    };
    const invoices = product.qbo.realm(product.qbo.realms.global).invoices() as Invoice[];
    const created = invoices.filter((i) => i.CustomerRef.name === 'Café Lumière SARL').at(-1);
    expect(created?.CurrencyRef?.value).toBe('EUR');
    expect(created?.ExchangeRate).toBeGreaterThan(0);
    expect(created?.DocNumber).toBeTruthy();
    await textOf(page.getByTestId('created')).toContain(created?.DocNumber ?? '?');
  });

  it('shows a failed create with Retry, and the retry makes exactly one invoice', async () => {
    const realm = product.qbo.realm(product.qbo.realms.us);
    await usQuoteToReview(product.hubspot.demo.deals.publishedQuote);
    const before = realm.invoices().length;
    // QuickBooks is down for longer than the function keeps retrying.
    product.qbo.faults.failNext(1_000, 503);
    await page.getByTestId('create-invoice').click();
    await shown(page.getByTestId('retry-create'));
    await textOf(page.getByTestId('wizard-error')).toMatch(/QuickBooks/);
    await textOf(page.getByTestId('wizard-error')).not.toMatch(/Error:|at .*\.(ts|js)/);
    expect(realm.invoices().length).toBe(before);

    product.qbo.faults.failNext(0);
    await page.getByTestId('retry-create').click();
    await shown(page.getByTestId('created'));
    expect(realm.invoices().length).toBe(before + 1);
  });
});

describe('an admin disconnecting a company', () => {
  it('asks for the company name in a modal, then disconnects it', async () => {
    const realmId = product.qbo.realms.global;
    await open('/settings');
    await page.getByTestId(`disconnect-${realmId}`).click();
    const modal = page.getByRole('dialog');
    await shown(modal);
    const title = await modal.getByRole('heading').innerText();
    expect(title).toMatch(/^Disconnect Thames & Co/);
    // "Keep connected" closes it through actions.closeOverlay.
    await modal.getByRole('button', { name: 'Keep connected' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    await page.getByTestId(`disconnect-${realmId}`).click();
    const confirm = page.getByRole('dialog').getByLabel(/to confirm/);
    const name = /“(.*)”/.exec(
      (await page.getByRole('dialog').locator('label').first().innerText()) ?? '',
    )?.[1];
    expect(name).toBeTruthy();
    await confirm.fill(name ?? '');
    await confirm.blur();
    await page.getByTestId(`confirm-disconnect-${realmId}`).click();
    await expect.poll(() => page.getByTestId(`test-connection-${realmId}`).count()).toBe(0);
    await shown(page.getByTestId(`test-connection-${product.qbo.realms.us}`));
  });
});
