// Keys QBO's JSON carries that Intuit's XSDs do not declare, per complex type.
// Every entry needs a reason; any other undeclared key is an error.
//
// The list is empty on purpose: every JSON-only-looking key QBO sends turned out to be an
// XML attribute the XSDs declare, which QBO's JSON renders as a plain key:
// - `time` (dateTime), `requestId`, `status`: IntuitResponse attributes (the envelope).
// - `domain`, `sparse` (boolean), `status` (EntityStatusEnum, e.g. "Deleted" on CDC and
//   batch-delete results): IntuitEntity attributes, so every entity has them.
// - `startPosition`, `maxResults`, `totalCount`: QueryResponse attributes (xs:int).
// - `bId`, `operation`, `optionsData`: BatchItemRequest / BatchItemResponse attributes.
// - `code`, `element`: Error attributes; `type`: Fault attribute.
// - `name`, `type`: ReferenceType attributes; `value` is its text (simpleContent).
// - Payment `LineEx: {"any": [...]}` and other *Ex keys: typed IntuitAnyType (xs:any), open.
// Not accepted: the 401 body `{"fault": {"error": [...]}}` (lowercase) is not an
// IntuitResponse; callers branch on the HTTP status before checking a body.
const JSON_ONLY: Readonly<Record<string, readonly string[]>> = {};

const EMPTY: ReadonlySet<string> = new Set();
const byType = new Map(Object.entries(JSON_ONLY).map(([t, keys]) => [t, new Set(keys)]));

export function jsonOnlyKeys(typeName: string): ReadonlySet<string> {
  return byType.get(typeName) ?? EMPTY;
}
