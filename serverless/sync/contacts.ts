import type { CrmRecord } from '../hubspot/crm';
import { CUSTOMER_KEY, INACTIVE_IN_QUICKBOOKS } from '../hubspot/definitions';
import { log } from '../lib/log';
import { select, type Customer } from '../quickbooks';
import { contactFromCustomer, isSubCustomer, type ContactMapping } from './customer-mapping';
import { decide, type Presence } from './rules';
import { directLookup } from './lookup';
import type { SyncContext } from './context';
import { because } from './reasons';
import { Tally, type Subject } from './tally';
import { archiveAll, updateAll, upsertAll, type PlannedWrite } from './writes';

export const customerKey = (realmId: string, customerId: string) => `${realmId}:${customerId}`;

/** A customer as the sync log names it. */
export const customerSubject = (customer: Customer): Subject => ({
  object: 'contacts',
  qboId: customer.Id,
  name:
    customer.DisplayName?.trim() ||
    [customer.GivenName, customer.FamilyName].filter(Boolean).join(' ') ||
    customer.PrimaryEmailAddr?.Address ||
    '',
});

/** Sub-customers nest at most five levels deep in QuickBooks. */
const MAX_PARENT_DEPTH = 5;

/**
 * The top-level customers these records map to: a sub-customer or job maps to its parent's
 * contact and company, so its top-level parent is synced in its place (read from QuickBooks when
 * the change did not carry it).
 */
async function topLevel(customers: Customer[], context: SyncContext) {
  const known = new Map(customers.map((c) => [c.Id, c]));
  const parentOf = (c: Customer) => c.ParentRef?.value;
  for (let depth = 0; depth < MAX_PARENT_DEPTH; depth++) {
    const missing = [...known.values()]
      .filter(isSubCustomer)
      .map(parentOf)
      .filter((id): id is string => !!id && !known.has(id));
    if (missing.length === 0) break;
    const page = await context.qbo.customers.page(
      select('Customer')
        .in('Id', [...new Set(missing)])
        .in('Active', [true, false]),
      { deadline: context.deadline },
    );
    for (const parent of page.rows) known.set(parent.Id, parent);
    if (page.rows.length === 0) break;
  }
  const root = (c: Customer): Customer => {
    let current = c;
    for (let depth = 0; depth < MAX_PARENT_DEPTH && isSubCustomer(current); depth++) {
      const parent = known.get(parentOf(current) ?? '');
      if (!parent) break;
      current = parent;
    }
    return current;
  };
  const roots = new Map<string, Customer>();
  const subCustomers: Customer[] = [];
  for (const customer of customers) {
    const top = root(customer);
    if (top.Id !== customer.Id) subCustomers.push(customer);
    roots.set(top.Id, top);
  }
  return { roots: [...roots.values()], subCustomers };
}

type Mapped = {
  customer: Customer;
  key: string;
  /** Null for an inactive customer (only the deleting rule applies). */
  mapping: Extract<ContactMapping, { kind: 'contact' }> | null;
};

/**
 * Brings QuickBooks customers into HubSpot contacts by the company's rules: linked contacts (by
 * the unique "realm:customerId" key) are updated, unlinked ones matched by email are linked, new
 * ones created; inactive customers go through the deleting rule. Each contact is associated with
 * the HubSpot company matched by name or email domain (created by the create rule). A dry run
 * reads the same and writes nothing.
 */
