import type { AxiosInstance } from 'axios';
import type { Clock } from '../lib/clock';
import {
  QboAuthenticationError,
  QboError,
  QboNetworkError,
  QboServerError,
  QboThrottledError,
} from './errors';
import { sendOnce, type QboHttpRequest, type QboHttpResponse } from './http';
import type { QueryBuilder, QueryEntity } from './query';
import type { RateLimiter } from './rate-limiter';
import { requestIdFor } from './request-id';
import { nextDelay, resolveDeadline, waitPassesDeadline, type BackoffPolicy } from './retry';
import type { TokenManager } from './tokens';
import type { CallOptions, WriteOptions } from './types';

/**
 * Everything a resource needs to talk to one QuickBooks company: each call waits for the rate
 * limiter, carries a fresh access token, refreshes once on a 401, and retries 429, 5xx and
 * network failures with backoff until its deadline.
 */
export interface QueryPage {
  rows: unknown[];
  startPosition: number | undefined;
  maxResults: number | undefined;
  totalCount: number | undefined;
}

export interface TransportDeps {
  realmId: string;
  baseUrl: string;
  minorVersion: number;
  tokens: TokenManager;
  limiter: RateLimiter;
  clock: Clock;
  backoff: BackoffPolicy;
  random: () => number;
  /** One per client (a warm function shares its own), so connections are kept alive. */
  http: AxiosInstance;
  onRequest?: (event: QboRequestEvent) => void;
}

/** What happened on one HTTP exchange: for logs and metrics (QuickBooks asks us to log intuit_tid). */
export interface QboRequestEvent {
  realmId: string;
  method: string;
  /** Below /v3/company/{realmId}; query parameters are left out. */
  path: string;
  /** Undefined when no answer arrived. */
  status: number | undefined;
  intuitTid: string | undefined;
  durationMs: number;
  /** 0 for the first try of a call. */
  retry: number;
  requestId?: string;
  /** The error class, when the exchange failed. */
  error?: string;
}

/** Statements longer than this go in a POST body rather than the URL. */
const maxQueryInUrl = 2_000;

function retryAfterOf(error: QboError): number | undefined {
  if (error instanceof QboThrottledError || error instanceof QboServerError)
    return error.retryAfterMs;
  return undefined;
}

export class QboTransport {
  constructor(private readonly deps: TransportDeps) {}

  get realmId(): string {
    return this.deps.realmId;
  }

  /** A read, or any request that is safe to repeat as is. */
  async request(request: QboHttpRequest, options?: CallOptions): Promise<QboHttpResponse> {
    const { clock } = this.deps;
    const deadline = resolveDeadline(options, clock.now());
    let refreshedAfter401 = false;
    for (let retry = 0; ;) {
      let usedTokens;
      try {
        await this.deps.limiter.acquire(this.deps.realmId, deadline);
        usedTokens = await this.deps.tokens.usable(deadline);
        const remaining = deadline - clock.now();
        if (remaining <= 0) {
          throw new QboNetworkError('The QuickBooks call ran out of time.', { timedOut: true });
        }
        return await this.attempt(request, usedTokens.accessToken, remaining, retry);
      } catch (error) {
        if (
          error instanceof QboAuthenticationError &&
          error.status === 401 &&
          usedTokens &&
          !refreshedAfter401
        ) {
          // The access token was refused before its time (revoked, clock skew): refresh once.
          refreshedAfter401 = true;
          await this.deps.tokens.refresh(usedTokens, deadline);
          continue;
        }
        if (!(error instanceof QboError) || !error.retryable) throw error;
        const delay = nextDelay(retry, retryAfterOf(error), this.deps.backoff, this.deps.random);
        if (waitPassesDeadline(clock.now(), delay, deadline)) throw error;
        await clock.sleep(delay);
        retry++;
      }
    }
  }

  /** One exchange, reported to `onRequest` (never with the token or the query text). */
  private async attempt(
    request: QboHttpRequest,
    accessToken: string,
    timeoutMs: number,
    retry: number,
  ): Promise<QboHttpResponse> {
    const { clock, onRequest } = this.deps;
    const startedAt = clock.now();
    const report = (status: number | undefined, intuitTid: string | undefined, error?: string) =>
      onRequest?.({
        realmId: this.deps.realmId,
        method: request.method,
        path: request.path,
        status,
        intuitTid,
        durationMs: clock.now() - startedAt,
        retry,
        ...(request.requestId ? { requestId: request.requestId } : {}),
        ...(error ? { error } : {}),
      });
    try {
      const response = await sendOnce(
        request,
        {
          baseUrl: this.deps.baseUrl,
          realmId: this.deps.realmId,
          minorVersion: this.deps.minorVersion,
          accessToken,
          timeoutMs,
          now: startedAt,
        },
        this.deps.http,
      );
      report(response.status, response.intuitTid);
      return response;
    } catch (error) {
      if (error instanceof QboError) report(error.status, error.intuitTid, error.name);
      throw error;
    }
  }

  /**
   * A write. Its requestid comes from the caller's key and the operation, so the retries above,
   * and any later retry with the same key, return the first result instead of writing again.
   */
  write(
    request: Omit<QboHttpRequest, 'requestId' | 'method'>,
    operation: string,
    options: WriteOptions,
  ): Promise<QboHttpResponse> {
    const requestId = requestIdFor(options.idempotencyKey, `${this.deps.realmId}:${operation}`);
    return this.request({ ...request, method: 'POST', requestId }, options);
  }

  private async runQuery(
    statement: string,
    options?: CallOptions,
  ): Promise<Record<string, unknown>> {
    const response =
      statement.length > maxQueryInUrl
        ? await this.request(
            { method: 'POST', path: '/query', body: statement, contentType: 'application/text' },
            options,
          )
        : await this.request(
            { method: 'GET', path: '/query', params: { query: statement } },
            options,
          );
    const data = response.data as { QueryResponse?: Record<string, unknown> } | undefined;
    return data?.QueryResponse ?? {};
  }

  /** One page of a query; the rows are refined when the query asked for a literal `%`. */
  async query<E extends QueryEntity>(
    query: QueryBuilder<E>,
    options?: CallOptions,
  ): Promise<QueryPage> {
    const result = await this.runQuery(query.toString(), options);
    const rows = result[query.entity];
    const numberOrUndefined = (value: unknown) => (typeof value === 'number' ? value : undefined);
    return {
      rows: Array.isArray(rows) ? rows : [],
      startPosition: numberOrUndefined(result.startPosition),
      maxResults: numberOrUndefined(result.maxResults),
      totalCount: numberOrUndefined(result.totalCount),
    };
  }

  async count<E extends QueryEntity>(
    query: QueryBuilder<E>,
    options?: CallOptions,
  ): Promise<number> {
    const result = await this.runQuery(query.count(), options);
    return typeof result.totalCount === 'number' ? result.totalCount : 0;
  }
}
