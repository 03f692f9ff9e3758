import Decimal from 'decimal.js';
import type * as z from 'zod';
import type {
  LinkCandidate,
  LinkSearchFilters,
  RecordObjectType,
  linkSearchOutput,
  linkSuggestOutput,
} from '@qbo-invoicing/contract';
import { AppError } from '../lib/errors';
import { todayIn } from '../invoicing/status';
import { question, select, type Customer, type Invoice, type QboCompany } from '../quickbooks';
import { customerSchema } from '../quickbooks/resources/customers';
import type { Translator } from '../lib/text';
import type { OperationContext } from '../runtime/dispatch';
import { linkFromInvoice } from './from-quickbooks';
import { toSummary } from './summary';

/** Invoices per page of a search, and suggestions shown at most. */
export const LINK_PAGE_SIZE = 20;
const MAX_SUGGESTIONS = 20;
/** Customers whose invoices a name search covers (QuickBooks' IN takes a list). */
const MAX_NAMED_CUSTOMERS = 100;

export interface ConnectedCompany {
  qbo: QboCompany;
  homeCurrency: string;
}

/** The connected QuickBooks company the panel chose, or a clear NOT_FOUND. */
export async function connectedCompany(
  context: OperationContext,
  realmId: string,
): Promise<ConnectedCompany> {
  const connection = await context.services.connections.get(realmId);
  if (!connection) {
    throw new AppError('NOT_FOUND', 'The QuickBooks company with id {realmId} is not connected.', {
      fix: 'Choose another company, or ask an admin to connect it from the app’s settings.',
      field: 'input.realmId',
      values: { realmId },
    });
  }
  return {
    qbo: context.services.quickbooks.forRealm(realmId, { companyName: connection.companyName }),
    homeCurrency: connection.homeCurrency,
  };
}

/** The names of the records these links are on, by "type:id" (one batch read per type). */
async function recordNames(
  linked: Array<Record<'deals' | 'contacts' | 'companies', string[]>>,
  context: OperationContext,
): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const fields = {
    deals: ['dealname'],
    contacts: ['firstname', 'lastname', 'email'],
    companies: ['name'],
  } as const;
  await Promise.all(
    (['deals', 'contacts', 'companies'] as const).map(async (type) => {
      const ids = [...new Set(linked.flatMap((records) => records[type]))];
      if (ids.length === 0) return;
      for (const record of await context.services.crm.batchRead(type, ids, [...fields[type]])) {
        const p = record.properties;
        const name =
          type === 'deals'
            ? p.dealname
            : type === 'companies'
              ? p.name
              : [p.firstname, p.lastname].filter(Boolean).join(' ') || p.email;
        if (name) names.set(`${type}:${record.id}`, name);
      }
    }),
  );
  return names;
}

/** The invoices as the panel lists them, each with the records it is already linked to. */
async function candidatesOf(
  invoices: Invoice[],
  realmId: string,
  homeCurrency: string,
  today: string,
  context: OperationContext & { objectType: RecordObjectType },
): Promise<LinkCandidate[]> {
  const { services, recordId } = context;
  const existing = await services.invoiceLinks.getMany(
    realmId,
    invoices.map((invoice) => invoice.Id),
  );
  const records = await services.invoiceLinks.recordsOf(existing);
  const names = await recordNames([...records.values()], context);
  const confirmedAt = new Date(services.clock.now()).toISOString();
  return invoices.map((invoice) => {
    const summary = toSummary(
      linkFromInvoice(null, invoice, { realmId, homeCurrency, confirmedAt }),
      today,
    );
    const linkedTo = records.get(`${realmId}:${invoice.Id}`) ?? {
      deals: [],
      contacts: [],
      companies: [],
    };
    return {
      realmId,
      invoiceId: summary.invoiceId,
      number: summary.number,
      customerName: summary.customerName,
      txnDate: summary.txnDate,
      currency: summary.currency,
      total: summary.total,
      balance: summary.balance,
      status: summary.status,
      linkedTo,
      linkedToNames: [
        ...linkedTo.deals.map((id) =>
          context.words.t('Deal {name}', { name: names.get(`deals:${id}`) ?? id }),
        ),
        ...linkedTo.contacts.map((id) =>
          context.words.t('Contact {name}', { name: names.get(`contacts:${id}`) ?? id }),
        ),
        ...linkedTo.companies.map((id) =>
          context.words.t('Company {name}', { name: names.get(`companies:${id}`) ?? id }),
        ),
      ],
      onThisRecord: linkedTo[context.objectType].includes(recordId as string),
    };
  });
}

