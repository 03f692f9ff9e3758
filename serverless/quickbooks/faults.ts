import {
  QboAuthenticationError,
  QboServerError,
  QboThrottledError,
  QboValidationError,
  type QboError,
  type QboFaultItem,
} from './errors';
import { parseRetryAfter } from './retry';

/**
 * Turns a QuickBooks error response into a typed error. QuickBooks answers 400 with
 * `{"Fault":{"Error":[...],"type"}}`, but 401 with a lowercase `{"fault":{"error":[...]}}` or
 * even XML whatever we asked for, so this branches on the status first and reads any body shape.
 */
export interface ErrorResponse {
  status: number;
  headers: Record<string, unknown>;
  body: unknown;
}

export interface ParsedFault {
  type: string | undefined;
  errors: QboFaultItem[];
}

const maxMessageLength = 500;

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

function field(record: Record<string, unknown>, name: string): unknown {
  // QuickBooks capitalises these keys in some bodies and not in others.
  return record[name] ?? record[name.charAt(0).toUpperCase() + name.slice(1)];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !Buffer.isBuffer(value) &&
    !(value instanceof ArrayBuffer)
  );
}

function bodyText(body: unknown): string | undefined {
  if (typeof body === 'string') return body;
  if (Buffer.isBuffer(body)) return body.toString('utf8');
  if (body instanceof ArrayBuffer) return Buffer.from(body).toString('utf8');
  return undefined;
}

function faultFromJson(json: unknown): ParsedFault | undefined {
  if (!isRecord(json)) return undefined;
  const fault = field(json, 'fault');
  if (!isRecord(fault)) return undefined;
  const list = field(fault, 'error');
  const errors = (Array.isArray(list) ? list : [list])
    .filter(isRecord)
    .map((item): QboFaultItem => ({
      code: text(field(item, 'code')),
      message: text(field(item, 'message')) ?? '',
      detail: text(field(item, 'detail')),
      element: text(field(item, 'element')),
    }));
  return { type: text(field(fault, 'type')), errors };
}

function decodeXml(value: string): string {
  return value
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
}

function xmlAttribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`).exec(tag);
  return match?.[1] === undefined ? undefined : decodeXml(match[1]);
}

function xmlChild(inner: string, name: string): string | undefined {
  const match = new RegExp(`<(?:\\w+:)?${name}\\b[^>]*>([\\s\\S]*?)</(?:\\w+:)?${name}>`).exec(
    inner,
  );
  return match?.[1] === undefined ? undefined : text(decodeXml(match[1]));
}

/** Reads `<Fault type="..."><Error code="..." element="..."><Message/><Detail/></Error></Fault>`. */
function faultFromXml(xml: string): ParsedFault | undefined {
  const faultTag = /<(?:\w+:)?Fault\b[^>]*>/.exec(xml);
  if (!faultTag) return undefined;
  const errors: QboFaultItem[] = [];
  const errorPattern = /<((?:\w+:)?Error)\b([^>]*)>([\s\S]*?)<\/\1>/g;
  for (let match = errorPattern.exec(xml); match; match = errorPattern.exec(xml)) {
    const attributes = match[2] ?? '';
    const inner = match[3] ?? '';
    errors.push({
      code: xmlAttribute(attributes, 'code'),
      message: xmlChild(inner, 'Message') ?? '',
      detail: xmlChild(inner, 'Detail'),
      element: xmlAttribute(attributes, 'element'),
    });
  }
  return { type: xmlAttribute(faultTag[0], 'type'), errors };
}

/** Finds a QuickBooks fault in any body shape; undefined when there is none. */
export function parseFault(body: unknown): ParsedFault | undefined {
  if (isRecord(body)) return faultFromJson(body);
  const raw = bodyText(body);
  if (raw === undefined) return undefined;
  const trimmed = raw.trim();
  if (trimmed.startsWith('{')) {
    try {
      return faultFromJson(JSON.parse(trimmed));
    } catch {
      return undefined;
    }
  }
  if (trimmed.startsWith('<')) return faultFromXml(trimmed);
  return undefined;
}

export function headerValue(headers: Record<string, unknown>, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== wanted) continue;
    if (Array.isArray(value)) return text(value[0]);
    return text(value);
  }
  return undefined;
}

/** Masks anything shaped like a token that an auth fault echoes back, before it can be logged. */
export function maskTokens(value: string): string {
  return value.replace(/eyJ[\w-]*\.[\w.-]*|[A-Za-z0-9_\-+/=.]{32,}/g, '[redacted]');
}

function clip(value: string): string {
  return value.length > maxMessageLength ? `${value.slice(0, maxMessageLength)}…` : value;
}

/** QuickBooks' own explanation of its first fault (message and detail), or '' when it gave none. */
export function describeFault(fault: ParsedFault | undefined): string {
  const first = fault?.errors[0];
  if (!first) return '';
  const parts = [first.message];
  if (first.detail && first.detail !== first.message) parts.push(first.detail);
  return clip(parts.filter(Boolean).join(': '));
}

/** Maps a non-2xx QuickBooks response to the matching typed error. */
export function errorFromResponse(response: ErrorResponse, now: number = Date.now()): QboError {
  const { status, headers } = response;
  const intuitTid = headerValue(headers, 'intuit_tid');
  const fault = parseFault(response.body);
  const common = { status, ...(intuitTid ? { intuitTid } : {}) };
  const retryAfterMs = parseRetryAfter(headerValue(headers, 'retry-after'), now);
  const wait = retryAfterMs === undefined ? {} : { retryAfterMs };

  if (status === 401 || status === 403) {
    const first = fault?.errors[0];
    // QuickBooks' own words are a value inside our sentence: they stay as Intuit wrote them.
    const reason = maskTokens(describeFault(fault));
    const refused =
      status === 401
        ? reason
          ? 'QuickBooks refused the access token. {reason}'
          : 'QuickBooks refused the access token.'
        : reason
          ? 'QuickBooks refused access to this company. {reason}'
          : 'QuickBooks refused access to this company.';
    return new QboAuthenticationError(refused, {
      ...common,
      values: { reason },
      ...(first?.detail ? { detail: maskTokens(first.detail) } : {}),
    });
  }
  if (status === 429) {
    return new QboThrottledError(
      'QuickBooks is limiting requests for this company; try again in a minute.',
      { ...common, ...wait, ...(fault ? { detail: describeFault(fault) } : {}) },
    );
  }
  if (status >= 500) {
    return new QboServerError('QuickBooks is unavailable (HTTP {status}); try again shortly.', {
      ...common,
      ...wait,
      values: { status: String(status) },
      ...(fault ? { detail: describeFault(fault) } : {}),
    });
  }
  const reason = describeFault(fault);
  return new QboValidationError(
    reason
      ? 'QuickBooks rejected the request: {reason}'
      : 'QuickBooks rejected the request (HTTP {status}).',
    fault?.errors ?? [],
    {
      ...common,
      values: { reason, status: String(status) },
      ...(fault?.type ? { faultType: fault.type } : {}),
    },
  );
}