export async function syncCustomers(customers: Customer[], context: SyncContext): Promise<Tally> {
  const tally = new Tally();
  const { crm, realmId, rules } = context;
  const { roots, subCustomers } = await topLevel(customers, context);
  for (const sub of subCustomers)
    tally.skip(
      because("sub-customer or job: synced as its parent's contact"),
      customerSubject(sub),
    );

  const mapped: Mapped[] = [];
  for (const customer of roots) {
    const key = customerKey(realmId, customer.Id);
    // An inactive customer only goes through the deleting rule: it needs no name to be found.
    if (customer.Active === false) {
      mapped.push({ customer, key, mapping: null });
      continue;
    }
    const mapping = contactFromCustomer(customer, context.mappings);
    if (mapping.kind === 'skip') tally.skip(mapping.reason, customerSubject(customer));
    else mapped.push({ customer, key, mapping });
  }
  if (mapped.length === 0) return tally;

  const lookup = context.lookup ?? directLookup(crm);
  const linked = new Map(
    (
      await lookup.byKey(
        'contacts',
        CUSTOMER_KEY,
        mapped.map((m) => m.key),
        [CUSTOMER_KEY, 'email'],
      )
    ).map((record) => [record.properties[CUSTOMER_KEY] ?? '', record]),
  );
  const emails = mapped.flatMap((m) =>
    !linked.has(m.key) && m.mapping?.email ? [m.mapping.email] : [],
  );
  const byEmail = new Map<string, CrmRecord[]>();
  if (emails.length > 0 && rules.createAndUpdate !== 'nothing') {
    for (const record of await lookup.search('contacts', 'email', emails, [
      CUSTOMER_KEY,
      'email',
    ])) {
      const email = record.properties.email?.toLowerCase() ?? '';
      byEmail.set(email, [...(byEmail.get(email) ?? []), record]);
    }
  }

  const upserts: PlannedWrite[] = [];
  const links: PlannedWrite[] = [];
  const inactive: PlannedWrite[] = [];
  const archive: PlannedWrite[] = [];
  const written: Mapped[] = [];
  // HubSpot keeps one contact per email: of customers sharing one, the first one read gets it.
  const emailsTaken = new Set<string>();
  for (const entry of mapped) {
    const own = linked.get(entry.key);
    // A customer QuickBooks deleted (merged) comes with its id only: name it by its contact.
    const subject = { ...customerSubject(entry.customer) };
    if (!subject.name && own?.properties.email) subject.name = own.properties.email;
    const email = entry.mapping?.email ?? null;
    if (email && emailsTaken.has(email)) {
      tally.skip(
        because('another QuickBooks customer with the same email is synced to that contact'),
        subject,
      );
      continue;
    }
    if (email) emailsTaken.add(email);
    const matches = email ? (byEmail.get(email) ?? []) : [];
    // A contact with this email linked to another customer: HubSpot keeps one contact per email.
    if (!own && matches.some((m) => m.properties[CUSTOMER_KEY])) {
      tally.skip(
        because('the contact with this email is linked to another QuickBooks customer'),
        subject,
      );
      continue;
    }
    const presence: Presence = own
      ? 'linked'
      : matches.length === 1
        ? 'matched'
        : matches.length > 1
          ? 'ambiguous'
          : 'none';
    const action = decide(rules, { active: entry.mapping !== null, presence, object: 'contacts' });
    const properties = { ...entry.mapping?.properties, [INACTIVE_IN_QUICKBOOKS]: '' };
    switch (action.kind) {
      case 'skip':
        tally.skip(action.reason, subject);
        break;
      case 'create':
      case 'update':
        upserts.push({
          id: entry.key,
          properties,
          outcome: action.kind === 'create' ? 'created' : 'updated',
          subject,
        });
        written.push(entry);
        break;
      case 'link':
        links.push({
          id: email as string,
          properties: { ...properties, [CUSTOMER_KEY]: entry.key },
          outcome: 'matched',
          subject,
        });
        written.push(entry);
        break;
      case 'mark_inactive':
        inactive.push({
          id: (own as CrmRecord).id,
          properties: { [INACTIVE_IN_QUICKBOOKS]: 'true' },
          outcome: 'inactive',
          subject,
        });
        break;
      case 'archive':
        archive.push({ id: (own as CrmRecord).id, properties: {}, outcome: 'archived', subject });
        break;
    }
  }
  if (context.dryRun) {
    for (const write of [...upserts, ...links, ...inactive, ...archive])
      tally.add(write.outcome, write.subject);
    return tally;
  }
  const saved = [
    ...(await upsertAll(crm, 'contacts', CUSTOMER_KEY, upserts, tally)),
    // Linking a matched contact: upsert by its email (HubSpot's documented contact key).
    ...(await upsertAll(crm, 'contacts', 'email', links, tally)),
  ];
  await updateAll(crm, 'contacts', inactive, tally);
  await archiveAll(crm, 'contacts', archive, tally);
  lookup.remember(
    'contacts',
    saved.map(({ write, recordId }) => ({
      id: recordId,
      properties: {
        ...write.properties,
        [CUSTOMER_KEY]: write.properties[CUSTOMER_KEY] ?? write.id,
      },
    })),
  );

  const contactIdByKey = new Map(
    saved.map(({ write, recordId }) => [write.properties[CUSTOMER_KEY] ?? write.id, recordId]),
  );
  await associateCompanies(
    written.flatMap((entry) => {
      const contactId = contactIdByKey.get(entry.key);
      return contactId ? [{ entry, contactId }] : [];
    }),
    context,
  );
  return tally;
}

