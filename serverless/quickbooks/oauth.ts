import axios from 'axios';
import * as z from 'zod';
import type OAuthClientType from 'intuit-oauth';
import { systemClock, type Clock } from '../lib/clock';
import { intuitOAuthEndpoints, type QboOAuthConfig } from './config';
import {
  QboAuthenticationError,
  QboError,
  QboNetworkError,
  QboServerError,
  QboThrottledError,
} from './errors';
import { headerValue, maskTokens } from './faults';
import {
  defaultBackoff,
  nextDelay,
  parseRetryAfter,
  resolveDeadline,
  waitPassesDeadline,
  type CallTiming,
} from './retry';
import type { QboTokens } from './token-store';

/**
 * Intuit's own OAuth client, for authorize URLs and token calls. Its endpoints are static,
 * process-wide properties, so they are set from our config right before each use (the request
 * is built synchronously from them), and each use gets a fresh instance so no token state is
 * shared between companies. Logging stays off: it would write tokens to ./logs.
 */

/** The refresh token was refused for good (`invalid_grant`): only reconnecting helps. */
export class QboInvalidGrantError extends Error {
  constructor(
    readonly description: string,
    readonly intuitTid: string | undefined,
  ) {
    super(`QuickBooks refused the refresh token: ${description}`);
    this.name = 'QboInvalidGrantError';
  }
}

const tokenResponseSchema = z.object({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1),
  expires_in: z.coerce.number().positive(),
  x_refresh_token_expires_in: z.coerce.number().positive(),
  x_refresh_token_hard_expires_in: z.coerce.number().positive().optional(),
});

export interface ExchangedCode {
  realmId: string;
  tokens: QboTokens;
  /** The `state` Intuit echoed back; the caller checks it against what it signed. */
  state: string | undefined;
}

type OAuthClientClass = typeof OAuthClientType;
type OAuthClientInstance = InstanceType<OAuthClientClass>;

/**
 * Loaded on first use: most calls never need a token call, and it is heavy to require. The module
 * system keeps it once loaded, so nothing here holds state.
 */
async function loadOAuthClient(): Promise<OAuthClientClass> {
  return (await import('intuit-oauth')).default;
}

/** What intuit-oauth attaches to the errors it throws from token calls. */
interface IntuitTokenFailure {
  error?: unknown;
  error_description?: unknown;
  intuit_tid?: unknown;
  originalMessage?: unknown;
  authResponse?: { response?: { status?: unknown; headers?: Record<string, unknown> } } | string;
}

