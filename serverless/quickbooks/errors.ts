import type { MessageValues, ServerMessage } from '@qbo-invoicing/messages';
import { AppError, type ErrorKind } from '../lib/errors';

/** QuickBooks fault codes the product reacts to. */
export const QboFaultCode = {
  ObjectNotFound: '610',
  RequiredParameterMissing: '2020',
  InvalidReference: '2500',
  StaleObject: '5010',
  DuplicateDocNumber: '6140',
  AccountingPeriodClosed: '6210',
  DuplicateName: '6240',
} as const;
export type QboFaultCode = (typeof QboFaultCode)[keyof typeof QboFaultCode];

export type QboErrorKind =
  'validation' | 'authentication' | 'throttled' | 'server' | 'network' | 'reconnect' | 'response';

export interface QboErrorDetails {
  retryable?: boolean;
  /** The field QuickBooks blamed, as it named it. */
  element?: string;
  /** QuickBooks' technical explanation: logged, never shown to the browser as is. */
  detail?: string;
  intuitTid?: string;
  status?: number;
  cause?: unknown;
  fix?: ServerMessage;
  /** Values for the message's and the fix's `{placeholders}` (QuickBooks' own words go here). */
  values?: MessageValues;
}

/**
 * Everything the QuickBooks client throws. It is an AppError, so the function layer turns it
 * into the contract's error envelope without knowing about QuickBooks.
 */
export abstract class QboError extends AppError {
  abstract readonly kind: QboErrorKind;
  readonly element: string | undefined;
  readonly intuitTid: string | undefined;
  readonly status: number | undefined;

  constructor(code: ErrorKind, message: ServerMessage, details: QboErrorDetails = {}) {
    super(code, message, {
      retryable: details.retryable ?? false,
      ...(details.fix !== undefined ? { fix: details.fix } : {}),
      ...(details.detail !== undefined ? { detail: details.detail } : {}),
      ...(details.values !== undefined ? { values: details.values } : {}),
      cause: details.cause,
    });
    // Not AppError's `field`: that names a contract input, this a QuickBooks element.
    this.element = details.element;
    this.intuitTid = details.intuitTid;
    this.status = details.status;
  }
}

export interface QboFaultItem {
  code: string | undefined;
  message: string;
  detail: string | undefined;
  element: string | undefined;
}

function validationCode(qboCode: string | undefined): ErrorKind {
  switch (qboCode) {
    case QboFaultCode.ObjectNotFound:
      return 'NOT_FOUND';
    case QboFaultCode.StaleObject:
    case QboFaultCode.DuplicateDocNumber:
    case QboFaultCode.DuplicateName:
      return 'CONFLICT';
    default:
      return 'QUICKBOOKS_REJECTED';
  }
}

/** QuickBooks refused the request (HTTP 400 and other 4xx with a Fault). */
export class QboValidationError extends QboError {
  readonly kind = 'validation' as const;
  /** The first fault's QuickBooks code, e.g. '6240'. */
  readonly qboCode: string | undefined;
  readonly faultType: string | undefined;
  readonly faults: readonly QboFaultItem[];

  constructor(
    message: ServerMessage,
    faults: readonly QboFaultItem[],
    details: QboErrorDetails & { faultType?: string } = {},
  ) {
    const first = faults[0];
    super(validationCode(first?.code), message, {
      ...details,
      retryable: false,
      ...(first?.element ? { element: first.element } : {}),
      ...(first?.detail ? { detail: first.detail } : {}),
    });
    this.name = 'QboValidationError';
    this.qboCode = first?.code;
    this.faultType = details.faultType;
    this.faults = faults;
  }
}

/** The access token was refused even after a refresh, or the app lacks permission (401/403). */
export class QboAuthenticationError extends QboError {
  readonly kind = 'authentication' as const;
  constructor(message: ServerMessage, details: QboErrorDetails = {}) {
    super('QUICKBOOKS_REJECTED', message, {
      fix: 'Reconnect the QuickBooks company in the app settings.',
      ...details,
      retryable: false,
    });
    this.name = 'QboAuthenticationError';
  }
}

