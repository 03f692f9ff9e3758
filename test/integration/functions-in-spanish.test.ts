import axios from 'axios';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startHubSpotEmulator, type HubSpotEmulator } from '../../emulators/hubspot';
import { startQuickBooksEmulator, type QuickBooksEmulator } from '../../emulators/quickbooks';
import {
  functionUids,
  operations,
  recordPropertiesToSend,
  type InvoiceDraft,
  type OperationName,
  type PreflightCheck,
} from '@qbo-invoicing/contract';
import { formatDate, formatMoney } from '@qbo-invoicing/invoicing';
import { functionsAgainst } from '../support/functions';
import { qboSecrets } from '../support/qbo-secrets';
import { bookkeeper, notesOn } from '../support/reconcile';
import { connectCompany } from '../support/wizard';

/**
 * The invoice and wizard functions said in the caller's language (the `locale` every extension
 * call carries), and what they write to HubSpot in a language chosen on purpose: the person's
 * whose action wrote it, else the company's.
 */
let hubspot: HubSpotEmulator;
let qbo: QuickBooksEmulator;
let fns: ReturnType<typeof functionsAgainst>;

interface Answer<T> {
  ok: boolean;
  data?: T;
  error?: { code: string; message: string; fix?: string; field?: string };
}

/** Calls an operation as an extension does, with the user's locale (none: an English user). */
function call<T = unknown>(
  locale: string | null,
  op: OperationName,
  input: unknown,
  record: { objectTypeId: string; objectId: string } | null = null,
): Promise<Answer<T>> {
  return fns.host(record)(functionUids[operations[op].group], {
    parameters: { op, input, ...(locale ? { locale } : {}) },
    propertiesToSend: record ? [...recordPropertiesToSend] : [],
  }) as Promise<Answer<T>>;
}

const onDeal = (dealId: string) => ({ objectTypeId: '0-3', objectId: dealId });

/** An admin connects a company by paste-back, speaking `locale`. */
async function connectIn(locale: string, realmId: string): Promise<void> {
  const started = await call<{ authorizeUrl: string }>(locale, 'connections.startConnect', {});
  const url = new URL(started.data!.authorizeUrl);
  url.searchParams.set('realmId', realmId);
  const response = await axios.get(url.toString(), { maxRedirects: 0, validateStatus: () => true });
  const completed = await call(locale, 'connections.complete', {
    redirectUrl: response.headers.location as string,
  });
  expect(completed.ok, JSON.stringify(completed.error)).toBe(true);
}

