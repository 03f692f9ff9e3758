import axios, { type AxiosInstance, type AxiosResponse } from 'axios';
import { parseRetryAfter, withRetries, type RetryOptions } from '../lib/retry';
import { HubSpotApiError } from './errors';

export interface HubSpotHttpOptions {
  baseUrl: string;
  accessToken: string;
  /** Epoch ms by which the whole operation must be done; retries never wait past it. */
  deadline: number;
  retry?: Omit<RetryOptions, 'deadline'>;
}

export interface RequestOptions {
  query?: Record<string, string | number | boolean | string[] | undefined>;
  body?: unknown;
}

interface HubSpotErrorBody {
  message?: string;
  category?: string;
  correlationId?: string;
  /** On a 429, which limit was hit: TEN_SECONDLY_ROLLING, DAILY, or search's own. */
  policyName?: string;
}

/**
 * The one door to HubSpot's APIs: bearer auth, a per-request timeout that respects the
 * deadline, retries on 429/5xx/dropped connections (honouring Retry-After), and typed errors.
 */
export class HubSpotHttp {
  private readonly axios: AxiosInstance;

  constructor(private readonly options: HubSpotHttpOptions) {
    this.axios = axios.create({
      baseURL: options.baseUrl,
      headers: { authorization: `Bearer ${options.accessToken}`, accept: 'application/json' },
      validateStatus: () => true,
      // HubSpot expects repeated keys for lists (properties=a&properties=b).
      paramsSerializer: { indexes: null },
    });
  }

  get deadline(): number {
    return this.options.deadline;
  }

  async request<T>(
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    path: string,
    options: RequestOptions = {},
  ): Promise<T> {
    const now = this.options.retry?.now ?? Date.now;
    return withRetries(
      async () => {
        const remaining = this.options.deadline - now();
        if (remaining <= 0) {
          throw new HubSpotApiError(
            'HubSpot did not answer in time. Try again.',
            undefined,
            undefined,
            {
              retryable: true,
              detail: `${method} ${path}: deadline passed`,
            },
          );
        }
        let response: AxiosResponse;
        try {
          response = await this.axios.request({
            method,
            url: path,
            params: options.query,
            data: options.body,
            timeout: remaining,
          });
        } catch (cause) {
          throw new HubSpotApiError(
            'HubSpot could not be reached. Try again.',
            undefined,
            undefined,
            {
              retryable: true,
              detail: `${method} ${path}: ${(cause as Error).message}`,
              cause,
            },
          );
        }
        if (response.status >= 200 && response.status < 300) return response.data as T;
        throw toError(method, path, response);
      },
      (error) => {
        if (!(error instanceof HubSpotApiError) || !error.retryable) return { retry: false };
        const afterMs = error.retryAfterMs;
        return afterMs === undefined ? { retry: true } : { retry: true, afterMs };
      },
      { ...this.options.retry, deadline: this.options.deadline },
    );
  }
}

function toError(method: string, path: string, response: AxiosResponse): HubSpotApiError {
  const body = (response.data ?? {}) as HubSpotErrorBody;
  const status = response.status;
  // The daily limit only starts again at the account's midnight
  // (https://developers.hubspot.com/docs/developer-tooling/platform/usage-guidelines): no retry
  // inside a call can outlast it, unlike the rolling 10-second and search limits.
  const dailyLimit = status === 429 && body.policyName === 'DAILY';
  const retryable = (status === 429 && !dailyLimit) || status >= 500;
  const detail = `${method} ${path} → ${status} ${body.category ?? ''} ${body.policyName ?? ''} ${body.message ?? ''} (correlation ${body.correlationId ?? 'n/a'})`;
  const message =
    status === 401 || status === 403
      ? 'HubSpot refused the app’s access token. Check that the app is installed with the scopes it needs.'
      : dailyLimit
        ? 'The HubSpot account has used up its daily API calls. They start again at midnight in the account’s time zone.'
        : status === 429
          ? 'HubSpot is rate limiting the app. Try again in a moment.'
          : status >= 500
            ? 'HubSpot is having trouble right now. Try again.'
            : body.message
              ? // HubSpot's own words are a value inside our sentence, as HubSpot wrote them.
                'HubSpot rejected the request: {reason}'
              : 'HubSpot rejected the request ({status}).';
  const retryAfterMs = parseRetryAfter(response.headers['retry-after']);
  return new HubSpotApiError(message, status, body.category, {
    retryable,
    detail,
    values: { reason: body.message ?? '', status: String(status) },
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  });
}