/** HTTP 429: QuickBooks' per-realm limits. */
export class QboThrottledError extends QboError {
  readonly kind = 'throttled' as const;
  /** How long QuickBooks asked us to wait, when it said. */
  readonly retryAfterMs: number | undefined;
  constructor(message: ServerMessage, details: QboErrorDetails & { retryAfterMs?: number } = {}) {
    super('RATE_LIMITED', message, { ...details, retryable: true });
    this.name = 'QboThrottledError';
    this.retryAfterMs = details.retryAfterMs;
  }
}

/** HTTP 5xx. */
export class QboServerError extends QboError {
  readonly kind = 'server' as const;
  readonly retryAfterMs: number | undefined;
  constructor(message: ServerMessage, details: QboErrorDetails & { retryAfterMs?: number } = {}) {
    super('UNAVAILABLE', message, { ...details, retryable: true });
    this.name = 'QboServerError';
    this.retryAfterMs = details.retryAfterMs;
  }
}

/** No usable response: connection refused or dropped, or the call ran out of time. */
export class QboNetworkError extends QboError {
  readonly kind = 'network' as const;
  readonly timedOut: boolean;
  constructor(message: ServerMessage, details: QboErrorDetails & { timedOut?: boolean } = {}) {
    super('UNAVAILABLE', message, { ...details, retryable: true });
    this.name = 'QboNetworkError';
    this.timedOut = details.timedOut ?? false;
  }
}

/**
 * Why a company must be reconnected: one sentence naming it as `{company}`. The same id is kept as
 * the connection's last error, so the settings page can say it in the admin's language later.
 */
export type ReconnectReason =
  | 'Reconnect QuickBooks company {company}: this company is not connected.'
  | 'Reconnect QuickBooks company {company}: its authorization ended.'
  | 'Reconnect QuickBooks company {company}: it has no stored authorization.'
  | 'Reconnect QuickBooks company {company}: it was disconnected.'
  | 'Reconnect QuickBooks company {company}: its authorization has expired; sign in to QuickBooks again.'
  | 'Reconnect QuickBooks company {company}: QuickBooks no longer accepts its authorization (it expired or was revoked).';

/** The company's refresh token is gone: only an admin reconnecting can fix it. */
export class QboReconnectRequiredError extends QboError {
  readonly kind = 'reconnect' as const;
  readonly realmId: string;
  /**
   * `reason` is a `ReconnectReason`, or the id a connection record kept from an earlier one
   * (said as it is when the catalog does not know it).
   */
  constructor(
    realmId: string,
    companyLabel: string,
    reason: ReconnectReason | (string & {}),
    details: QboErrorDetails = {},
  ) {
    // A kept id the catalog does not know is said as written: translate() falls back to the id.
    super('RECONNECT_REQUIRED', reason as ServerMessage, {
      fix: 'Open the app settings and reconnect this QuickBooks company.',
      ...details,
      values: { ...details.values, company: companyLabel },
      retryable: false,
    });
    this.name = 'QboReconnectRequiredError';
    this.realmId = realmId;
  }
}

/** QuickBooks answered 2xx with something we cannot read: a bug on one side, not worth a retry. */
export class QboUnexpectedResponseError extends QboError {
  readonly kind = 'response' as const;
  constructor(message: ServerMessage, details: QboErrorDetails = {}) {
    super('INTERNAL', message, { ...details, retryable: false });
    this.name = 'QboUnexpectedResponseError';
  }
}

export function isQboError(error: unknown): error is QboError {
  return error instanceof QboError;
}

/** True when `error` is a QuickBooks fault with this code (any fault in the response). */
export function isQboFault(
  error: unknown,
  code: QboFaultCode | string,
): error is QboValidationError {
  return error instanceof QboValidationError && error.faults.some((fault) => fault.code === code);
}
