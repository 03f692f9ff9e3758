// Display names of customers, vendors and employees share one namespace in QBO (fault 6240).
import { faults } from '../faults.js';
import { str, type Obj } from '../json.js';
import type { EntityName } from '../store.js';
import type { RuleContext } from './context.js';

const NAME_LISTS: EntityName[] = ['Customer', 'Vendor', 'Employee'];
const DELETED_SUFFIX = ' (deleted)';

function composed(body: Obj): string | undefined {
  const parts = ['Title', 'GivenName', 'MiddleName', 'FamilyName', 'Suffix']
    .map((k) => str(body[k])?.trim())
    .filter((p): p is string => !!p);
  if (parts.length > 0) return parts.join(' ');
  return str(body.CompanyName)?.trim() || undefined;
}

/** Fills DisplayName the way QBO does and enforces uniqueness; returns the name. */
export function settleDisplayName(
  ctx: RuleContext,
  entity: EntityName,
  body: Obj,
  selfId?: string,
): string {
  let name = str(body.DisplayName)?.trim() || composed(body);
  if (!name) throw faults.required('DisplayName');
  // QuickBooks "deletes" a name by making it inactive and renaming it "<name> (deleted)", which
  // frees the name for a new customer.
  if (body.Active === false && !name.endsWith(DELETED_SUFFIX)) name = `${name}${DELETED_SUFFIX}`;
  const key = name.toLowerCase();
  for (const list of NAME_LISTS) {
    for (const other of ctx.realm.list(list)) {
      if (list === entity && other.Id === selfId) continue;
      if (str(other.DisplayName)?.trim().toLowerCase() === key)
        throw faults.duplicateName(other.Id);
    }
  }
  body.DisplayName = name;
  body.FullyQualifiedName = name;
  if (!str(body.PrintOnCheckName)) body.PrintOnCheckName = name;
  if (body.Active === undefined) body.Active = true;
  return name;
}
