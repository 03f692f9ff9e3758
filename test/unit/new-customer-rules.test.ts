/**
 * One set of rules for a new QuickBooks customer: the form shows them as the rep types (without
 * zod), and the contract's schema refuses the same customer on the server.
 */
import { describe, expect, it } from 'vitest';
import { newCustomerSchema } from '@qbo-invoicing/contract';
import { newCustomerProblems, type NewCustomerFields } from '@qbo-invoicing/contract/catalog';

const valid: NewCustomerFields = {
  displayName: 'Acme Ltd',
  companyName: 'Acme Ltd',
  givenName: 'Amy',
  familyName: 'Lee',
  email: 'amy@acme.example',
  billAddr: {
    line1: '1 Main St',
    city: 'Leeds',
    region: null,
    postalCode: 'LS1 1AA',
    country: 'GB',
  },
  currency: 'GBP',
};

const broken: Array<[string, Partial<NewCustomerFields>, string]> = [
  ['displayName', { displayName: '   ' }, 'is required'],
  ['displayName', { displayName: 'x'.repeat(501) }, 'must be at most 500 characters'],
  [
    'displayName',
    { displayName: 'Acme: West' },
    'must not contain a colon (:), which QuickBooks keeps for sub-customers',
  ],
  ['companyName', { companyName: 'x'.repeat(101) }, 'must be at most 100 characters'],
  ['email', { email: 'amy@' }, 'must be an email address'],
  ['email', { email: `${'a'.repeat(95)}@x.com` }, 'must be at most 100 characters'],
  [
    'billAddr.postalCode',
    { billAddr: { ...valid.billAddr!, postalCode: '9'.repeat(31) } },
    'must be at most 30 characters',
  ],
  ['currency', { currency: 'gbp' }, 'must be a three-letter currency code'],
];

describe('new customer rules', () => {
  it('accept a complete customer on both sides', () => {
    expect(newCustomerProblems(valid)).toEqual([]);
    expect(newCustomerSchema.safeParse(valid).success).toBe(true);
  });

  it.each(broken)('name %s in the form and on the server', (field, change, message) => {
    const customer = { ...valid, ...change };
    const problems = newCustomerProblems(customer);
    expect(problems).toContainEqual({ path: field.split('.'), message });
    const parsed = newCustomerSchema.safeParse(customer);
    expect(parsed.success).toBe(false);
    expect(
      parsed.error?.issues.map((issue) => [issue.path.join('.'), issue.message]),
    ).toContainEqual([field, message]);
  });
});