/** What HubSpot knows of the buyer on this record: emails, company names and domains. */
interface BuyerClues {
  emails: string[];
  /** Contacts' full names, as given and family name. */
  people: Array<{ given: string; family: string }>;
  companyNames: string[];
  domains: string[];
}

async function buyerClues(
  objectType: RecordObjectType,
  context: OperationContext,
): Promise<BuyerClues> {
  const { services, recordId } = context;
  let contactIds: string[] = [];
  let companyIds: string[] = [];
  if (objectType === 'contacts') contactIds = [recordId as string];
  else if (objectType === 'companies') companyIds = [recordId as string];
  else {
    const deal = await services.deals.load(recordId as string, { withQuotes: false });
    // The deal's primary contact and company, as the wizard matches them.
    contactIds = deal?.contactIds.slice(0, 1) ?? [];
    companyIds = deal?.companyIds.slice(0, 1) ?? [];
  }
  const [contacts, companies] = await Promise.all([
    contactIds.length
      ? services.crm.batchRead('contacts', contactIds, ['email', 'firstname', 'lastname'])
      : [],
    companyIds.length ? services.crm.batchRead('companies', companyIds, ['name', 'domain']) : [],
  ]);
  const present = (values: Array<string | null | undefined>) =>
    [...new Set(values.map((value) => value?.trim() ?? '').filter(Boolean))].slice(0, 5);
  return {
    emails: present(contacts.map((contact) => contact.properties.email)),
    people: contacts.flatMap((contact) => {
      const given = contact.properties.firstname?.trim() ?? '';
      const family = contact.properties.lastname?.trim() ?? '';
      return given && family ? [{ given, family }] : [];
    }),
    companyNames: present(companies.map((company) => company.properties.name)),
    domains: present(
      companies.map((company) =>
        company.properties.domain?.replace(/^https?:\/\//i, '').replace(/^www\./i, ''),
      ),
    ),
  };
}

const lower = (value: string | undefined) => (value ?? '').trim().toLowerCase();

/** Why a QuickBooks customer matches this record, or null. */
function reasonFor(customer: Customer, clues: BuyerClues, words: Translator): string | null {
  const email = lower(customer.PrimaryEmailAddr?.Address);
  const byEmail = clues.emails.find((candidate) => lower(candidate) === email);
  if (email && byEmail) return words.t('Customer email {email} matches.', { email: byEmail });
  const names = [lower(customer.CompanyName), lower(customer.DisplayName)];
  const byName = clues.companyNames.find((name) => names.includes(lower(name)));
  if (byName) return words.t('Customer company “{company}” matches.', { company: byName });
  const person = clues.people.find(
    (candidate) =>
      lower(candidate.given) === lower(customer.GivenName) &&
      lower(candidate.family) === lower(customer.FamilyName),
  );
  if (person)
    return words.t('Customer name {given} {family} matches.', {
      given: person.given,
      family: person.family,
    });
  const domain = email.split('@')[1];
  const byDomain = clues.domains.find((candidate) => lower(candidate) === domain);
  if (domain && byDomain)
    return words.t('Customer email domain {domain} matches.', { domain: byDomain });
  return null;
}

/**
 * links.suggest: open and recent invoices of the QuickBooks customers that match this record (the
 * contact's email or full name, the company's name or email domain; on a deal, those of its
 * primary contact and company),
 * each with the reason of the match. Two QuickBooks queries: the customers, then their invoices.
 */
export async function suggestLinks(
  input: { objectType: RecordObjectType; realmId: string | null; timeZone: string },
  context: OperationContext,
): Promise<z.infer<typeof linkSuggestOutput>> {
  const connections = await context.services.connections.list();
  const companies = connections.map((connection) => ({
    realmId: connection.realmId,
    companyName:
      connection.companyName ||
      context.words.t('QuickBooks company (id {realmId})', { realmId: connection.realmId }),
  }));
  const realmId = input.realmId ?? companies[0]?.realmId ?? null;
  if (!realmId) return { companies, realmId: null, suggestions: [] };
  const { qbo, homeCurrency } = await connectedCompany(context, realmId);
  const none = { companies, realmId, suggestions: [] };
  const clues = await buyerClues(input.objectType, context);
  const conditions = [
    ...clues.emails.map((email) => select('Customer').where('PrimaryEmailAddr', '=', email)),
    ...clues.people.map((person) =>
      select('Customer')
        .where('GivenName', '=', person.given)
        .where('FamilyName', '=', person.family),
    ),
    ...clues.companyNames.flatMap((name) => [
      select('Customer').where('CompanyName', '=', name),
      select('Customer').where('DisplayName', '=', name),
    ]),
    ...clues.domains.map((domain) => select('Customer').endsWith('PrimaryEmailAddr', `@${domain}`)),
  ];
  if (conditions.length === 0) return none;
  // QuickBooks' query language has no OR: one small query per clue, all in one batch request.
  const answers = await qbo.batch.answer(
    {
      customers: question(
        conditions.map((query) => query.in('Active', [true, false]).maxResults(20)),
        customerSchema,
      ),
    },
    { deadline: context.deadline },
  );
  const found = new Map(answers.customers.map((customer) => [customer.Id, customer]));
  const reasons = new Map<string, string>();
  for (const customer of found.values()) {
    const reason = reasonFor(customer, clues, context.words);
    if (reason) reasons.set(customer.Id, reason);
  }
  if (reasons.size === 0) return none;
  const page = await qbo.invoices.page(
    select('Invoice')
      .in('CustomerRef', [...reasons.keys()])
      .orderBy('TxnDate', 'DESC')
      .maxResults(MAX_SUGGESTIONS),
    { pageSize: MAX_SUGGESTIONS, deadline: context.deadline },
  );
  const today = todayIn(input.timeZone, new Date(context.services.clock.now()));
  const candidates = await candidatesOf(page.rows, realmId, homeCurrency, today, {
    ...context,
    objectType: input.objectType,
  });
  const open = (candidate: LinkCandidate) => new Decimal(candidate.balance).gt(0);
  return {
    companies,
    realmId,
    suggestions: candidates
      .map((invoice, index) => ({
        invoice,
        reason: reasons.get(page.rows[index]?.CustomerRef.value ?? '') ?? '',
      }))
      // Open invoices first, then the most recent.
      .sort((a, b) => Number(open(b.invoice)) - Number(open(a.invoice))),
  };
}

/** The statuses QuickBooks can filter on; voided and paid are told apart after the read. */
function statusQuery(
  query: ReturnType<typeof select<'Invoice'>>,
  status: LinkSearchFilters['status'],
  today: string,
) {
  if (status === 'open') return query.where('Balance', '>', new Decimal(0));
  if (status === 'overdue')
    return query.where('Balance', '>', new Decimal(0)).where('DueDate', '<', today);
  if (status === 'paid' || status === 'voided') return query.where('Balance', '=', new Decimal(0));
  return query;
}

/**
 * links.search: the company's invoices by number, customer name, date range, status and total,
 * newest first, a page at a time. Every value reaches QuickBooks through the query builder, which
 * escapes it; a customer name is looked up first (QuickBooks cannot filter invoices by it).
 */
export async function searchLinks(
  input: {
    objectType: RecordObjectType;
    realmId: string;
    timeZone: string;
    filters: LinkSearchFilters;
    startPosition: number;
  },
  context: OperationContext,
): Promise<z.infer<typeof linkSearchOutput>> {
  const { qbo, homeCurrency } = await connectedCompany(context, input.realmId);
  const { filters } = input;
  const today = todayIn(input.timeZone, new Date(context.services.clock.now()));
  let query = select('Invoice');
  if (filters.customerName !== '') {
    const customers = await qbo.customers.page(
      select('Customer')
        .contains('DisplayName', filters.customerName)
        .in('Active', [true, false])
        .maxResults(MAX_NAMED_CUSTOMERS),
      { pageSize: MAX_NAMED_CUSTOMERS, deadline: context.deadline },
    );
    if (customers.rows.length === 0) return { invoices: [], nextStartPosition: null };
    query = query.in(
      'CustomerRef',
      customers.rows.map((customer) => customer.Id),
    );
  }
  if (filters.number !== '') query = query.contains('DocNumber', filters.number);
  if (filters.from) query = query.where('TxnDate', '>=', filters.from);
  if (filters.to) query = query.where('TxnDate', '<=', filters.to);
  if (filters.minTotal) query = query.where('TotalAmt', '>=', new Decimal(filters.minTotal));
  if (filters.maxTotal) query = query.where('TotalAmt', '<=', new Decimal(filters.maxTotal));
  query = statusQuery(query, filters.status, today);
  const page = await qbo.invoices.page(
    query.orderBy('TxnDate', 'DESC').startPosition(input.startPosition),
    { pageSize: LINK_PAGE_SIZE, deadline: context.deadline },
  );
  let candidates = await candidatesOf(page.rows, input.realmId, homeCurrency, today, {
    ...context,
    objectType: input.objectType,
  });
  if (filters.status === 'paid')
    candidates = candidates.filter((candidate) => candidate.status === 'PAID');
  if (filters.status === 'voided')
    candidates = candidates.filter((candidate) => candidate.status === 'VOIDED');
  return { invoices: candidates, nextStartPosition: page.nextStartPosition ?? null };
}
