import type { Translator } from '../lib/text';
import type { Crm, CrmRecord } from '../hubspot/crm';
import type { Customer } from '../quickbooks';

export interface MatchTarget {
  type: 'contacts' | 'companies';
  id: string;
  name: string;
}

/** Who a QuickBooks customer's invoices go to in HubSpot, and why. */
export type CustomerMatch =
  | { kind: 'match'; target: MatchTarget; reason: string }
  | { kind: 'ambiguous'; candidates: MatchTarget[]; reason: string }
  | { kind: 'unmatched' };

const norm = (value: string | null | undefined) => (value ?? '').trim().toLowerCase();
/** HubSpot's search takes at most 100 values in one IN filter. */
const IN_LIMIT = 100;

const emailOf = (customer: Customer) => norm(customer.PrimaryEmailAddr?.Address);
const companyNameOf = (customer: Customer) => norm(customer.CompanyName ?? customer.DisplayName);
const domainOf = (customer: Customer) => emailOf(customer).split('@')[1] ?? '';

/** Every record whose property is one of the values, grouped by the value (lower case). */
async function findBy(
  crm: Crm,
  type: 'contacts' | 'companies',
  property: string,
  values: string[],
  nameOf: (record: CrmRecord) => string,
): Promise<Map<string, MatchTarget[]>> {
  const out = new Map<string, MatchTarget[]>();
  const unique = [...new Set(values.filter(Boolean))];
  for (let i = 0; i < unique.length; i += IN_LIMIT) {
    let after: string | undefined;
    do {
      const page = await crm.search(type, {
        filterGroups: [
          {
            filters: [
              { propertyName: property, operator: 'IN', values: unique.slice(i, i + IN_LIMIT) },
            ],
          },
        ],
        properties: [property, 'firstname', 'lastname', 'name', 'email'],
        limit: 100,
        ...(after ? { after } : {}),
      });
      for (const record of page.results) {
        const key = norm(record.properties[property]);
        const list = out.get(key) ?? [];
        list.push({ type, id: record.id, name: nameOf(record) });
        out.set(key, list);
      }
      after = page.paging?.next?.after;
    } while (after);
  }
  return out;
}

const contactName = (words: Translator) => (record: CrmRecord) =>
  [record.properties.firstname, record.properties.lastname].filter(Boolean).join(' ') ||
  record.properties.email ||
  words.t('Contact {name}', { name: record.id });
const companyName = (words: Translator) => (record: CrmRecord) =>
  record.properties.name || words.t('Company {name}', { name: record.id });

function decide(found: MatchTarget[] | undefined, reason: string): CustomerMatch | null {
  if (!found || found.length === 0) return null;
  if (found.length === 1) return { kind: 'match', target: found[0] as MatchTarget, reason };
  return { kind: 'ambiguous', candidates: found, reason };
}

/**
 * Matches QuickBooks customers to HubSpot records for linking their past invoices: by email to a
 * contact, then by company name to a company, then by the email's domain to a company. Several
 * records on the first rule that finds any make the customer ambiguous (a person chooses); deals
 * are never guessed. Three HubSpot searches for up to 100 customers, whatever their invoices.
 */
export async function matchCustomers(
  crm: Crm,
  customers: Customer[],
  words: Translator,
): Promise<Map<string, CustomerMatch>> {
  const [byEmail, byName, byDomain] = await Promise.all([
    findBy(crm, 'contacts', 'email', customers.map(emailOf), contactName(words)),
    findBy(crm, 'companies', 'name', customers.map(companyNameOf), companyName(words)),
    findBy(crm, 'companies', 'domain', customers.map(domainOf), companyName(words)),
  ]);
  const out = new Map<string, CustomerMatch>();
  for (const customer of customers) {
    const email = emailOf(customer);
    const company = companyNameOf(customer);
    const domain = domainOf(customer);
    out.set(
      customer.Id,
      decide(byEmail.get(email), words.t('Email {email} matches.', { email })) ??
        decide(
          byName.get(company),
          words.t('Company name “{company}” matches.', {
            company: customer.CompanyName ?? customer.DisplayName ?? '',
          }),
        ) ??
        decide(byDomain.get(domain), words.t('Email domain {domain} matches.', { domain })) ?? {
          kind: 'unmatched',
        },
    );
  }
  return out;
}
