import type { ErrorCode, OperationError } from '@qbo-invoicing/contract';

/**
 * An error the user may see. Its message is written for a person; anything technical (status
 * codes, correlation ids) goes in `detail`, which is logged but never sent to the browser.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly retryable: boolean;
  readonly fix: string | undefined;
  readonly field: string | undefined;
  readonly detail: string | undefined;

  constructor(
    code: ErrorCode,
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

  toOperationError(): OperationError {
    return {
      code: this.code,
      message: this.message,
      retryable: this.retryable,
      ...(this.fix ? { fix: this.fix } : {}),
      ...(this.field ? { field: this.field } : {}),
    };
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
