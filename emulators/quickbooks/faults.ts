// QBO's fault shapes and codes, in one place so every module answers the same way.
import { qboTime } from './time.js';

export type FaultType =
  'ValidationFault' | 'SystemFault' | 'AuthenticationFault' | 'SERVICE' | 'SecurityFault';

export interface FaultError {
  Message: string;
  Detail: string;
  code: string;
  element?: string;
}

/** Thrown by rules and parsers; the router turns it into QBO's fault envelope. */
export class QboFault extends Error {
  constructor(
    readonly status: number,
    readonly errors: FaultError[],
    readonly type: FaultType = 'ValidationFault',
  ) {
    super(errors[0]?.Message ?? 'fault');
  }

  body(now: Date): Record<string, unknown> {
    return { Fault: { Error: this.errors, type: this.type }, time: qboTime(now) };
  }
}

function validation(code: string, message: string, detail: string, element = ''): QboFault {
  return new QboFault(400, [{ Message: message, Detail: detail, code, element }]);
}

export const faults = {
  notFound: (entity: string, id: string): QboFault =>
    validation(
      '610',
      'Object Not Found',
      `Object Not Found : Something you're trying to use has been made inactive. Check the fields with accounts, customers, items, vendors or employees. (${entity} Id=${id})`,
    ),
  inactive: (element: string, id: string): QboFault =>
    validation(
      '610',
      'Object Not Found',
      `Object Not Found : Something you're trying to use has been made inactive. Check the fields with accounts, customers, items, vendors or employees. (${element} Id=${id})`,
      element,
    ),
  unsupportedProperty: (detail: string, element = ''): QboFault =>
    validation(
      '2010',
      'Request has invalid or unsupported property',
      `Property Name:${detail}`,
      element,
    ),
  // Codes and wording from Intuit's error-code table
  // (https://developer.intuit.com/app/developer/qbo/docs/develop/troubleshooting/error-codes).
  invalidString: (element: string, value: string): QboFault =>
    validation(
      '2040',
      'Invalid String',
      `Element contains invalid characters. ${element}=${value.slice(0, 100)}`,
      element,
    ),
  stringLength: (element: string, max: number, length: number): QboFault =>
    validation(
      '2050',
      'String length is either shorter or longer than supported by specification',
      `String length specified does not match the supported length. Min:0 Max:${max} supplied length:${length} (${element})`,
      element,
    ),
  invalidEnumeration: (element: string, value: string): QboFault =>
    validation(
      '2170',
      'Invalid Enumeration',
      `Invalid Enumeration : ${value.slice(0, 100)}`,
      element,
    ),
  batchTooLarge: (size: number, max: number): QboFault =>
    validation(
      '1040',
      'Batch size exceeds allowed limit',
      `Batch size exceeds allowed limit: the batch has ${size} items; the limit is ${max}.`,
      'BatchItemRequest',
    ),
  required: (element: string): QboFault =>
    validation(
      '2020',
      'Required param missing, need to supply the required value for the API',
      `Required parameter ${element} is missing in the request`,
      element,
    ),
  invalidReference: (kind: string, id: string, element: string): QboFault =>
    validation(
      '2500',
      'Invalid Reference Id',
      `Invalid Reference Id : ${kind} element id ${id} not found`,
      element,
    ),
  stale: (): QboFault =>
    validation(
      '5010',
      'Stale Object Error',
      'Stale Object Error : You and another user were working on this at the same time. The other user finished before you did, so your work was not saved.',
      'SyncToken',
    ),
  business: (detail: string, element = ''): QboFault =>
    validation(
      '6000',
      'A business validation error has occurred while processing your request',
      `Business Validation Error: ${detail}`,
      element,
    ),
  amountMismatch: (supplied: string): QboFault =>
    validation(
      '6070',
      'Business Validation Error: Unit Price * Quantity != Amount',
      `Amount is not equal to UnitPrice * Qty. Supplied value:${supplied}`,
      'Line.Amount',
    ),
  duplicateDocNumber: (docNumber: string, txnId: string): QboFault =>
    validation(
      '6140',
      'Duplicate Document Number Error',
      `Duplicate Document Number Error : You must specify a different number. This number has already been used. DocNumber=${docNumber} is assigned to TxnType=Invoice with TxnId=${txnId}`,
      'DocNumber',
    ),
  periodClosed: (closingDate: string): QboFault =>
    validation(
      '6210',
      'Account Period Closed',
      `Account Period Closed : The account period has closed and the books are locked (closing date ${closingDate}). Contact your company administrator to update the closing date.`,
      'TxnDate',
    ),
  duplicateName: (existingId: string): QboFault =>
    validation(
      '6240',
      'Duplicate Name Exists Error',
      `The name supplied already exists. : Id=${existingId}`,
      'DisplayName',
    ),
  unsupportedOperation: (detail: string): QboFault =>
    validation('500', 'Unsupported Operation', detail),
  queryParser: (detail: string): QboFault =>
    validation('4000', 'Error parsing query', `QueryParserError: ${detail}`),
  queryValidation: (detail: string): QboFault =>
    validation('4001', 'Invalid query', `QueryValidationError: ${detail}`),
  system: (status: number): QboFault =>
    new QboFault(
      status,
      [
        {
          Message: 'An application error has occurred while processing your request',
          Detail: `System Failure Error: An unexpected error occurred while accessing or saving your data. Please wait a few minutes and try again. (HTTP ${status})`,
          code: '10000',
        },
      ],
      'SystemFault',
    ),
  throttled: (): QboFault =>
    new QboFault(
      429,
      [
        {
          Message: 'message=ThrottleExceeded; errorCode=003001; statusCode=429',
          Detail: 'The request limit was reached.',
          code: '3001',
        },
      ],
      'SERVICE',
    ),
  wrongRealm: (): QboFault =>
    new QboFault(
      403,
      [
        {
          Message: 'message=ApplicationAuthorizationFailed; errorCode=003100; statusCode=403',
          Detail: 'The application is not authorized to access this company.',
          code: '3100',
        },
      ],
      'SecurityFault',
    ),
};

export type UnauthorizedForm = 'json' | 'xml';

/** The two 401 bodies QBO really sends; neither follows the XSD casing. */
export function unauthorizedBody(
  form: UnauthorizedForm,
  detail: string,
  now: Date,
): { contentType: string; body: string } {
  const message = 'message=AuthenticationFailed; errorCode=003200; statusCode=401';
  if (form === 'xml') {
    return {
      contentType: 'application/xml',
      body:
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
        `<IntuitResponse xmlns="http://schema.intuit.com/finance/v3" time="${qboTime(now)}">` +
        `<Fault type="AUTHENTICATION"><Error code="3200"><Message>${message}</Message></Error></Fault></IntuitResponse>`,
    };
  }
  return {
    contentType: 'application/json',
    body: JSON.stringify({
      fault: { error: [{ message, detail: detail, code: '3200' }], type: 'AUTHENTICATION' },
      time: qboTime(now),
    }),
  };
}
