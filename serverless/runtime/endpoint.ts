import type { SecretSource } from '../config';
import { isAppError, type AppError } from '../lib/errors';
import { log } from '../lib/log';
import { functionRuntime, servicesFor, type Runtime } from './runtime';
import type { Services } from './services';

type Values = Record<string, string | string[] | undefined>;

/** What HubSpot hands a public endpoint function (the fields vary by request; all optional). */
export interface EndpointContext {
  method?: string;
  headers?: Values;
  /** Query string values; older runtimes name them `query`. */
  params?: Values;
  query?: Values;
  body?: unknown;
  /** The body exactly as received, when HubSpot passes it (signatures are checked over it). */
  rawBody?: string;
  secrets?: SecretSource;
}

/** The request, normalised: one value per name, header names in lower case. */
export interface EndpointRequest {
  method: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  rawBody: string;
}

export interface EndpointResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

export interface EndpointHandlers {
  handle(request: EndpointRequest, services: Services): Promise<EndpointResponse>;
  /**
   * The answer for a failure the user can act on (an AppError): its message, never a stack. The
   * request is there to choose the language the answer is said in.
   */
  refused(error: AppError, request: EndpointRequest): EndpointResponse;
  /** The answer for anything unplanned; the error itself is logged, not shown. */
  failed(request: EndpointRequest): EndpointResponse;
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export function normaliseRequest(context: EndpointContext): EndpointRequest {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(context.params ?? context.query ?? {})) {
    const one = first(value);
    if (one !== undefined) query.set(name, one);
  }
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(context.headers ?? {})) {
    const one = first(value);
    if (one !== undefined) headers[name.toLowerCase()] = one;
  }
  const rawBody =
    context.rawBody ??
    (typeof context.body === 'string'
      ? context.body
      : context.body === undefined
        ? ''
        : JSON.stringify(context.body));
  return { method: (context.method ?? 'GET').toUpperCase(), query, headers, rawBody };
}

/**
 * Builds a public endpoint function's `main` (OAuth callback today, webhooks next), with the same
 * discipline as `createFunction`: one composition root per call with its deadline, and every
 * failure turned into an answer that says what happened without a stack trace or a secret.
 */
export function createEndpoint(handlers: EndpointHandlers, runtime: Runtime = functionRuntime) {
  return async function main(context: EndpointContext): Promise<EndpointResponse> {
    const started = runtime.clock.now();
    const request = normaliseRequest(context);
    try {
      const services = await servicesFor(runtime, context.secrets, started + runtime.budgetMs);
      return await handlers.handle(request, services);
    } catch (error) {
      if (isAppError(error)) return handlers.refused(error, request);
      log.error('Endpoint failed', {
        error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      });
      return handlers.failed(request);
    } finally {
      log.info('Endpoint answered', { ms: runtime.clock.now() - started });
    }
  };
}
