/**
 * What kind of failure an error is, in the server's own words. The runtime maps each kind to the
 * code the UI contract shows (runtime/errors.ts); adapters and features never see the contract.
 */
export type ErrorKind =
  | 'INVALID_INPUT'
  | 'NOT_FOUND'
  | 'NOT_SET_UP'
  | 'CONFIGURATION'
  | 'RECONNECT_REQUIRED'
  | 'QUICKBOOKS_REJECTED'
  | 'HUBSPOT_REJECTED'
  | 'RATE_LIMITED'
  | 'UNAVAILABLE'
  | 'CONFLICT'
  | 'INTERNAL';

/**
 * An error the user may see. Its message is written for a person; anything technical (status
 * codes, correlation ids) goes in `detail`, which is logged but never sent to the browser.
 */
export class AppError extends Error {
  readonly code: ErrorKind;
  readonly retryable: boolean;
  readonly fix: string | undefined;
  readonly field: string | undefined;
  readonly detail: string | undefined;

  constructor(
    code: ErrorKind,
    message: string,
    options: {
      retryable?: boolean;
      fix?: string;
      field?: string;
      detail?: string;
      cause?: unknown;
    } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.retryable = options.retryable ?? false;
    this.fix = options.fix;
    this.field = options.field;
    this.detail = options.detail;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