const addDays = (date: string, days: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
/** Intl separates a currency sign with a no-break space; the assertions read plain spaces. */
const plain = (text: string | undefined) => (text ?? '').replace(/\u00a0/g, ' ');

beforeAll(async () => {
  [hubspot, qbo] = await Promise.all([
    startHubSpotEmulator({ seed: 'demo' }),
    startQuickBooksEmulator({ seed: 'demo' }),
  ]);
});
afterAll(async () => {
  await Promise.all([hubspot.close(), qbo.close()]);
});

beforeEach(async () => {
  hubspot.reset('demo');
  qbo.reset('demo');
  qbo.limits.enabled = false;
  fns = functionsAgainst(hubspot, qboSecrets(qbo));
  expect((await fns.run('setup.run', {})).ok).toBe(true);
  // The US company's admin speaks English; the UK company's admin connects it in Spanish.
  await connectCompany(fns.run, qbo.realms.us);
  await connectIn('es-ES', qbo.realms.global);
});
afterEach(() => {
  expect(qbo.conformanceViolations).toEqual([]);
});

describe('the wizard in Spanish', () => {
  it('says why a quote expired with the date in the rep’s format, never ISO; English unchanged', async () => {
    const deal = onDeal(hubspot.demo.deals.expiredQuote);
    type Start = { quotes: Array<{ reason: string | null; expiresOn: string | null }> };
    const spanish = await call<Start>('es-ES', 'wizard.start', { timeZone: 'Europe/Madrid' }, deal);
    const quote = spanish.data!.quotes[0]!;
    const expiresOn = quote.expiresOn!;
    expect(quote.reason).toBe(
      `Esta cotización venció el ${formatDate(expiresOn, 'es-ES')}. Amplía su fecha de vencimiento en HubSpot o empieza desde cero.`,
    );
    expect(quote.reason).not.toContain(expiresOn);

    const english = await call<Start>(null, 'wizard.start', { timeZone: 'Europe/Madrid' }, deal);
    expect(english.data!.quotes[0]!.reason).toBe(
      `This quote expired on ${formatDate(expiresOn, 'en-US')}. Extend its expiration date in HubSpot, or start from scratch.`,
    );

    // Asked for anyway, the quote is refused in the rep's language.
    const refused = await call(
      'es-ES',
      'wizard.prepare',
      {
        realmId: qbo.realms.us,
        source: { kind: 'quote', quoteId: hubspot.demo.quotes.expired },
        timeZone: 'Europe/Madrid',
      },
      deal,
    );
    expect(refused.error).toMatchObject({ code: 'INVALID_INPUT', message: quote.reason });
  });

  it('gives the pre-flight checks and the refusal to create in Spanish, dates in Spanish format', async () => {
    const deal = onDeal(hubspot.demo.deals.foreignCurrency);
    type Start = { today: string };
    const start = (await call<Start>('es-ES', 'wizard.start', { timeZone: 'Europe/London' }, deal))
      .data!;
    const closedUpTo = addDays(start.today, -1);
    qbo.closeBooks(qbo.realms.global, closedUpTo);
    const draft: InvoiceDraft = {
      realmId: qbo.realms.global,
      source: { kind: 'scratch' },
      customerId: '28', // Defunct Designs: inactive, no email, GBP
      currency: 'GBP',
      lines: [
        {
          itemId: '4',
          description: null,
          quantity: '1',
          unitPrice: '85',
          serviceDate: null,
          taxCodeId: null,
          taxable: true,
        },
      ],
      discount: null,
      txnTaxCodeId: null,
      globalTaxCalculation: 'TaxExcluded',
      termId: null,
      txnDate: closedUpTo,
      dueDate: addDays(closedUpTo, 15),
      customerMemo: '',
      docNumber: 'INV-0099',
    };
    type Review = { checks: PreflightCheck[] };
    const spanish = await call<Review>('es-ES', 'wizard.review', { draft }, deal);
    expect(spanish.ok, JSON.stringify(spanish.error)).toBe(true);
    const said = Object.fromEntries(spanish.data!.checks.map((check) => [check.id, check]));
    const day = formatDate(closedUpTo, 'es-ES');
    expect(said.closedPeriod).toMatchObject({
      message: `La fecha de la factura, ${day}, está en un período contable cerrado: los libros están cerrados hasta el ${day}.`,
      fix: `Elige una fecha de la factura posterior al ${day} o pide a tu contador que cambie la fecha de cierre.`,
    });
    expect(said.customerInactive).toMatchObject({
      message: 'El cliente “Defunct Designs (deleted)” está inactivo en QuickBooks.',
      fix: 'Vuelve a activar el cliente en QuickBooks o elige otro cliente.',
    });
    expect(said.missingTaxCode?.message).toBe(
      'La partida 1 (Design Hour) no tiene código de impuesto.',
    );

    // The same draft for an English rep: the same checks, in English, the date in English format.
    const english = await call<Review>(null, 'wizard.review', { draft }, deal);
    expect(english.data!.checks.map((check) => check.id)).toEqual(
      spanish.data!.checks.map((check) => check.id),
    );
    expect(english.data!.checks.find((check) => check.id === 'closedPeriod')?.message).toBe(
      `The invoice date ${formatDate(closedUpTo, 'en-US')} is in a closed accounting period: the books are closed up to ${formatDate(closedUpTo, 'en-US')}.`,
    );

    const before = qbo.realm(qbo.realms.global).invoices().length;
    const refused = await call(
      'es-ES',
      'invoices.createDraft',
      { submissionId: '2c0b7a8e-5d4f-4f0e-8a1b-0c9d8e7f6a5b', draft, timeZone: 'Europe/London' },
      deal,
    );
    expect(refused.error?.code).toBe('INVALID_INPUT');
    expect(spanish.data!.checks.map((check) => check.message)).toContain(refused.error?.message);
    expect(qbo.realm(qbo.realms.global).invoices()).toHaveLength(before);
  });
});

describe('the card in Spanish', () => {
  it('says why the invoices shown are the stored ones when QuickBooks does not answer', async () => {
    const dealId = hubspot.demo.deals.publishedQuote;
    const invoice = await bookkeeper(qbo, qbo.realms.us).createInvoice('75.00');
    const linked = await call(
      null,
      'links.link',
      {
        objectType: 'deals',
        realmId: qbo.realms.us,
        invoiceIds: [invoice.Id],
        timeZone: 'Europe/Madrid',
      },
      onDeal(dealId),
    );
    expect(linked.ok, JSON.stringify(linked.error)).toBe(true);
    type Listed = {
      freshness: Array<{ state: string; companyName: string; reason: string | null }>;
    };
    qbo.faults.failNext(50, 503);
    const listed = await call<Listed>(
      'es-ES',
      'invoices.listForRecord',
      { objectType: 'deals', timeZone: 'Europe/Madrid' },
      onDeal(dealId),
    );
    qbo.faults.failNext(0);
    const [freshness] = listed.data!.freshness;
    expect(freshness).toMatchObject({ state: 'stale' });
    expect(freshness!.reason).toBe(
      `QuickBooks (${freshness!.companyName}) no respondió a tiempo; estos son los últimos valores confirmados.`,
    );
  });

  it('says in Spanish why a company cannot be invoiced in', async () => {
    // QuickBooks refused the US company's refresh token: it must be reconnected.
    const type = hubspot.store.schemas().find((schema) => schema.name === 'qbo_connection')!;
    const us = hubspot.store
      .list(type.objectTypeId)
      .find((record) => record.properties.realm_id === qbo.realms.us)!;
    await axios.patch(
      `${hubspot.url}/crm/v3/objects/${type.objectTypeId}/${us.id}`,
      { properties: { status: 'needs_reconnect' } },
      { headers: { authorization: `Bearer ${hubspot.token}` } },
    );
    type Start = {
      companies: Array<{
        realmId: string;
        companyName: string;
        usable: boolean;
        reason: string | null;
      }>;
    };
    const start = await call<Start>(
      'es-ES',
      'wizard.start',
      { timeZone: 'Europe/Madrid' },
      onDeal(hubspot.demo.deals.publishedQuote),
    );
    const company = start.data!.companies.find((c) => c.realmId === qbo.realms.us)!;
    expect(company).toMatchObject({ usable: false });
    expect(company.reason).toBe(
      `Hay que volver a conectar ${company.companyName} antes de crear facturas en ella. Vuelve a conectarla en la pestaña Conexiones de la configuración de la aplicación.`,
    );
  });
});

describe('sending in Spanish', () => {
  it('refuses in the rep’s Spanish, and notes the sending in the language of whoever sent it', async () => {
    const dealId = hubspot.demo.deals.publishedQuote;
    const deal = onDeal(dealId);
    const invoice = await bookkeeper(qbo, qbo.realms.us).createInvoice('200.00');
    const linked = await call(
      null,
      'links.link',
      {
        objectType: 'deals',
        realmId: qbo.realms.us,
        invoiceIds: [invoice.Id],
        timeZone: 'America/New_York',
      },
      deal,
    );
    expect(linked.ok, JSON.stringify(linked.error)).toBe(true);
    const input = {
      objectType: 'deals',
      realmId: qbo.realms.us,
      invoiceId: invoice.Id,
      timeZone: 'America/New_York',
      sendTo: 'ana@example.com',
      requestId: '0b6b8d4e-1a2f-4c3d-8e9f-112233445566',
    };
    const sent = await call('es-MX', 'invoices.send', input, deal);
    expect(sent.ok, JSON.stringify(sent.error)).toBe(true);
    expect(plain(notesOn(hubspot, '0-3', dealId)[0])).toContain(
      `La factura ${invoice.DocNumber} (${plain(formatMoney('200.00', 'USD', 'es-MX'))}) se envió por correo a ana@example.com a través de QuickBooks.`,
    );

    const again = await call('es-MX', 'invoices.send', input, deal);
    expect(again.error).toMatchObject({
      code: 'CONFLICT',
      message: `QuickBooks ya envió la factura ${invoice.DocNumber} por correo.`,
      fix: 'Confirma para volver a enviarla.',
      field: 'input.confirmResend',
    });

    // An English colleague sends it again: that note is in English.
    const resent = await call(
      null,
      'invoices.send',
      { ...input, confirmResend: true, requestId: 'c9a1f0de-7b6a-4f1e-9c2d-aabbccddeeff' },
      deal,
    );
    expect(resent.ok).toBe(true);
    const notes = notesOn(hubspot, '0-3', dealId).map(plain);
    expect(notes).toHaveLength(2);
    expect(notes).toContainEqual(
      expect.stringContaining(
        `Invoice ${invoice.DocNumber} ($200.00) was emailed to ana@example.com through QuickBooks.`,
      ),
    );
  });
});

describe('notes and tasks nobody in particular wrote', () => {
  const tasksOn = (dealId: string) =>
    hubspot.store
      .list('0-27')
      .filter((task) =>
        hubspot.store.associations('0-27', task.id, '0-3').some((link) => link.id === dealId),
      )
      .map((task) => task.properties);

  /** Links an overdue invoice of the company to the deal (in English), before any reminder is on. */
  async function overdueInvoiceOn(realmId: string, dealId: string, amount: string) {
    const books = bookkeeper(qbo, realmId);
    const invoice = await books.createInvoice(amount, {
      txnDate: '2020-01-01',
      dueDate: '2020-01-31',
    });
    const linked = await call(
      null,
      'links.link',
      { objectType: 'deals', realmId, invoiceIds: [invoice.Id], timeZone: 'Europe/London' },
      onDeal(dealId),
    );
    expect(linked.ok, JSON.stringify(linked.error)).toBe(true);
    return { books, invoice };
  }
  const open = async (dealId: string) => {
    const listed = await call(
      null,
      'invoices.listForRecord',
      { objectType: 'deals', timeZone: 'Europe/London' },
      onDeal(dealId),
    );
    expect(listed.ok, JSON.stringify(listed.error)).toBe(true);
  };
  const reminders = { unsentAfterDays: null, overdue: true, paidInFull: true };

  it('are in the company’s language: Spanish for the company its admin runs in Spanish', async () => {
    const dealId = hubspot.demo.deals.foreignCurrency;
    const { books, invoice } = await overdueInvoiceOn(qbo.realms.global, dealId, '90.00');
    // The admin turns reminders on in Spanish; an English rep then opens the deal.
    const saved = await call('es-ES', 'reminders.save', {
      realmId: qbo.realms.global,
      settings: reminders,
    });
    expect(saved.ok, JSON.stringify(saved.error)).toBe(true);
    await books.pay([invoice.Id], ['10.00'], { PaymentRefNum: '4411' });
    await open(dealId);

    const number = invoice.DocNumber ?? `#${invoice.Id}`;
    const now = qbo.realm(qbo.realms.global).get('Invoice', invoice.Id)!;
    const gbp = (amount: unknown) => plain(formatMoney(Number(amount).toFixed(2), 'GBP', 'es-ES'));
    const notes = notesOn(hubspot, '0-3', dealId).map(plain);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(
      new RegExp(
        `^<p>Pago de ${gbp(10)} recibido el [^<]+ para la factura ${number}: saldo ${gbp(now.Balance)}\\. Referencia 4411\\.</p>`,
      ),
    );
    // The reference line that makes the note write-once is the same in every language.
    expect(notes[0]).toContain(`QuickBooks reference: company ${qbo.realms.global}, payment `);
    const tasks = tasksOn(dealId);
    expect(tasks.map((task) => task.hs_task_subject)).toEqual([
      `Seguimiento: la factura ${number} está vencida`,
    ]);
    expect(plain(tasks[0]?.hs_task_body)).toContain(`La factura de QuickBooks ${number} de `);
    expect(plain(tasks[0]?.hs_task_body)).toContain(
      `vencía el ${formatDate('2020-01-31', 'es-ES')}; siguen pendientes ${gbp(now.Balance)} de ${gbp(now.TotalAmt)}.`,
    );

    // Opening again in English writes nothing more: the note and the task are recognised.
    await open(dealId);
    expect(notesOn(hubspot, '0-3', dealId)).toHaveLength(1);
    expect(tasksOn(dealId)).toHaveLength(1);
  });

  it('from Sync now are in the company’s language whoever presses it', async () => {
    const dealId = hubspot.demo.deals.foreignCurrency;
    const { books, invoice } = await overdueInvoiceOn(qbo.realms.global, dealId, '50.00');
    await books.pay([invoice.Id], ['5.00']);
    // An English-speaking admin presses Sync now for the company run in Spanish.
    const synced = await call(null, 'invoices.syncNow', { realmId: qbo.realms.global });
    expect(synced.ok, JSON.stringify(synced.error)).toBe(true);
    const notes = notesOn(hubspot, '0-3', dealId).map(plain);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/^<p>Pago de 5,00 GBP recibido el /);
  });

  it('stay English, and connecting still works, in a portal whose setup predates the language', async () => {
    // A portal set up before languages existed: the connection object has no `language` property.
    const type = hubspot.store.schemas().find((schema) => schema.name === 'qbo_connection')!;
    const removed = await axios.delete(
      `${hubspot.url}/crm/v3/properties/${type.objectTypeId}/language`,
      { headers: { authorization: `Bearer ${hubspot.token}` }, validateStatus: () => true },
    );
    expect(removed.status).toBe(204);
    await connectIn('es-ES', qbo.realms.us);
    const saved = await call('es-ES', 'reminders.save', {
      realmId: qbo.realms.us,
      settings: reminders,
    });
    expect(saved.ok, JSON.stringify(saved.error)).toBe(true);
    const dealId = hubspot.demo.deals.publishedQuote;
    const { books, invoice } = await overdueInvoiceOn(qbo.realms.us, dealId, '20.00');
    await books.pay([invoice.Id], ['20.00']);
    await open(dealId);
    expect(notesOn(hubspot, '0-3', dealId)[0]).toMatch(/^<p>Payment of \$20\.00 received /);
  });

  it('stay English for the company whose admin speaks English', async () => {
    const dealId = hubspot.demo.deals.publishedQuote;
    const { books, invoice } = await overdueInvoiceOn(qbo.realms.us, dealId, '90.00');
    const saved = await call(null, 'reminders.save', {
      realmId: qbo.realms.us,
      settings: reminders,
    });
    expect(saved.ok).toBe(true);
    await books.pay([invoice.Id], ['90.00']);
    await open(dealId);

    const notes = notesOn(hubspot, '0-3', dealId).map(plain);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(
      new RegExp(
        `^<p>Payment of \\$90\\.00 received [A-Z][a-z]{2} \\d{1,2}, \\d{4} for invoice ${invoice.DocNumber} — paid in full\\.</p>`,
      ),
    );
    expect(tasksOn(dealId).map((task) => task.hs_task_subject)).toEqual([
      `Invoice ${invoice.DocNumber} is paid in full`,
    ]);
  });
});
