import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { ApiError } from './errors.js';
import type { FaultAction, Faults } from './faults.js';
import { readBody, sendJson, type ApiRequest } from './http-util.js';
import type { CallKind, RateLimiter } from './rate-limit.js';
import type { Router } from './router.js';

export interface ServerContext {
  api: Router;
  control: Router;
  token: () => string;
  faults: Faults;
  limiter: RateLimiter;
  requests: Array<{ method: string; path: string; status: number }>;
}

const AUTH_MESSAGE =
  'Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview';

const FIVE_XX: Record<number, string> = {
  500: 'internal error',
  502: 'Bad Gateway: the server received an invalid response from an upstream server',
  503: 'Service Unavailable: the server is temporarily unable to handle the request',
  504: 'Gateway Timeout: the upstream server did not respond in time',
};

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function rateLimitBody(policyName: string, kind: CallKind): Record<string, unknown> {
  return {
    status: 'error',
    message: `You have reached your ${policyName.toLowerCase()} limit.`,
    errorType: 'RATE_LIMIT',
    correlationId: randomUUID(),
    category: 'RATE_LIMITS',
    policyName,
    groupName: kind === 'search' ? 'publicapi:crm-search' : 'publicapi:private-app:emulator',
  };
}

/** CRM search (`POST …/search`) is limited on its own and answers without rate-limit headers. */
const callKind = (method: string, path: string): CallKind =>
  method === 'POST' && path.startsWith('/crm/') && path.endsWith('/search') ? 'search' : 'api';

export function createEmulatorServer(ctx: ServerContext): Server {
  const server = createServer((req, res) => {
    handle(ctx, req, res).catch((err: unknown) => {
      if (!res.headersSent)
        sendJson(res, 500, { status: 'error', message: String(err), correlationId: randomUUID() });
    });
  });
  server.keepAliveTimeout = 1000;
  return server;
}

async function handle(
  ctx: ServerContext,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://emulator');
  const method = (req.method ?? 'GET').toUpperCase();
  const path = url.pathname.replace(/\/+$/, '') || '/';

  if (path.startsWith('/__emulator/')) {
    const { status, body } = await dispatch(ctx.control, method, path, url, req);
    sendJson(res, status, body);
    return;
  }

  const log = (status: number): void => void ctx.requests.push({ method, path, status });
  if (ctx.faults.latencyMs > 0) await sleep(ctx.faults.latencyMs);
  const fault: FaultAction | undefined = ctx.faults.take(method, path);
  if (fault?.kind === 'drop') {
    log(0);
    req.socket.destroy();
    return;
  }
  const kind = callKind(method, path);
  const limitHeaders = (): Record<string, string> =>
    kind === 'search' ? {} : ctx.limiter.headers();
  if (fault?.kind === 'rateLimit') {
    log(429);
    const headers =
      kind === 'search' ? {} : { ...limitHeaders(), 'X-HubSpot-RateLimit-Remaining': '0' };
    sendJson(res, 429, rateLimitBody('TEN_SECONDLY_ROLLING', kind), {
      ...headers,
      'Retry-After': String(fault.retryAfterSeconds),
    });
    return;
  }
  if (fault?.kind === 'fail') {
    log(fault.status);
    const message = FIVE_XX[fault.status] ?? 'internal error';
    sendJson(
      res,
      fault.status,
      { status: 'error', message, correlationId: randomUUID(), category: 'INTERNAL_ERROR' },
      limitHeaders(),
    );
    return;
  }

  const auth = req.headers.authorization ?? '';
  if (auth !== `Bearer ${ctx.token()}`) {
    log(401);
    const body = new ApiError(401, 'INVALID_AUTHENTICATION', AUTH_MESSAGE).body();
    sendJson(res, 401, body, limitHeaders());
    return;
  }

  // HubSpot documents no Retry-After on its 429s: the headers (or, for search, the policy) say why.
  const broken = ctx.limiter.hit(kind);
  if (broken) {
    log(429);
    sendJson(res, 429, rateLimitBody(broken, kind), limitHeaders());
    return;
  }

  const { status, body } = await dispatch(ctx.api, method, path, url, req);
  log(status);
  sendJson(res, status, body, limitHeaders());
}

/** Routes a request and turns thrown ApiErrors into HubSpot's error JSON. */
async function dispatch(
  router: Router,
  method: string,
  path: string,
  url: URL,
  req: IncomingMessage,
): Promise<{ status: number; body?: unknown }> {
  try {
    const found = router.match(method, path);
    if (!('handler' in found)) {
      const status = found.pathKnown ? 405 : 404;
      const message = found.pathKnown
        ? `Method ${method} not allowed on ${path}`
        : `No route for ${method} ${path}`;
      return { status, body: new ApiError(status, 'OBJECT_NOT_FOUND', message).body() };
    }
    const body = method === 'GET' || method === 'DELETE' ? undefined : await readBody(req);
    const apiReq: ApiRequest = {
      method,
      path,
      params: found.params,
      query: url.searchParams,
      body,
    };
    return await found.handler(apiReq);
  } catch (err) {
    if (err instanceof ApiError) return { status: err.status, body: err.body() };
    const message = `internal error: ${(err as Error).message}`;
    return {
      status: 500,
      body: { status: 'error', message, correlationId: randomUUID(), category: 'INTERNAL_ERROR' },
    };
  }
}
