import type { Crm, CrmRecord } from '../hubspot/crm';

/** Values per IN filter, and records per search page (HubSpot's search allows at most 200). */
const SEARCH_IN_LIMIT = 100;
const SEARCH_PAGE = 200;

/**
 * Every record whose property is one of `values`, 100 values to a search, across pages. IN on a
 * string property matches lower-cased values only (HubSpot's CRM search guide,
 * https://developers.hubspot.com/docs/api-reference/2026-03/crm/search-the-crm), so the values
 * are sent lower-cased and callers compare what comes back themselves.
 */
export async function searchIn(
  crm: Crm,
  type: string,
  propertyName: string,
  values: string[],
  properties: string[],
): Promise<CrmRecord[]> {
  const found: CrmRecord[] = [];
  const unique = [...new Set(values.map((value) => value.toLowerCase()))];
  for (let i = 0; i < unique.length; i += SEARCH_IN_LIMIT) {
    const filter = { propertyName, operator: 'IN', values: unique.slice(i, i + SEARCH_IN_LIMIT) };
    let after: string | undefined;
    do {
      const page = await crm.search(type, {
        filterGroups: [{ filters: [filter] }],
        properties,
        limit: SEARCH_PAGE,
        ...(after ? { after } : {}),
      });
      found.push(...page.results);
      after = page.paging?.next?.after;
    } while (after);
  }
  return found;
}
