import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startHubSpotEmulator, type HubSpotEmulator } from '../../emulators/hubspot';
import { startQuickBooksEmulator, type QuickBooksEmulator } from '../../emulators/quickbooks';
import { functionsAgainst } from '../support/functions';
import { qboSecrets } from '../support/qbo-secrets';
import { connectCompany, onDeal, ourHubSpotCalls, quickBooksApiCalls } from '../support/wizard';
import type {
  InvoiceDraft,
  ItemSummary,
  NewItem,
  ProposedLine,
  TaxCodeSummary,
  TermSummary,
} from '@qbo-invoicing/contract';
import { recordPropertiesToSend } from '@qbo-invoicing/contract/catalog';

/**
 * Unmatched quote lines over both emulators: a QuickBooks item created from the HubSpot product
 * (Intuit's Item create), and the default item an admin chooses in settings.
 */

let hubspot: HubSpotEmulator;
let qbo: QuickBooksEmulator;
let run: ReturnType<typeof functionsAgainst>['run'];
let secrets: Record<string, string>;
let functions: ReturnType<typeof functionsAgainst>;

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
  secrets = qboSecrets(qbo);
  functions = functionsAgainst(hubspot, secrets);
  run = functions.run;
  expect((await run('setup.run', {})).ok).toBe(true);
  await connectCompany(run, qbo.realms.us);
});
afterEach(() => {
  // Every body sent to QuickBooks, the item creates included, fits Intuit's XSD.
  expect(qbo.conformanceViolations).toEqual([]);
});

interface Start {
  quotes: Array<{ id: string; selectable: boolean }>;
  today: string;
  submissionId: string;
}
interface Prepare {
  lines: ProposedLine[];
  terms: TermSummary[];
  taxCodes: TaxCodeSummary[];
  customerMatch: { customer: { id: string } } | null;
}
interface Choices {
  incomeAccounts: Array<{ id: string; name: string }>;
  defaultItem: ItemSummary | null;
}

async function wizardOnQuote() {
  const call = onDeal(run, hubspot.demo.deals.publishedQuote);
  const start = (await call<Start>('wizard.start', { timeZone: 'America/Los_Angeles' })).data!;
  const quoteId = start.quotes.find((quote) => quote.selectable)!.id;
  const prepared = await call<Prepare>('wizard.prepare', {
    realmId: qbo.realms.us,
    source: { kind: 'quote', quoteId },
  });
  expect(prepared.ok, JSON.stringify(prepared.error)).toBe(true);
  const unmatched = prepared.data!.lines.find((line) => !line.match)!;
  return { call, start, quoteId, prepared: prepared.data!, unmatched };
}

const itemsNamed = (name: string) =>
  qbo
    .realm(qbo.realms.us)
    .items()
    .filter((item) => item.Name === name);

/** The new item as the form pre-fills it from the unmatched line's HubSpot product. */
function fromLine(line: ProposedLine, incomeAccountId: string): NewItem {
  return {
    name: line.name,
    type: 'Service',
    sku: 'ENGRAVE-1',
    description: line.description ?? 'Engraving on a birdbath',
    unitPrice: line.unitPrice,
    incomeAccountId,
    taxable: true,
  };
}

function draftWith(
  start: Start,
  prepared: Prepare,
  quoteId: string,
  extra: InvoiceDraft['lines'][number],
): InvoiceDraft {
  return {
    realmId: qbo.realms.us,
    source: { kind: 'quote', quoteId },
    customerId: prepared.customerMatch!.customer.id,
    currency: 'USD',
    lines: [
      ...prepared.lines
        .filter((line) => line.match)
        .map((line) => ({
          itemId: line.match!.item.id,
          description: line.name,
          quantity: line.quantity,
          unitPrice: line.unitPrice,
          serviceDate: null,
          taxCodeId: null,
          taxable: true,
        })),
      extra,
    ],
    discount: null,
    txnTaxCodeId: prepared.taxCodes.find((code) => code.name === 'California')!.id,
    globalTaxCalculation: null,
    termId: prepared.terms.find((term) => term.name === 'Net 30')!.id,
    txnDate: start.today,
    dueDate: start.today,
    customerMemo: '',
    docNumber: null,
  };
}

