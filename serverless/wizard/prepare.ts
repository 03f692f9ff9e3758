import * as z from 'zod';
import type { InvoiceSource, NewCustomer, wizardPrepareOutput } from '@qbo-invoicing/contract';
import { isEmailAddress, newCustomerLimits } from '@qbo-invoicing/contract/catalog';
import { nextDocNumber } from '@qbo-invoicing/invoicing';
import type { CrmRecord } from '../hubspot/crm';
import { matchCustomer, personName, type BuyerFacts } from '../invoicing/customer-matching';
import { matchLines, type SourceLine } from '../invoicing/line-matching';
import {
  customerSummary,
  itemSummary,
  profileView,
  taxCodeSummaries,
  termSummary,
} from './summaries';
import { question, select } from '../quickbooks';
import { customerSchema, type Customer } from '../quickbooks/resources/customers';
import { invoiceSchema } from '../quickbooks/resources/invoices';
import { itemSchema } from '../quickbooks/resources/items';
import { taxCodeSchema, taxRateSchema } from '../quickbooks/resources/tax';
import { termSchema } from '../quickbooks/resources/terms';
import type { OperationContext } from '../runtime/dispatch';
import type { Translator } from '../lib/text';
import { companyOf, dealOf, usableQuote } from './context';
import { Fitter } from './fit-for-quickbooks';

const LINE_ITEM_PROPERTIES = [
  'name',
  'hs_sku',
  'description',
  'quantity',
  'price',
  'hs_discount_percentage',
  'discount',
  'hs_position_on_quote',
];
const ADDRESS = ['address', 'city', 'state', 'zip', 'country'];
const CONTACT_PROPERTIES = ['firstname', 'lastname', 'email', 'company', ...ADDRESS];
const COMPANY_PROPERTIES = ['name', ...ADDRESS];
/** How many recent invoice numbers the next number is worked out from. */
const RECENT_NUMBERS = 20;
/** QuickBooks' largest page of query results. */
const LIST_PAGE_MAX = 1000;
/** Values per `IN` list, so a query stays well inside QuickBooks' length limits. */
const IN_LIST_MAX = 100;

const text = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);
const byId = (a: CrmRecord, b: CrmRecord) => Number(a.id) - Number(b.id);

function sourceLine(record: CrmRecord, words: Translator): SourceLine {
  const p = record.properties;
  const position = text(p.hs_position_on_quote);
  return {
    id: record.id,
    name: text(p.name) ?? words.t('Line item {id}', { id: record.id }),
    sku: text(p.hs_sku),
    description: text(p.description),
    quantity: text(p.quantity),
    price: text(p.price),
    discountPercent: text(p.hs_discount_percentage),
    discountAmount: text(p.discount),
    position: position !== null && /^\d+$/.test(position) ? Number(position) : null,
  };
}

function addressOf(record: CrmRecord | undefined, fit: Fitter): NewCustomer['billAddr'] {
  if (!record) return null;
  const p = record.properties;
  const limits = newCustomerLimits;
  const address = {
    line1: fit.field(text(p.address), limits.line1, 'line1'),
    city: fit.field(text(p.city), limits.city, 'city'),
    region: fit.field(text(p.state), limits.region, 'region'),
    postalCode: fit.field(text(p.zip), limits.postalCode, 'postalCode'),
    country: fit.field(text(p.country), limits.country, 'country'),
  };
  return Object.values(address).some((value) => value !== null) ? address : null;
}

/**
 * What HubSpot knows about the buyer, to prefill "create a new QuickBooks customer", fitted to
 * QuickBooks' field rules; what had to change is noted in `fit` for the rep.
 */
export function prefillFrom(
  buyer: BuyerFacts,
  contact: CrmRecord | undefined,
  company: CrmRecord | undefined,
  currency: string | null,
  fit: Fitter,
): NewCustomer {
  const name = personName(buyer);
  const limits = newCustomerLimits;
  const email = buyer.email?.trim() ?? null;
  return {
    displayName: fit.displayName(buyer.companyName ?? name ?? email ?? ''),
    companyName: fit.field(buyer.companyName, limits.companyName, 'companyName'),
    givenName: fit.field(buyer.firstName, limits.givenName, 'givenName'),
    familyName: fit.field(buyer.lastName, limits.familyName, 'familyName'),
    // An address QuickBooks would refuse is left out rather than cut: a cut address is wrong.
    email: email !== null && isEmailAddress(email) && email.length <= limits.email ? email : null,
    billAddr: addressOf(company, fit) ?? addressOf(contact, fit),
    currency,
  };
}

/**
 * wizard.prepare: everything the wizard's middle steps need, in one go. HubSpot: the source's line
 * items, contacts and companies (three searches, in parallel; the deal comes from the warm cache).
 * QuickBooks: one batch with terms, tax codes and rates, the customers that could match the buyer,
 * the items that could match the lines, and the latest invoice numbers.
 */
