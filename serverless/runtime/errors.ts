import type { ErrorCode, OperationError } from '@qbo-invoicing/contract';
import { isAppError, sayError, type ErrorKind } from '../lib/errors';
import { log } from '../lib/log';
import { english, type Translator } from '../lib/text';

/** The one place where the server's error kinds become the codes the UI contract shows. */
const codeOf: Record<ErrorKind, ErrorCode> = {
  INVALID_INPUT: 'INVALID_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  NOT_SET_UP: 'NOT_SET_UP',
  CONFIGURATION: 'CONFIGURATION',
  RECONNECT_REQUIRED: 'RECONNECT_REQUIRED',
  QUICKBOOKS_REJECTED: 'QUICKBOOKS_REJECTED',
  HUBSPOT_REJECTED: 'HUBSPOT_REJECTED',
  RATE_LIMITED: 'RATE_LIMITED',
  UNAVAILABLE: 'UNAVAILABLE',
  CONFLICT: 'CONFLICT',
  INTERNAL: 'INTERNAL',
};

export function internalError(words: Translator = english): OperationError {
  return {
    code: 'INTERNAL',
    message: words.t('Something went wrong on our side. Try again.'),
    retryable: true,
  };
}

/**
 * What the user is told about a failure. Errors written for a person (AppError) keep their
 * message, fix and field; technical detail is logged, never sent. Anything unplanned is logged in
 * full and shown as one calm sentence.
 */
export function toOperationError(
  error: unknown,
  op: string,
  words: Translator = english,
): OperationError {
  if (isAppError(error)) {
    if (error.detail || error.code === 'INTERNAL') {
      log.warn('Operation failed', { op, code: error.code, detail: error.detail });
    }
    const { message, fix } = sayError(error, words);
    return {
      code: codeOf[error.code],
      message,
      retryable: error.retryable,
      ...(fix ? { fix } : {}),
      ...(error.field ? { field: error.field } : {}),
    };
  }
  log.error('Unexpected failure', {
    op,
    error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
  });
  return internalError(words);
}