describe('creating the QuickBooks item for an unmatched quote line', () => {
  it('lists the company’s active Income accounts to choose from, and no default item yet', async () => {
    const { call } = await wizardOnQuote();
    const [qbFrom, hsFrom] = [qbo.requests.length, hubspot.requests.length];
    const choices = await call<Choices>('items.choices', { realmId: qbo.realms.us });
    expect(choices.ok, JSON.stringify(choices.error)).toBe(true);
    // One QuickBooks batch (accounts and the default item); the connection record from HubSpot.
    expect(quickBooksApiCalls(qbo, qbFrom)).toHaveLength(1);
    expect(ourHubSpotCalls(hubspot, hsFrom)).toHaveLength(1);
    expect(choices.data!.incomeAccounts.map((account) => account.name)).toEqual([
      'Discounts given',
      'Sales of Product Income',
      'Services',
    ]);
    expect(choices.data!.defaultItem).toBeNull();
  });

  it('creates the item with exact price, SKU, account and taxable, and the line can use it', async () => {
    const { call, start, quoteId, prepared, unmatched } = await wizardOnQuote();
    const choices = (await call<Choices>('items.choices', { realmId: qbo.realms.us })).data!;
    const services = choices.incomeAccounts.find((account) => account.name === 'Services')!;
    const item = { ...fromLine(unmatched, services.id), unitPrice: '45.505' };
    const [qbFrom, hsFrom] = [qbo.requests.length, hubspot.requests.length];
    const created = await call<{ item: ItemSummary }>('items.create', {
      realmId: qbo.realms.us,
      requestId: randomUUID(),
      item,
    });
    expect(created.ok, JSON.stringify(created.error)).toBe(true);
    expect(quickBooksApiCalls(qbo, qbFrom)).toHaveLength(1);
    expect(ourHubSpotCalls(hubspot, hsFrom)).toHaveLength(1);
    expect(created.data!.item).toMatchObject({
      name: unmatched.name,
      sku: 'ENGRAVE-1',
      type: 'Service',
      unitPrice: '45.505',
      taxable: true,
      active: true,
    });
    const [stored] = itemsNamed(unmatched.name);
    expect(stored).toMatchObject({
      Type: 'Service',
      Sku: 'ENGRAVE-1',
      UnitPrice: 45.505,
      Taxable: true,
      IncomeAccountRef: { value: services.id },
    });

    const reviewed = await call<{ checks: unknown[] }>('wizard.review', {
      draft: draftWith(start, prepared, quoteId, {
        itemId: created.data!.item.id,
        description: unmatched.name,
        quantity: unmatched.quantity,
        unitPrice: unmatched.unitPrice,
        serviceDate: null,
        taxCodeId: null,
        taxable: true,
      }),
    });
    expect(reviewed.ok, JSON.stringify(reviewed.error)).toBe(true);
    expect(reviewed.data!.checks).toEqual([]);
  });

  it('refuses a name another item has, saying what to do, and creates nothing', async () => {
    const { call, unmatched } = await wizardOnQuote();
    const choices = (await call<Choices>('items.choices', { realmId: qbo.realms.us })).data!;
    const before = qbo.realm(qbo.realms.us).items().length;
    const taken = await call('items.create', {
      realmId: qbo.realms.us,
      requestId: randomUUID(),
      item: { ...fromLine(unmatched, choices.incomeAccounts[0]!.id), name: 'pump' },
    });
    expect(taken.ok).toBe(false);
    expect(taken.error).toMatchObject({
      code: 'CONFLICT',
      field: 'input.item.name',
      message: 'QuickBooks already has a product or service named “pump”.',
      fix: 'Give the new item another name, or search for “pump” and pick it.',
    });
    expect(qbo.realm(qbo.realms.us).items().length).toBe(before);

    // A Spanish-speaking rep (the card sends the user's locale) reads it in Spanish.
    const spanish = (await functions.host({
      objectTypeId: '0-3',
      objectId: hubspot.demo.deals.publishedQuote,
    })('invoices-function', {
      parameters: {
        op: 'items.create',
        locale: 'es-MX',
        input: {
          realmId: qbo.realms.us,
          requestId: randomUUID(),
          item: { ...fromLine(unmatched, choices.incomeAccounts[0]!.id), name: 'Pump' },
        },
      },
      propertiesToSend: [...recordPropertiesToSend],
    })) as { ok: boolean; error?: { message: string; fix?: string } };
    expect(spanish.error).toMatchObject({
      message: 'QuickBooks ya tiene un producto o servicio llamado “Pump”.',
      fix: 'Ponle otro nombre al nuevo producto o servicio, o busca “Pump” y elígelo.',
    });
  });

  it('creates one item when the call is repeated or its answer is lost', async () => {
    const { call, unmatched } = await wizardOnQuote();
    const choices = (await call<Choices>('items.choices', { realmId: qbo.realms.us })).data!;
    const input = {
      realmId: qbo.realms.us,
      requestId: randomUUID(),
      item: fromLine(unmatched, choices.incomeAccounts[1]!.id),
    };
    // The first answer is lost after QuickBooks created the item; the client retries.
    qbo.faults.target({ method: 'POST', pathEndsWith: '/item' });
    qbo.faults.dropNext(1);
    const first = await call<{ item: ItemSummary }>('items.create', input);
    qbo.faults.target(null);
    expect(first.ok, JSON.stringify(first.error)).toBe(true);
    // The rep clicks again (a double click, a Retry).
    const second = await call<{ item: ItemSummary }>('items.create', input);
    expect(second.ok, JSON.stringify(second.error)).toBe(true);
    expect(second.data!.item.id).toBe(first.data!.item.id);
    expect(itemsNamed(unmatched.name)).toHaveLength(1);

    // A changed item after that is a new request: QuickBooks refuses the name now taken.
    const renamedPrice = await call('items.create', {
      ...input,
      item: { ...input.item, unitPrice: '99' },
    });
    expect(renamedPrice.error).toMatchObject({ code: 'CONFLICT', field: 'input.item.name' });
    expect(itemsNamed(unmatched.name)).toHaveLength(1);
  });

  it('refuses an item QuickBooks would refuse before calling it: a colon in the name', async () => {
    const { call, unmatched } = await wizardOnQuote();
    const refused = await call('items.create', {
      realmId: qbo.realms.us,
      requestId: randomUUID(),
      item: { ...fromLine(unmatched, '1'), name: 'Garden: engraving' },
    });
    expect(refused.error).toMatchObject({ code: 'INVALID_INPUT', field: 'input.item.name' });
  });
});

