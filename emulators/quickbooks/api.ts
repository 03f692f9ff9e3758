// The Accounting API under /v3/company/{realmId}/: authentication, throttling, requestid replay,
// routes, QBO's fault envelope, and the XSD check of every JSON body in and out.
import { createHash } from 'node:crypto';
import { checkBatchRequest, checkEntity, checkResponse } from './conformance.js';
import { runBatch } from './batch.js';
import { runCdc } from './cdc.js';
import { jsonAnswer, type Answer, type Core } from './core.js';
import { faults, QboFault, unauthorizedBody } from './faults.js';
import { isObj, str, type Obj } from './json.js';
import {
  createEntity,
  deleteEntity,
  readEntity,
  sendInvoice,
  updateEntity,
  voidEntity,
} from './operations.js';
import { invoicePdf } from './pdf.js';
import { runQuery } from './query/evaluate.js';
import type { RuleContext } from './rules/context.js';
import { entityName, type EntityName, type RealmStore } from './store.js';
import { qboDate, qboTime } from './time.js';

export interface ApiRequest {
  method: string;
  url: URL;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function header(req: ApiRequest, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

export async function handleApi(core: Core, req: ApiRequest): Promise<Answer> {
  const parts = req.url.pathname.split('/').filter(Boolean); // v3 company {realm} ...rest
  const realmId = parts[2] ?? '';
  const rest = parts.slice(3);
  const now = core.clock.now();

  if (core.faults.unauthorizedCount > 0) {
    core.faults.unauthorizedCount--;
    return unauthorized(
      core.faults.unauthorizedForm,
      'Token expired: injected by the emulator',
      now,
    );
  }
  const auth = core.oauth.authenticate(header(req, 'authorization'), realmId);
  if (!auth.ok) {
    if (auth.status === 403) return fault(core, 'auth', faults.wrongRealm(), now);
    return unauthorized(core.faults.defaultUnauthorizedForm, auth.detail, now);
  }
  const realm = core.realms.get(realmId);
  if (!realm) return fault(core, 'auth', faults.wrongRealm(), now);
  const slot = core.limits.admit(realmId, auth.clientId, rest[0]?.toLowerCase() === 'batch');
  if (!slot.admitted) return fault(core, 'throttle', faults.throttled(), now);
  // The slot is held until the server has sent the answer (after any injected latency).
  try {
    return { ...(await admitted(core, realm, req, rest, now)), release: slot.release };
  } catch (e) {
    slot.release();
    throw e;
  }
}

async function admitted(
  core: Core,
  realm: RealmStore,
  req: ApiRequest,
  rest: string[],
  now: Date,
): Promise<Answer> {
  const requestId = req.method === 'POST' ? req.url.searchParams.get('requestid') : null;
  if (requestId) {
    const cached = realm.replay.get(requestId);
    if (cached)
      return { status: cached.status, contentType: cached.contentType, body: cached.body };
  }
  const include = new Set(
    (req.url.searchParams.get('include') ?? '').toLowerCase().split(',').filter(Boolean),
  );
  const ctx: RuleContext = { realm, now, include };
  let answer: Answer;
  try {
    answer = await route(core, ctx, req, rest);
  } catch (e) {
    if (!(e instanceof QboFault)) throw e;
    answer = fault(core, `${req.method} ${req.url.pathname}`, e, now);
  }
  if (
    requestId &&
    (answer.status === 200 || answer.status === 400) &&
    typeof answer.body === 'string'
  )
    realm.replay.set(requestId, {
      status: answer.status,
      contentType: answer.contentType ?? 'application/json',
      body: answer.body,
    });
  return answer;
}

function unauthorized(form: 'json' | 'xml', detail: string, now: Date): Answer {
  const { contentType, body } = unauthorizedBody(form, detail, now);
  return {
    status: 401,
    contentType,
    body,
    headers: { 'www-authenticate': 'Bearer realm="Intuit", error="invalid_token"' },
  };
}

function fault(core: Core, where: string, f: QboFault, now: Date): Answer {
  return respond(core, where, f.status, f.body(now));
}

/** Every JSON answer passes the XSD check; a violation is the emulator's bug, so it is loud. */
function respond(core: Core, where: string, status: number, envelope: Obj): Answer {
  const json = JSON.parse(JSON.stringify(envelope)) as unknown;
  const issues = checkResponse(json);
  if (issues.length > 0) {
    core.violations.push({ where, issues });
    if (core.strictConformance)
      return jsonAnswer(500, { error: 'emulator response failed XSD conformance', where, issues });
  }
  return jsonAnswer(status, json);
}

function ok(core: Core, ctx: RuleContext, where: string, payload: Obj): Answer {
  return respond(core, where, 200, { ...payload, time: qboTime(ctx.now) });
}

function parseJsonBody(req: ApiRequest): Obj {
  const type = header(req, 'content-type') ?? '';
  if (!type.includes('json'))
    throw faults.unsupportedProperty(
      `Content-Type ${type || '(none)'} is not supported; send application/json`,
    );
  let body: unknown;
  try {
    body = JSON.parse(req.body.toString('utf8'));
  } catch {
    throw faults.unsupportedProperty('the request body is not valid JSON');
  }
  if (!isObj(body)) throw faults.unsupportedProperty('the request body must be a JSON object');
  return body;
}

/**
 * The first thing QBO would refuse in a create/update body: a field rule (length, characters,
 * required, enumeration) answers QBO's own code for it, any other mismatch 2010.
 */
function conformingBody(entity: EntityName, body: Obj): QboFault | undefined {
  const issues = checkEntity(entity, body, body.Id === undefined ? 'create' : 'update');
  const first = issues.find((i) => i.rule) ?? issues[0];
  if (!first) return undefined;
  // QBO names the element inside the entity: "PrimaryPhone.FreeFormNumber", not "Customer.…".
  const element = first.path.startsWith(`${entity}.`)
    ? first.path.slice(entity.length + 1)
    : first.path;
  const value = valueAt(body, element);
  switch (first.rule?.kind) {
    case 'maxLength':
      return faults.stringLength(element, first.rule.max, first.rule.length);
    case 'forbidden':
      return faults.invalidString(element, String(value));
    case 'required':
      return faults.required(element);
    case 'enumeration':
      return faults.invalidEnumeration(element, String(value));
    default:
      return faults.unsupportedProperty(`${first.path}: ${first.message}`, first.path);
  }
}

/** The value at a checker path such as `Line[0].Description`. */
function valueAt(body: Obj, path: string): unknown {
  let at: unknown = body;
  for (const step of path.split(/\.|\[(\d+)\]/).filter((s) => s !== undefined && s !== '')) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<string, unknown>)[step];
  }
  return at;
}

