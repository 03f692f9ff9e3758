import axios, { type AxiosInstance } from 'axios';
import { QboNetworkError, type QboError } from './errors';
import { errorFromResponse, headerValue } from './faults';

/**
 * One HTTP exchange with the QuickBooks Accounting API: builds the URL (minorversion always,
 * requestid on writes), reads the body whatever its type, and turns failures into typed errors.
 * Retries, tokens and limits are the client's job.
 */
export interface QboHttpRequest {
  method: 'GET' | 'POST';
  /** Below `/v3/company/{realmId}`, e.g. `/customer/58`. */
  path: string;
  params?: Record<string, string | undefined>;
  /** A JSON value, or a string sent as `application/text` (queries). */
  body?: unknown;
  contentType?: 'application/json' | 'application/text' | 'application/octet-stream';
  accept?: 'application/json' | 'application/pdf';
  requestId?: string;
}

export interface QboHttpResponse {
  status: number;
  headers: Record<string, unknown>;
  /** Parsed JSON, or the raw bytes when a PDF was asked for. */
  data: unknown;
  intuitTid: string | undefined;
}

export interface SendParams {
  baseUrl: string;
  realmId: string;
  minorVersion: number;
  accessToken: string;
  timeoutMs: number;
  now: number;
}

export function buildUrl(
  request: QboHttpRequest,
  params: Pick<SendParams, 'baseUrl' | 'realmId' | 'minorVersion'>,
): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(request.params ?? {})) {
    if (value !== undefined) query.set(key, value);
  }
  query.set('minorversion', String(params.minorVersion));
  if (request.requestId !== undefined) query.set('requestid', request.requestId);
  // %20 rather than '+': QuickBooks query statements are full of spaces.
  const search = query.toString().replace(/\+/g, '%20');
  const base = params.baseUrl.replace(/\/+$/, '');
  return `${base}/v3/company/${encodeURIComponent(params.realmId)}${request.path}?${search}`;
}

function decode(bytes: Buffer, contentType: string | undefined, wantPdf: boolean): unknown {
  if (wantPdf && contentType?.includes('pdf')) return bytes;
  const text = bytes.toString('utf8');
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function networkError(error: unknown, timeoutMs: number): QboError {
  const code = axios.isAxiosError(error) ? error.code : undefined;
  const timedOut = code === 'ECONNABORTED' || code === 'ETIMEDOUT';
  const message = error instanceof Error ? error.message : String(error);
  return new QboNetworkError(
    timedOut
      ? 'QuickBooks did not answer within {seconds, plural, one {# second} other {# seconds}}.'
      : 'The connection to QuickBooks failed.',
    // No `cause`: axios errors carry the request config, bearer token included.
    {
      detail: [code, message].filter(Boolean).join(': '),
      timedOut,
      values: { seconds: Math.max(1, Math.round(timeoutMs / 1000)) },
    },
  );
}

/** Sends one request. Resolves with 2xx responses; throws a typed error for everything else. */
export async function sendOnce(
  request: QboHttpRequest,
  params: SendParams,
  http: AxiosInstance,
): Promise<QboHttpResponse> {
  const wantPdf = request.accept === 'application/pdf';
  const headers: Record<string, string> = {
    Authorization: `Bearer ${params.accessToken}`,
    Accept: request.accept ?? 'application/json',
  };
  let data: unknown;
  if (request.body !== undefined) {
    headers['Content-Type'] = request.contentType ?? 'application/json';
    data = typeof request.body === 'string' ? request.body : JSON.stringify(request.body);
  }
  let response;
  try {
    response = await http.request<ArrayBuffer>({
      method: request.method,
      url: buildUrl(request, params),
      headers,
      data,
      timeout: Math.max(1, Math.round(params.timeoutMs)),
      responseType: 'arraybuffer',
      // We read every status ourselves and never follow redirects with a bearer token.
      validateStatus: () => true,
      maxRedirects: 0,
      transformResponse: (body: unknown) => body,
    });
  } catch (error) {
    throw networkError(error, params.timeoutMs);
  }
  const responseHeaders = { ...(response.headers as Record<string, unknown>) };
  const body = decode(
    Buffer.from(response.data ?? new ArrayBuffer(0)),
    headerValue(responseHeaders, 'content-type'),
    wantPdf,
  );
  const faultInSuccess =
    typeof body === 'object' && body !== null && !Buffer.isBuffer(body) && 'Fault' in body;
  if (response.status < 200 || response.status >= 300 || faultInSuccess) {
    const status = faultInSuccess && response.status < 300 ? 400 : response.status;
    throw errorFromResponse({ status, headers: responseHeaders, body }, params.now);
  }
  return {
    status: response.status,
    headers: responseHeaders,
    data: body,
    intuitTid: headerValue(responseHeaders, 'intuit_tid'),
  };
}