describe('the default item for lines that match no QuickBooks item', () => {
  const design = () => itemsNamed('Design')[0]!;

  it('is chosen in settings, stored on the connection and offered to the wizard', async () => {
    const none = await run('items.default.get', { realmId: qbo.realms.us });
    expect(none.data).toEqual({ realmId: qbo.realms.us, item: null, unusable: false });

    const found = await run('items.default.search', { realmId: qbo.realms.us, text: 'Desi' });
    const hit = (found.data as { items: ItemSummary[] }).items.find((i) => i.name === 'Design')!;
    expect(hit).toBeDefined();
    const saved = await run('items.default.save', { realmId: qbo.realms.us, itemId: hit.id });
    expect(saved.ok, JSON.stringify(saved.error)).toBe(true);
    expect(saved.data).toMatchObject({
      item: { id: design().Id, name: 'Design' },
      unusable: false,
    });
    const connection = hubspot.store
      .list(hubspot.store.schemas().find((s) => s.name === 'qbo_connection')!.objectTypeId)
      .find((record) => record.properties.realm_id === qbo.realms.us)!;
    expect(connection.properties.default_item_id).toBe(design().Id);

    // A fresh function instance reads it from the connection record.
    run = functionsAgainst(hubspot, secrets).run;
    const read = await run('items.default.get', { realmId: qbo.realms.us });
    expect(read.data).toMatchObject({ item: { name: 'Design' }, unusable: false });

    const { call, start, quoteId, prepared, unmatched } = await wizardOnQuote();
    const choices = (await call<Choices>('items.choices', { realmId: qbo.realms.us })).data!;
    expect(choices.defaultItem).toMatchObject({ id: design().Id, name: 'Design' });

    // "Use the default item": its id, the product's name as the description, the quote's price.
    const draft = draftWith(start, prepared, quoteId, {
      itemId: choices.defaultItem!.id,
      description: unmatched.name,
      quantity: unmatched.quantity,
      unitPrice: unmatched.unitPrice,
      serviceDate: null,
      taxCodeId: null,
      taxable: false,
    });
    const created = await call<{ invoice: { invoiceId: string } }>('invoices.createDraft', {
      submissionId: start.submissionId,
      draft,
    });
    expect(created.ok, JSON.stringify(created.error)).toBe(true);
    const invoice = qbo
      .realm(qbo.realms.us)
      .invoices()
      .find((candidate) => candidate.Id === created.data!.invoice.invoiceId)!;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- an emulator row, read field by field
    const line = (invoice.Line as Array<Record<string, any>>).find(
      (candidate) => candidate.SalesItemLineDetail?.ItemRef?.value === design().Id,
    )!;
    expect(line.Description).toBe(unmatched.name);
    expect(line.SalesItemLineDetail.UnitPrice).toBe(Number(unmatched.unitPrice));
  });

  it('refuses an inactive item, and says when the chosen one was made inactive since', async () => {
    const legacy = itemsNamed('Legacy Maintenance Plan')[0]!;
    const refused = await run('items.default.save', {
      realmId: qbo.realms.us,
      itemId: legacy.Id,
    });
    expect(refused.error).toMatchObject({ code: 'INVALID_INPUT', field: 'input.itemId' });

    await run('items.default.save', { realmId: qbo.realms.us, itemId: design().Id });
    qbo.realm(qbo.realms.us).update('Item', {
      Id: design().Id,
      SyncToken: design().SyncToken,
      sparse: true,
      Active: false,
    });
    const read = await run('items.default.get', { realmId: qbo.realms.us });
    expect(read.data).toMatchObject({ item: { name: 'Design', active: false }, unusable: true });
    const { call } = await wizardOnQuote();
    const choices = (await call<Choices>('items.choices', { realmId: qbo.realms.us })).data!;
    expect(choices.defaultItem).toBeNull();

    const cleared = await run('items.default.save', { realmId: qbo.realms.us, itemId: null });
    expect(cleared.data).toEqual({ realmId: qbo.realms.us, item: null, unusable: false });
  });
});