async function route(
  core: Core,
  ctx: RuleContext,
  req: ApiRequest,
  rest: string[],
): Promise<Answer> {
  const where = `${req.method} ${req.url.pathname}`;
  const [first = '', second, third] = rest;
  const resource = first.toLowerCase();
  const params = req.url.searchParams;

  if (resource === 'query') {
    let text = params.get('query');
    if (req.method === 'POST') text = req.body.toString('utf8');
    if (!text)
      throw faults.queryParser('Encountered "<EOF>" at line 1, column 1. Was expecting: "SELECT"');
    return ok(core, ctx, where, { QueryResponse: runQuery(ctx.realm, text).body });
  }
  if (resource === 'cdc' && req.method === 'GET')
    return ok(core, ctx, where, {
      CDCResponse: runCdc(ctx, params.get('entities'), params.get('changedSince')),
    });
  if (resource === 'batch' && req.method === 'POST') {
    const body = parseJsonBody(req);
    const issues = checkBatchRequest(body);
    const firstIssue = issues[0];
    if (firstIssue)
      throw faults.unsupportedProperty(
        `${firstIssue.path}: ${firstIssue.message}`,
        firstIssue.path,
      );
    return ok(core, ctx, where, {
      BatchItemResponse: runBatch(ctx, body, { checkBody: conformingBody }),
    });
  }
  if (resource === 'exchangerate' && req.method === 'GET')
    return ok(core, ctx, where, { ExchangeRate: exchangeRate(ctx, params) });
  if (resource === 'preferences' && req.method === 'GET')
    return ok(core, ctx, where, {
      Preferences: readEntity(ctx, 'Preferences', ctx.realm.preferences().Id),
    });

  const entity = entityName(resource);
  if (!entity)
    throw faults.unsupportedOperation(
      `Operation ${req.method} /${rest.join('/')} is not supported.`,
    );

  if (req.method === 'GET' && entity === 'Invoice' && third === 'pdf' && second) {
    const inv = readEntity(ctx, 'Invoice', second);
    const company = ctx.realm.list('CompanyInfo')[0];
    const pdf = await invoicePdf(inv, str(company?.CompanyName) ?? 'QuickBooks company');
    return { status: 200, contentType: 'application/pdf', body: pdf };
  }
  if (req.method === 'GET' && second && !third) {
    const found = readEntity(ctx, entity, second);
    const withLink =
      entity === 'Invoice' &&
      params.get('include') === 'invoiceLink' &&
      Number(params.get('minorversion') ?? '0') >= 36
        ? invoiceLinkOf(ctx, found)
        : found;
    return ok(core, ctx, where, { [entity]: withLink });
  }
  if (req.method === 'POST' && entity === 'Invoice' && third === 'send' && second)
    return ok(core, ctx, where, {
      Invoice: sendInvoice(ctx, second, params.get('sendTo') ?? undefined),
    });
  if (req.method === 'POST' && !second) {
    const body = parseJsonBody(req);
    const bad = conformingBody(entity, body);
    if (bad) throw bad;
    const operation = (params.get('operation') ?? '').toLowerCase();
    if (operation === 'delete')
      return ok(core, ctx, where, { [entity]: deleteEntity(ctx, entity, body) });
    if (operation === 'void')
      return ok(core, ctx, where, { [entity]: voidEntity(ctx, entity, body) });
    if (operation !== '' && operation !== 'update' && operation !== 'create')
      throw faults.unsupportedOperation(`Operation ${operation} is not supported.`);
    const saved =
      body.Id !== undefined ? updateEntity(ctx, entity, body) : createEntity(ctx, entity, body);
    return ok(core, ctx, where, { [entity]: saved });
  }
  throw faults.unsupportedOperation(`Operation ${req.method} /${rest.join('/')} is not supported.`);
}

