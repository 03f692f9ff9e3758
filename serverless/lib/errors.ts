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

import type { ServerMessage } from '@qbo-invoicing/messages';
import { formatMessage, type MessageValues } from '@qbo-invoicing/messages/format';
import type { Translator } from './text';

/** How an AppError is said: its fix and the values of its `{placeholders}`, and what is logged. */
export interface AppErrorOptions<Message extends string = ServerMessage> {
  retryable?: boolean;
  fix?: Message;
  field?: string;
  detail?: string;
  cause?: unknown;
  /** Values for the message's and the fix's placeholders. */
  values?: MessageValues;
}

/**
 * An error the user may see. Its message is written for a person, in English, as a message id of
 * `@qbo-invoicing/messages` with its `values` (`{name}` placeholders): the runtime says it in the
 * caller's language. Anything technical (status codes, correlation ids) goes in `detail`, which is
 * logged but never sent to the browser.
 */
export class AppError extends Error {
  readonly code: ErrorKind;
  readonly retryable: boolean;
  readonly fix: string | undefined;
  readonly field: string | undefined;
  readonly detail: string | undefined;
  /** The message and fix as written (ids), before their values were filled in. */
  readonly template: { message: string; fix: string | undefined; values: MessageValues };

  /** A message and fix the catalogs have: anything else is a type error here. */
  constructor(code: ErrorKind, message: ServerMessage, options: AppErrorOptions = {}) {
    const values = options.values ?? {};
    super(formatMessage(message, values), { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.retryable = options.retryable ?? false;
    this.fix = options.fix === undefined ? undefined : formatMessage(options.fix, values);
    this.field = options.field;
    this.detail = options.detail;
    this.template = { message, fix: options.fix, values };
  }

  /**
   * Words already said in the caller's language where they were made (a check holding a date
   * formatted for them): passed on as they are.
   */
  static alreadySaid(
    code: ErrorKind,
    words: string,
    options: Omit<AppErrorOptions<string>, 'values'> = {},
  ): AppError {
    return new AppError(code, words as ServerMessage, options as AppErrorOptions);
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/**
 * An AppError's message and fix said with `words` (the caller's language). Ids the catalog does
 * not know are said as written, in English.
 */
export function sayError(
  error: AppError,
  words: Translator,
): { message: string; fix: string | undefined } {
  const { message, fix, values } = error.template;
  const say = (id: string) => words.t(id as ServerMessage, values);
  return { message: say(message), fix: fix === undefined ? undefined : say(fix) };
}
