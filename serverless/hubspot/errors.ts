import type { MessageValues, ServerMessage } from '@qbo-invoicing/messages';
import { AppError } from '../lib/errors';

/** A HubSpot API call that failed, with what HubSpot said about it. */
export class HubSpotApiError extends AppError {
  /** How long HubSpot asked us to wait before trying again, when it said. */
  readonly retryAfterMs: number | undefined;

  constructor(
    message: ServerMessage,
    readonly status: number | undefined,
    readonly category: string | undefined,
    options: {
      retryable: boolean;
      detail?: string;
      cause?: unknown;
      retryAfterMs?: number;
      /** Values for the message's `{placeholders}` (HubSpot's own words go here). */
      values?: MessageValues;
    },
  ) {
    const code =
      status === 404
        ? 'NOT_FOUND'
        : status === 409
          ? 'CONFLICT'
          : status === 429
            ? 'RATE_LIMITED'
            : status === undefined || status >= 500
              ? 'UNAVAILABLE'
              : 'HUBSPOT_REJECTED';
    super(code, message, options);
    this.name = 'HubSpotApiError';
    this.retryAfterMs = options.retryAfterMs;
  }
}

export function isHubSpotStatus(error: unknown, status: number): error is HubSpotApiError {
  return error instanceof HubSpotApiError && error.status === status;
}
