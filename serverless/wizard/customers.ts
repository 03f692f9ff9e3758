import * as z from 'zod';
import type { NewCustomer, customerCreateOutput } from '@qbo-invoicing/contract';
import { candidateNames, firstFreeName, sameDisplayName } from '../invoicing/display-name';
import { customerSummary } from './summaries';
import { isQboFault, QboFaultCode, question, select, type CustomerCreate } from '../quickbooks';
import type { Translator } from '../lib/text';
import type { OperationContext } from '../runtime/dispatch';
import { companyOf, invalid } from './context';
import { linkContactToCustomer } from './link-contact';

type Output = z.infer<typeof customerCreateOutput>;
type Owner = 'customer' | 'vendor' | 'employee';

const named = z.looseObject({ Id: z.string(), DisplayName: z.string().optional() });
const OWNERS: Array<[Owner, 'Customer' | 'Vendor' | 'Employee']> = [
  ['customer', 'Customer'],
  ['vendor', 'Vendor'],
  ['employee', 'Employee'],
];
function nameTaken(name: string, takenBy: Owner, suggestedName: string, words: Translator): Output {
  return {
    outcome: 'nameTaken',
    takenBy,
    suggestedName,
    message: words.t(
      '“{name}” is already the name of {owner, select, customer {a customer} vendor {a supplier (vendor)} other {an employee}} in QuickBooks, and QuickBooks names must be unique. “{suggestion}” is free.',
      { name, owner: takenBy, suggestion: suggestedName },
    ),
  };
}

/**
 * Who uses each name (customers active or not, vendors, employees): one batch of
 * `DisplayName = '…'` queries for the wanted name and the candidates that could replace it.
 */
async function owners(
  context: OperationContext,
  qbo: Awaited<ReturnType<typeof companyOf>>['qbo'],
  names: string[],
): Promise<Map<string, Owner>> {
  const key = (owner: Owner, index: number) => `${owner}${index}`;
  const questions = Object.fromEntries(
    names.flatMap((name, index) =>
      OWNERS.map(([owner, entity]) => [
        key(owner, index),
        question(select(entity).where('DisplayName', '=', name).in('Active', [true, false]), named),
      ]),
    ),
  );
  const answers = await qbo.batch.answer(questions, { deadline: context.deadline });
  const taken = new Map<string, Owner>();
  names.forEach((name, index) => {
    for (const [owner] of OWNERS) {
      const hit = (answers[key(owner, index)] ?? []).some(
        (row) => row.DisplayName === undefined || sameDisplayName(row.DisplayName, name),
      );
      if (hit && !taken.has(name)) taken.set(name, owner);
    }
  });
  return taken;
}

/** The QuickBooks customer for a new customer the contract accepted. */
export function toCreate(customer: NewCustomer, multiCurrency: boolean): CustomerCreate {
  const address = customer.billAddr;
  const billAddr = address
    ? Object.fromEntries(
        Object.entries({
          Line1: address.line1,
          City: address.city,
          CountrySubDivisionCode: address.region,
          PostalCode: address.postalCode,
          Country: address.country,
        }).filter(([, value]) => value !== null && value !== ''),
      )
    : {};
  return {
    DisplayName: customer.displayName,
    ...(customer.companyName ? { CompanyName: customer.companyName } : {}),
    ...(customer.givenName ? { GivenName: customer.givenName } : {}),
    ...(customer.familyName ? { FamilyName: customer.familyName } : {}),
    ...(customer.email ? { PrimaryEmailAddr: { Address: customer.email } } : {}),
    ...(Object.keys(billAddr).length > 0 ? { BillAddr: billAddr } : {}),
    ...(multiCurrency && customer.currency ? { CurrencyRef: { value: customer.currency } } : {}),
  };
}

/**
 * customers.create: checks the display name against customers, vendors and employees first (one
 * batch, which also finds a free alternative), then creates the customer with a request id from
 * the submission id and the name, so a retry creates one customer. A name taken in between
 * (fault 6240) is answered the same way as one taken before.
 */
export async function createCustomer(
  input: { realmId: string; submissionId: string; customer: NewCustomer },
  context: OperationContext,
): Promise<Output> {
  const { profile, qbo, homeCurrency } = await companyOf(context, input.realmId);
  const customer = input.customer;
  if (customer.currency && !profile.multiCurrency && customer.currency !== homeCurrency) {
    throw invalid(
      'input.customer.currency',
      '{company} bills only in {currency}: multi-currency is off in QuickBooks.',
      'Leave the currency empty or choose {currency}.',
      { company: profile.companyName, currency: homeCurrency },
    );
  }
  const candidates = candidateNames(customer.displayName, 5);
  const taken = await owners(context, qbo, [customer.displayName, ...candidates]);
  const suggestion = () =>
    firstFreeName(candidates, [...taken.keys()]) ??
    `${customer.displayName} (${Date.now() % 10_000})`;
  const takenBy = taken.get(customer.displayName);
  // A customer holding the name may be the one this very submission created (a retry): the
  // create below then replays QuickBooks' first answer; anyone else's customer fails with 6240.
  if (takenBy && takenBy !== 'customer')
    return nameTaken(customer.displayName, takenBy, suggestion(), context.words);
  try {
    const created = await qbo.customers.create(toCreate(customer, profile.multiCurrency), {
      idempotencyKey: `${input.submissionId}:customer:${customer.displayName.toLocaleLowerCase('en-US')}`,
      deadline: context.deadline,
    });
    await linkContactToCustomer(context, input.realmId, created.Id, customer.email);
    return { outcome: 'created', customer: customerSummary(created, homeCurrency) };
  } catch (error) {
    if (isQboFault(error, QboFaultCode.DuplicateName))
      return nameTaken(customer.displayName, 'customer', suggestion(), context.words);
    throw error;
  }
}
