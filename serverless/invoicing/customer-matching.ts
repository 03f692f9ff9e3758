import type { CustomerSummary } from '@qbo-invoicing/contract';
import type { Translator } from '../lib/text';

/** What HubSpot knows about the buyer: the quote's (or deal's) contact and company. */
export interface BuyerFacts {
  email: string | null;
  firstName: string | null;
  lastName: string | null;
  companyName: string | null;
}

export interface CustomerMatch {
  customer: CustomerSummary;
  by: 'email' | 'company' | 'name';
  reason: string;
}

const norm = (value: string | null | undefined) =>
  (value ?? '').normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-US');

export function personName(facts: Pick<BuyerFacts, 'firstName' | 'lastName'>): string | null {
  const name = [facts.firstName, facts.lastName]
    .map((part) => part?.trim() ?? '')
    .filter(Boolean)
    .join(' ');
  return name === '' ? null : name;
}

/** Active customers first, then the oldest: the one an accountant most likely means. */
function best(candidates: CustomerSummary[]): CustomerSummary | undefined {
  return [...candidates].sort(
    (a, b) => Number(b.active) - Number(a.active) || Number(a.id) - Number(b.id),
  )[0];
}

/**
 * Proposes the QuickBooks customer for the buyer: by email, then by company name (against the
 * customer's company name or display name), then by the contact's full name (display name, or
 * given and family name). Case, accents' composition and extra spaces do not matter. Inactive
 * customers are matched only when nothing active matches (and the review flags them).
 */
export function matchCustomer(
  facts: BuyerFacts,
  customers: CustomerSummary[],
  words: Translator,
  givenAndFamily: Map<string, { given: string | null; family: string | null }> = new Map(),
): CustomerMatch | null {
  const email = norm(facts.email);
  if (email) {
    const found = best(customers.filter((c) => norm(c.email) === email));
    if (found)
      return {
        customer: found,
        by: 'email',
        reason: words.t('Email {email} matches this customer’s email.', {
          email: facts.email?.trim() ?? '',
        }),
      };
  }
  const company = norm(facts.companyName);
  if (company) {
    const found = best(
      customers.filter((c) => norm(c.companyName) === company || norm(c.displayName) === company),
    );
    if (found)
      return {
        customer: found,
        by: 'company',
        reason: words.t('Company “{company}” matches this customer’s company name.', {
          company: facts.companyName?.trim() ?? '',
        }),
      };
  }
  const name = personName(facts);
  if (name) {
    const wanted = norm(name);
    const found = best(
      customers.filter((c) => {
        if (norm(c.displayName) === wanted) return true;
        const parts = givenAndFamily.get(c.id);
        return parts
          ? norm(personName({ firstName: parts.given, lastName: parts.family })) === wanted
          : false;
      }),
    );
    if (found)
      return {
        customer: found,
        by: 'name',
        reason: words.t('Contact name “{name}” matches this customer’s name.', { name }),
      };
  }
  return null;
}
