// Keys QBO's JSON carries that Intuit's XSDs do not declare, per complex type.
// Keep this minimal: every entry needs a reason. Everything else unknown is an error.
//
// Not needed here because the XSDs already declare them as attributes:
// `time`, `requestId`, `status` on IntuitResponse; `domain`, `sparse`, `status` on every
// entity (IntuitEntity; CDC marks deleted objects `status: "Deleted"`); `startPosition`,
// `maxResults`, `totalCount` on QueryResponse; `bId`, `operation` on batch items;
// `code`, `element` on Error; `type` on Fault; `name`, `type` on references.
const JSON_ONLY: Readonly<Record<string, readonly string[]>> = {};

const EMPTY: ReadonlySet<string> = new Set();
const byType = new Map(Object.entries(JSON_ONLY).map(([t, keys]) => [t, new Set(keys)]));

export function jsonOnlyKeys(typeName: string): ReadonlySet<string> {
  return byType.get(typeName) ?? EMPTY;
}