/**
 * Associates each written contact with the HubSpot company of the same name, else of its email's
 * domain; with the create rule, a company is created for a customer with a company name (upserted
 * by the customer's key, so a retry never makes a second one).
 */
async function associateCompanies(
  written: Array<{ entry: Mapped; contactId: string }>,
  context: SyncContext,
): Promise<void> {
  const { crm } = context;
  const lookup = context.lookup ?? directLookup(crm);
  const wanting = written.filter(
    (w) => w.entry.mapping?.companyName || w.entry.mapping?.companyDomain,
  );
  if (wanting.length === 0) return;
  const names = wanting.flatMap((w) => w.entry.mapping?.companyName ?? []);
  const domains = wanting.flatMap((w) => w.entry.mapping?.companyDomain ?? []);
  const byName = new Map<string, string>();
  const byDomain = new Map<string, string>();
  for (const company of names.length
    ? await lookup.search('companies', 'name', names, ['name'])
    : [])
    byName.set(company.properties.name?.toLowerCase() ?? '', company.id);
  for (const company of domains.length
    ? await lookup.search('companies', 'domain', domains, ['domain'])
    : [])
    byDomain.set(company.properties.domain?.toLowerCase() ?? '', company.id);

  const pairs: Array<{ fromId: string; toId: string }> = [];
  const toCreate: Array<{ write: PlannedWrite; contactId: string }> = [];
  for (const { entry, contactId } of wanting) {
    const companyName = entry.mapping?.companyName ?? null;
    const companyDomain = entry.mapping?.companyDomain ?? null;
    const companyId =
      (companyName && byName.get(companyName.toLowerCase())) ||
      (companyDomain && byDomain.get(companyDomain));
    if (companyId) pairs.push({ fromId: contactId, toId: companyId });
    else if (companyName && context.rules.createAndUpdate === 'create_and_update')
      toCreate.push({
        contactId,
        write: {
          id: entry.key,
          properties: { name: companyName, ...(companyDomain ? { domain: companyDomain } : {}) },
          outcome: 'created',
          subject: customerSubject(entry.customer),
        },
      });
  }
  if (toCreate.length > 0) {
    // Companies are counted apart from contacts: a scratch tally keeps the contact counts true.
    const companies = new Tally();
    const created = await upsertAll(
      crm,
      'companies',
      CUSTOMER_KEY,
      toCreate.map((c) => c.write),
      companies,
    );
    lookup.remember(
      'companies',
      created.map(({ write, recordId }) => ({ id: recordId, properties: write.properties })),
    );
    const contactOf = new Map(toCreate.map((c) => [c.write.id, c.contactId]));
    for (const { write, recordId } of created)
      pairs.push({ fromId: contactOf.get(write.id) as string, toId: recordId });
  }
  try {
    await crm.batchAssociateDefault('contacts', 'companies', pairs);
  } catch (error) {
    // The contacts are saved; the next change or run associates them again. Said in the log, so
    // a contact missing its company can be traced.
    log.warn('Contacts saved but not associated with their companies', {
      pairs: pairs.length,
      error: error instanceof Error ? error.name : 'unknown',
    });
  }
}
