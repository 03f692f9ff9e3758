import type { Crm, CrmRecord } from './crm';
import type { WarmCache } from '../lib/warm-cache';

/**
 * What the invoice wizard needs to know about the deal it runs on, read in as few HubSpot calls
 * as possible: the deal with the ids of its contacts and companies (one read), and its quotes
 * with their properties (one search). A warm function keeps the answer for a few minutes, so the
 * wizard's later steps (prepare, review) do not read the deal again; creating the invoice always
 * reads it fresh, because the deal's currency decides whether its invoice properties change.
 */
export interface DealQuote {
  id: string;
  title: string;
  status: string | null;
  expiration: string | null;
  currency: string | null;
  amount: string | null;
}

export interface DealContext {
  id: string;
  name: string;
  amount: string | null;
  currency: string | null;
  /** Associated contacts, the first being the deal's main contact. */
  contactIds: string[];
  /** Associated companies, the primary one first. */
  companyIds: string[];
  quotes: DealQuote[];
}

const DEAL_PROPERTIES = ['dealname', 'amount', 'deal_currency_code'];
const QUOTE_PROPERTIES = [
  'hs_title',
  'hs_status',
  'hs_expiration_date',
  'hs_currency',
  'hs_quote_amount',
];

export const DEAL_CACHE_TTL_MS = 10 * 60_000;

const text = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);

/** Ids of one associated type, unique, in HubSpot's order, the primary label first. */
function ids(
  associations: Record<string, { results: Array<{ id: string; type?: string }> }>,
  key: string,
  primaryType: string,
): string[] {
  const results = associations[key]?.results ?? [];
  const primary = results.filter((result) => result.type === primaryType).map((r) => String(r.id));
  return [...new Set([...primary, ...results.map((result) => String(result.id))])];
}

function quoteOf(record: CrmRecord): DealQuote {
  const p = record.properties;
  return {
    id: record.id,
    title: text(p.hs_title) ?? `Quote ${record.id}`,
    status: text(p.hs_status),
    expiration: text(p.hs_expiration_date),
    currency: text(p.hs_currency),
    amount: text(p.hs_quote_amount),
  };
}

export class DealReader {
  constructor(
    private readonly crm: Crm,
    private readonly cache: WarmCache,
    private readonly hubspotApi: string,
  ) {}

  private key(dealId: string) {
    return `deal|${this.hubspotApi}|${dealId}`;
  }

  /** The deal, from the warm cache when it was read in the last few minutes. */
  async load(
    dealId: string,
    options: { fresh?: boolean; withQuotes?: boolean } = {},
  ): Promise<DealContext | null> {
    const hit = this.cache.get<{ deal: DealContext }>(this.key(dealId), DEAL_CACHE_TTL_MS);
    if (!options.fresh && hit) return hit.deal;
    const withQuotes = options.withQuotes ?? true;
    const [record, quotes] = await Promise.all([
      this.crm.getWithAssociations('deals', dealId, DEAL_PROPERTIES, ['contacts', 'companies']),
      withQuotes
        ? this.crm.searchAssociated('quotes', 'deal', dealId, QUOTE_PROPERTIES)
        : Promise.resolve(null),
    ]);
    if (!record) return null;
    const p = record.properties;
    const deal: DealContext = {
      id: record.id,
      name: text(p.dealname) ?? `Deal ${record.id}`,
      amount: text(p.amount),
      currency: text(p.deal_currency_code),
      contactIds: ids(record.associations, 'contacts', 'deal_to_contact'),
      companyIds: ids(record.associations, 'companies', 'deal_to_company'),
      quotes: (quotes ?? hit?.deal.quotes ?? []).map((q) => ('properties' in q ? quoteOf(q) : q)),
    };
    if (withQuotes || hit) this.cache.set(this.key(dealId), { deal });
    return deal;
  }
}