function toTokens(json: unknown, now: number): QboTokens {
  const parsed = tokenResponseSchema.safeParse(json);
  if (!parsed.success) {
    throw new QboAuthenticationError('QuickBooks answered the token request without tokens.', {
      detail: parsed.error.issues.map((issue) => issue.path.join('.')).join(', '),
    });
  }
  const body = parsed.data;
  const at = (seconds: number) => new Date(now + seconds * 1000).toISOString();
  return {
    accessToken: body.access_token,
    refreshToken: body.refresh_token,
    accessTokenExpiresAt: at(body.expires_in),
    refreshTokenExpiresAt: at(body.x_refresh_token_expires_in),
    ...(body.x_refresh_token_hard_expires_in !== undefined
      ? { refreshTokenHardExpiresAt: at(body.x_refresh_token_hard_expires_in) }
      : {}),
  };
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** What a token call was for: a value the messages choose their words by. */
type TokenOperation = 'connect' | 'refresh' | 'revoke';

/** Classifies an intuit-oauth failure; never copies a token into the message. */
function tokenCallError(error: unknown, operation: TokenOperation, now: number): Error {
  if (error instanceof QboError || error instanceof QboInvalidGrantError) return error;
  const failure = (typeof error === 'object' && error !== null ? error : {}) as IntuitTokenFailure;
  const response =
    typeof failure.authResponse === 'object' ? failure.authResponse.response : undefined;
  const status = typeof response?.status === 'number' ? response.status : undefined;
  const headers = response?.headers ?? {};
  const intuitTid = text(failure.intuit_tid) ?? headerValue(headers, 'intuit_tid');
  const code = text(failure.error);
  const description = maskTokens(
    (text(failure.error_description) ?? code ?? `HTTP ${status ?? 'error'}`).slice(0, 300),
  );
  // No `cause`: intuit-oauth's errors hold the request, with client secret and refresh token.
  const common = { ...(intuitTid ? { intuitTid } : {}), ...(status ? { status } : {}) };

  if (status === undefined) {
    const message = text(failure.originalMessage) ?? (error instanceof Error ? error.message : '');
    return new QboNetworkError(
      'Could not reach QuickBooks to {operation, select, connect {connect the company} refresh {refresh the access token} other {disconnect the company}}.',
      {
        ...common,
        values: { operation },
        detail: message,
        timedOut: /timeout/i.test(message),
      },
    );
  }
  if (code === 'invalid_grant') return new QboInvalidGrantError(description, intuitTid);
  if (status === 429) {
    const retryAfterMs = parseRetryAfter(headerValue(headers, 'retry-after'), now);
    return new QboThrottledError('QuickBooks is limiting token requests; try again shortly.', {
      ...common,
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    });
  }
  if (status >= 500) {
    return new QboServerError(
      'QuickBooks could not {operation, select, connect {connect the company} refresh {refresh the access token} other {disconnect the company}} (HTTP {status}).',
      { ...common, values: { operation, status: String(status) } },
    );
  }
  return new QboAuthenticationError(
    code === 'invalid_client'
      ? 'QuickBooks refused to {operation, select, connect {connect the company} refresh {refresh the access token} other {disconnect the company}}: the app credentials (client id and secret) were refused.'
      : 'QuickBooks refused to {operation, select, connect {connect the company} refresh {refresh the access token} other {disconnect the company}}: {reason}.',
    { ...common, detail: description, values: { operation, reason: description } },
  );
}

export class QboOAuth {
  private readonly endpoints: {
    authorizeEndpoint: string;
    tokenEndpoint: string;
    revokeEndpoint: string;
    userInfoEndpoint: string;
  };

  constructor(
    private readonly config: QboOAuthConfig,
    private readonly clock: Clock = systemClock,
    private readonly random: () => number = Math.random,
  ) {
    this.endpoints = {
      authorizeEndpoint: config.authorizeUrl ?? intuitOAuthEndpoints.authorizeUrl,
      tokenEndpoint: config.tokenUrl ?? intuitOAuthEndpoints.tokenUrl,
      revokeEndpoint: config.revokeUrl ?? intuitOAuthEndpoints.revokeUrl,
      userInfoEndpoint: intuitOAuthEndpoints.userInfoUrl[config.environment],
    };
  }

  /** A fresh client with our endpoints applied and our transport (timeout, no own retries). */
  private async client(deadline: number): Promise<OAuthClientInstance> {
    const OAuthClient = await loadOAuthClient();
    const client = new OAuthClient({
      clientId: this.config.clientId,
      clientSecret: this.config.clientSecret,
      redirectUri: this.config.redirectUri,
      environment: this.config.environment,
      logging: false,
      includeRefreshTokenHardExpiresIn: true,
    });
    // intuit-oauth retries token calls itself for up to 7 s with no timeout; the deadline is ours.
    client.loadResponse = (request: Record<string, unknown>) =>
      axios.request({ ...request, timeout: Math.max(1, deadline - this.clock.now()) });
    return client;
  }

  /** The URL that sends an admin to Intuit's consent page. */
  async authorizeUrl(params: { state: string; scopes?: string[] }): Promise<string> {
    const OAuthClient = await loadOAuthClient();
    const client = await this.client(Number.POSITIVE_INFINITY);
    client.setAuthorizeURLs(this.endpoints);
    return client.authorizeUri({
      scope: params.scopes ?? [OAuthClient.scopes.Accounting],
      state: params.state,
    });
  }

  /** Runs a token call with our retry policy, inside the caller's deadline. */
  private async tokenCall<T>(
    operation: TokenOperation,
    timing: CallTiming | undefined,
    call: (client: OAuthClientInstance) => Promise<T>,
  ): Promise<T> {
    const deadline = resolveDeadline(timing, this.clock.now());
    for (let attempt = 0; ; attempt++) {
      try {
        const client = await this.client(deadline);
        // The request is built synchronously inside `call`: no other client can swap the endpoints.
        client.setAuthorizeURLs(this.endpoints);
        return await call(client);
      } catch (caught) {
        const error = tokenCallError(caught, operation, this.clock.now());
        if (!(error instanceof QboError) || !error.retryable) throw error;
        const retryAfterMs =
          error instanceof QboThrottledError || error instanceof QboServerError
            ? error.retryAfterMs
            : undefined;
        const delay = nextDelay(attempt, retryAfterMs, defaultBackoff, this.random);
        if (waitPassesDeadline(this.clock.now(), delay, deadline)) throw error;
        await this.clock.sleep(delay);
      }
    }
  }

  /** Exchanges the redirect Intuit sent the admin to for the company's first tokens. */
  async exchangeCode(callbackUrl: string, timing?: CallTiming): Promise<ExchangedCode> {
    const params = new URL(callbackUrl, 'http://callback.invalid').searchParams;
    const denied = params.get('error');
    if (denied) {
      throw new QboAuthenticationError('The QuickBooks connection was not approved ({reason}).', {
        fix: 'Start connecting again and approve access on the QuickBooks page.',
        values: { reason: denied },
      });
    }
    const realmId = params.get('realmId');
    if (!params.get('code') || !realmId) {
      throw new QboAuthenticationError(
        'The address pasted is not a QuickBooks redirect: it lacks a code or a realmId.',
        { fix: 'Copy the whole address of the page QuickBooks sent you to, then paste it.' },
      );
    }
    const state = params.get('state') ?? undefined;
    try {
      const tokens = await this.tokenCall('connect', timing, async (client) => {
        const response = await client.createToken(callbackUrl);
        return toTokens(response.getJson(), this.clock.now());
      });
      return { realmId, tokens, state };
    } catch (error) {
      if (error instanceof QboInvalidGrantError) {
        throw new QboAuthenticationError(
          'The QuickBooks authorization code has expired or was already used.',
          {
            detail: error.description,
            ...(error.intuitTid ? { intuitTid: error.intuitTid } : {}),
            fix: 'Start connecting again.',
          },
        );
      }
      throw error;
    }
  }

  /** New tokens from a refresh token; QuickBooks may rotate the refresh token too. */
  async refresh(refreshToken: string, timing?: CallTiming): Promise<QboTokens> {
    return this.tokenCall('refresh', timing, async (client) => {
      const response = await client.refreshUsingToken(refreshToken);
      return toTokens(response.getJson(), this.clock.now());
    });
  }

  /** Revokes the grant (refresh token and its access tokens): used when disconnecting. */
  async revoke(refreshToken: string, timing?: CallTiming): Promise<void> {
    await this.tokenCall('revoke', timing, async (client) => {
      await client.revoke({ refresh_token: refreshToken });
    });
  }
}