/**
 * `include=invoiceLink` (minor version 36 and later): the customer-facing link to view and pay,
 * which QuickBooks gives only for an invoice with a billing email (online payments are on in the
 * demo companies). Stable per invoice, like Intuit's.
 */
function invoiceLinkOf(ctx: RuleContext, invoice: Obj): Obj {
  const email = isObj(invoice.BillEmail) ? str(invoice.BillEmail.Address) : undefined;
  if (!email) return invoice;
  const token = createHash('sha256')
    .update(`${ctx.realm.id}:${String(invoice.Id)}`)
    .digest('hex')
    .slice(0, 32);
  return {
    ...invoice,
    InvoiceLink: `https://connect.intuit.com/portal/app/CommerceNetwork/view/scs-v1-${token}`,
  };
}

/** GET /exchangerate: the rate on or before the date (QBO keeps one per currency per day). */
function exchangeRate(ctx: RuleContext, params: URLSearchParams): Obj {
  const source = (params.get('sourcecurrencycode') ?? '').toUpperCase();
  if (!source) throw faults.required('sourcecurrencycode');
  const asOf = params.get('asofdate') ?? qboDate(ctx.now);
  const realm: RealmStore = ctx.realm;
  const candidates = realm
    .list('ExchangeRate')
    .filter((r) => r.SourceCurrencyCode === source && String(r.AsOfDate) <= asOf)
    .sort((a, b) => String(b.AsOfDate).localeCompare(String(a.AsOfDate)));
  const best = candidates[0];
  if (!best) throw faults.notFound('ExchangeRate', source);
  return { ...best };
}