export async function prepare(
  input: { realmId: string; source: InvoiceSource; timeZone: string },
  context: OperationContext,
): Promise<z.infer<typeof wizardPrepareOutput>> {
  const deal = await dealOf(context);
  const { crm } = context.services;
  let from: { type: 'quote' | 'deal'; id: string } = { type: 'deal', id: deal.id };
  let sourceCurrency = deal.currency;
  if (input.source.kind === 'quote') {
    const quote = usableQuote(
      deal,
      input.source.quoteId,
      input.timeZone,
      'input.source.quoteId',
      new Date(context.services.clock.now()),
      context.words,
    );
    from = { type: 'quote', id: quote.id };
    sourceCurrency = quote.currency ?? deal.currency;
  }

  const [lineRecords, contacts, companies, { profile, qbo, homeCurrency }] = await Promise.all([
    crm.searchAssociated('line_items', from.type, from.id, LINE_ITEM_PROPERTIES),
    crm.searchAssociated('contacts', from.type, from.id, CONTACT_PROPERTIES),
    crm.searchAssociated('companies', from.type, from.id, COMPANY_PROPERTIES),
    companyOf(context, input.realmId),
  ]);
  // The deal's main contact and primary company when they are among the source's.
  const contact =
    contacts.find((record) => record.id === deal.contactIds[0]) ?? [...contacts].sort(byId)[0];
  const company =
    companies.find((record) => record.id === deal.companyIds[0]) ?? [...companies].sort(byId)[0];
  const buyer: BuyerFacts = {
    email: text(contact?.properties.email),
    firstName: text(contact?.properties.firstname),
    lastName: text(contact?.properties.lastname),
    companyName: text(company?.properties.name) ?? text(contact?.properties.company),
  };
  const lines = lineRecords.map((record) => sourceLine(record, context.words));
  const skus = [...new Set(lines.flatMap((line) => (line.sku ? [line.sku] : [])))];
  const names = [...new Set(lines.map((line) => line.name))];

  // Without MAXRESULTS QuickBooks answers its default page of 100 rows: a company with more
  // terms or tax codes would silently lose the rest. 1,000 is QuickBooks' largest page.
  const wholeList = <E extends 'Term' | 'TaxCode' | 'TaxRate'>(entity: E) =>
    select(entity).where('Active', '=', true).orderBy('Name').maxResults(LIST_PAGE_MAX);
  const customerQuery = () => select('Customer').where('Active', '=', true);
  const fullName = personName(buyer);
  // Inactive items too, so an inactive one is recognised and never matched.
  const itemQuery = () => select('Item').in('Active', [true, false]);
  const chunksOf = (values: string[]) =>
    Array.from({ length: Math.ceil(values.length / IN_LIST_MAX) }, (_, index) =>
      values.slice(index * IN_LIST_MAX, (index + 1) * IN_LIST_MAX),
    );
  const answers = await qbo.batch.answer(
    {
      terms: question(wholeList('Term'), termSchema),
      taxCodes: question(wholeList('TaxCode'), taxCodeSchema),
      taxRates: question(wholeList('TaxRate'), taxRateSchema),
      byEmail: buyer.email
        ? question(customerQuery().where('PrimaryEmailAddr', '=', buyer.email), customerSchema)
        : undefined,
      byCompany: buyer.companyName
        ? question(customerQuery().where('CompanyName', '=', buyer.companyName), customerSchema)
        : undefined,
      byCompanyDisplay: buyer.companyName
        ? question(customerQuery().where('DisplayName', '=', buyer.companyName), customerSchema)
        : undefined,
      byName: fullName
        ? question(customerQuery().where('DisplayName', '=', fullName), customerSchema)
        : undefined,
      byGivenFamily:
        fullName && buyer.firstName && buyer.lastName
          ? question(
              customerQuery()
                .where('GivenName', '=', buyer.firstName)
                .where('FamilyName', '=', buyer.lastName),
              customerSchema,
            )
          : undefined,
      items: question(
        [
          ...chunksOf(skus).map((chunk) => itemQuery().in('Sku', chunk)),
          ...chunksOf(names).map((chunk) => itemQuery().in('Name', chunk)),
        ],
        itemSchema,
      ),
      recent: profile.customTxnNumbers
        ? question(
            select('Invoice').orderBy('MetaData.CreateTime', 'DESC').maxResults(RECENT_NUMBERS),
            invoiceSchema,
          )
        : undefined,
    },
    { deadline: context.deadline },
  );

  const customers = new Map<string, Customer>();
  for (const found of [
    answers.byEmail,
    answers.byCompany,
    answers.byCompanyDisplay,
    answers.byName,
    answers.byGivenFamily,
  ])
    for (const customer of found) customers.set(customer.Id, customer);
  const givenAndFamily = new Map(
    [...customers.values()].map((c) => [
      c.Id,
      { given: c.GivenName ?? null, family: c.FamilyName ?? null },
    ]),
  );
  const customerMatch = matchCustomer(
    buyer,
    [...customers.values()].map((c) => customerSummary(c, homeCurrency)),
    context.words,
    givenAndFamily,
  );

  const items = new Map(answers.items.map((item) => [item.Id, item]));
  const fit = new Fitter(context.words);
  const matched = matchLines(
    lines,
    [...items.values()].map((item) => ({
      ...itemSummary(item),
      fullyQualifiedName: item.FullyQualifiedName ?? null,
    })),
  );

  const proposed = matched.map((line) => ({
    ...line,
    description: fit.description(line.description, line.name),
  }));

  const recentNumbers = answers.recent.flatMap((invoice) =>
    invoice.DocNumber ? [invoice.DocNumber] : [],
  );
  const invoiceCurrency = profile.multiCurrency ? (sourceCurrency ?? homeCurrency) : null;
  return {
    // Whether a US company charges sales tax decides if lines show Taxable and a rate is chosen.
    profile: { ...profileView(profile), usingSalesTax: profile.usingSalesTax },
    terms: answers.terms.map(termSummary),
    taxCodes: taxCodeSummaries(answers.taxCodes, answers.taxRates),
    lines: proposed,
    customerMatch,
    customerPrefill: prefillFrom(buyer, contact, company, invoiceCurrency, fit),
    adjustments: fit.notes,
    dealCurrency: deal.currency,
    suggestedNumber: profile.customTxnNumbers ? nextDocNumber(recentNumbers) : null,
  };
}
