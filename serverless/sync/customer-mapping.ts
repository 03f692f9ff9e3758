import type { Customer } from '../quickbooks';
import { because, type Reason } from './reasons';
import { plannedProperties, type MappingPlan } from './mappings';

/** What a QuickBooks customer becomes in HubSpot, or why it is skipped. */
export type ContactMapping =
  | {
      kind: 'contact';
      properties: Record<string, string>;
      email: string | null;
      companyName: string | null;
      /** The email's domain when it can name a company (not a mailbox provider's). */
      companyDomain: string | null;
    }
  | { kind: 'skip'; reason: Reason };

/** Mailbox providers: their domain says nothing about the customer's company. */
const personalDomains: readonly string[] = [
  'gmail.com',
  'googlemail.com',
  'yahoo.com',
  'hotmail.com',
  'outlook.com',
  'live.com',
  'icloud.com',
  'me.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'gmx.com',
  'gmx.de',
  'web.de',
];

const clean = (value: string | undefined | null) => value?.trim() || null;

/** A lower-cased email that looks like one, else null. */
export function normaliseEmail(value: string | undefined | null): string | null {
  const email = clean(value)?.toLowerCase() ?? null;
  return email && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? email : null;
}

export function companyDomainOf(email: string | null): string | null {
  const domain = email?.split('@')[1] ?? null;
  return domain && !personalDomains.includes(domain) ? domain : null;
}

/**
 * A QuickBooks customer as HubSpot contact properties: name, email, phone, billing address,
 * company name (and the admin's custom mappings by the `plan`, never over a built-in one). A
 * customer with neither an email nor a name is skipped: HubSpot could not show it nor match it.
 */
export function contactFromCustomer(customer: Customer, plan?: MappingPlan): ContactMapping {
  const email = normaliseEmail(customer.PrimaryEmailAddr?.Address);
  const given = clean(customer.GivenName);
  const family = clean(customer.FamilyName);
  const display = clean(customer.DisplayName);
  if (!email && !given && !family && !display)
    return { kind: 'skip', reason: because('no email and no name in QuickBooks') };
  const companyName = clean(customer.CompanyName);
  const properties: Record<string, string> = {};
  const set = (name: string, value: string | null | undefined) => {
    const v = clean(value);
    if (v) properties[name] = v;
  };
  // A customer without a person's name is named by its display name, so the contact has one.
  set('firstname', given ?? (family ? null : display));
  set('lastname', family);
  set('email', email);
  set('phone', customer.PrimaryPhone?.FreeFormNumber);
  set('company', companyName);
  const address = customer.BillAddr;
  if (address) {
    const street = [address.Line1, address.Line2, address.Line3]
      .map((line) => clean(line as string | undefined))
      .filter(Boolean)
      .join(', ');
    set('address', street);
    set('city', address.City as string | undefined);
    set('state', address.CountrySubDivisionCode as string | undefined);
    set('zip', address.PostalCode as string | undefined);
    set('country', address.Country as string | undefined);
  }
  return {
    kind: 'contact',
    properties: { ...plannedProperties(customer, plan), ...properties },
    email,
    companyName,
    companyDomain: companyDomainOf(email),
  };
}

/**
 * The customer a QuickBooks record maps to: a sub-customer or job maps to its top-level parent
 * (QuickBooks names it first in `FullyQualifiedName`, "Parent:Job"), whose contact and company it
 * shares.
 */
export function isSubCustomer(customer: Customer): boolean {
  return customer.Job === true || !!customer.ParentRef?.value;
}
