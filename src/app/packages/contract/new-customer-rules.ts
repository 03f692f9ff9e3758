/**
 * What a new QuickBooks customer must satisfy before it is sent, written once without zod: the
 * wizard's form shows these problems as the rep types, and the contract's schema enforces the same
 * rules on the server (`newCustomerSchema` refines with this function).
 */

export interface NewCustomerFields {
  displayName: string;
  companyName: string | null;
  givenName: string | null;
  familyName: string | null;
  email: string | null;
  billAddr: {
    line1: string | null;
    city: string | null;
    region: string | null;
    postalCode: string | null;
    country: string | null;
  } | null;
  currency: string | null;
}

export interface FieldProblem {
  /** The field's path inside the customer, e.g. ['billAddr', 'city']. */
  path: string[];
  message: string;
}

/**
 * QuickBooks' own lengths for the customer fields the wizard sends, in UTF-16 units as QuickBooks
 * counts them (Intuit's Customer reference; the emulator enforces the same from the XSD).
 */
export const newCustomerLimits = {
  displayName: 500,
  companyName: 100,
  givenName: 100,
  familyName: 100,
  email: 100,
  line1: 500,
  city: 255,
  region: 255,
  postalCode: 30,
  country: 255,
} as const;

/** QuickBooks joins a sub-customer to its parent with a colon, so a name cannot hold one. */
export const displayNameColonMessage =
  'must not contain a colon (:), which QuickBooks keeps for sub-customers';

// The same pattern zod's `z.email()` applies, so the form and the server agree on every address.
const emailPattern =
  /^(?!\.)(?!.*\.\.)([A-Za-z0-9_'+\-.]*)[A-Za-z0-9_+-]@([A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;
const currencyPattern = /^[A-Z]{3}$/;

export function isEmailAddress(value: string): boolean {
  return emailPattern.test(value);
}

/** Every rule the customer breaks, in the order of the form's fields; empty when it can be sent. */
export function newCustomerProblems(customer: NewCustomerFields): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const tooLong = (path: string[], value: string | null, limit: number) => {
    if (value !== null && value.length > limit) {
      problems.push({ path, message: `must be at most ${limit} characters` });
    }
  };
  if (customer.displayName.trim() === '') {
    problems.push({ path: ['displayName'], message: 'is required' });
  }
  if (customer.displayName.includes(':')) {
    problems.push({ path: ['displayName'], message: displayNameColonMessage });
  }
  tooLong(['displayName'], customer.displayName.trim(), newCustomerLimits.displayName);
  tooLong(['companyName'], customer.companyName, newCustomerLimits.companyName);
  tooLong(['givenName'], customer.givenName, newCustomerLimits.givenName);
  tooLong(['familyName'], customer.familyName, newCustomerLimits.familyName);
  if (customer.email !== null) {
    if (!isEmailAddress(customer.email)) {
      problems.push({ path: ['email'], message: 'must be an email address' });
    }
    tooLong(['email'], customer.email, newCustomerLimits.email);
  }
  const address = customer.billAddr;
  if (address) {
    for (const key of ['line1', 'city', 'region', 'postalCode', 'country'] as const) {
      tooLong(['billAddr', key], address[key], newCustomerLimits[key]);
    }
  }
  if (customer.currency !== null && !currencyPattern.test(customer.currency)) {
    problems.push({ path: ['currency'], message: 'must be a three-letter currency code' });
  }
  return problems;
}
