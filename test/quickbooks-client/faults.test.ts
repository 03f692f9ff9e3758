import { describe, expect, it } from 'vitest';
import Decimal from 'decimal.js';
import {
  QboAuthenticationError,
  QboServerError,
  QboThrottledError,
  QboValidationError,
  isQboFault,
} from '../../serverless/quickbooks/errors';
import { errorFromResponse, maskTokens, parseFault } from '../../serverless/quickbooks/faults';
import { toWireBody } from '../../serverless/quickbooks/types';

const tid = { intuit_tid: '1-abc' };

describe('fault parsing', () => {
  it('reads a 400 validation fault with its code, element and detail', () => {
    const error = errorFromResponse({
      status: 400,
      headers: { ...tid, 'content-type': 'application/json' },
      body: {
        Fault: {
          Error: [
            {
              Message: 'Duplicate Name Exists Error',
              Detail:
                'The name supplied already exists. : Another customer is already using this name.',
              code: '6240',
              element: 'DisplayName',
            },
          ],
          type: 'ValidationFault',
        },
        time: '2026-11-20T10:00:00.000-08:00',
      },
    });
    expect(error).toBeInstanceOf(QboValidationError);
    const fault = error as QboValidationError;
    expect(fault.qboCode).toBe('6240');
    expect(fault.code).toBe('CONFLICT');
    expect(fault.element).toBe('DisplayName');
    expect(fault.detail).toContain('already exists');
    expect(fault.intuitTid).toBe('1-abc');
    expect(fault.status).toBe(400);
    expect(fault.retryable).toBe(false);
    expect(fault.faultType).toBe('ValidationFault');
    expect(isQboFault(fault, '6240')).toBe(true);
    expect(isQboFault(fault, '5010')).toBe(false);
    expect(isQboFault(new Error('x'), '6240')).toBe(false);
  });

  it('maps 610 to NOT_FOUND and 6210 to a rejection', () => {
    const notFound = errorFromResponse({
      status: 400,
      headers: {},
      body: {
        Fault: { Error: [{ Message: 'Object Not Found', code: '610' }], type: 'ValidationFault' },
      },
    });
    expect(notFound.code).toBe('NOT_FOUND');
    const closed = errorFromResponse({
      status: 400,
      headers: {},
      body: JSON.stringify({ Fault: { Error: [{ Message: 'Closed', code: '6210' }] } }),
    });
    expect((closed as QboValidationError).qboCode).toBe('6210');
    expect(closed.code).toBe('QUICKBOOKS_REJECTED');
  });

  it('reads a 401 with the lowercase JSON body', () => {
    const error = errorFromResponse({
      status: 401,
      headers: tid,
      body: {
        warnings: null,
        fault: {
          error: [
            {
              message: 'message=AuthenticationFailed; errorCode=003200; statusCode=401',
              detail: 'Token expired: eyJ...',
              code: '3200',
              element: null,
            },
          ],
          type: 'AUTHENTICATION',
        },
        time: 1763650000000,
      },
    });
    expect(error).toBeInstanceOf(QboAuthenticationError);
    expect(error.status).toBe(401);
    expect(error.intuitTid).toBe('1-abc');
    expect(error.message).toContain('AuthenticationFailed');
  });

  it('reads a 401 with an XML body, even as a Buffer', () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<IntuitResponse xmlns="http://schema.intuit.com/finance/v3" time="2026-11-20T10:00:00.000-08:00">' +
      '<Fault type="AUTHENTICATION"><Error code="3200">' +
      '<Message>message=AuthenticationFailed; errorCode=003200; statusCode=401</Message>' +
      '<Detail>Token revoked &amp; gone</Detail></Error></Fault></IntuitResponse>';
    const fault = parseFault(Buffer.from(xml));
    expect(fault).toEqual({
      type: 'AUTHENTICATION',
      errors: [
        {
          code: '3200',
          message: 'message=AuthenticationFailed; errorCode=003200; statusCode=401',
          detail: 'Token revoked & gone',
          element: undefined,
        },
      ],
    });
    const error = errorFromResponse({ status: 401, headers: {}, body: xml });
    expect(error).toBeInstanceOf(QboAuthenticationError);
    expect(error.detail).toBe('Token revoked & gone');
  });

  it('survives bodies that are empty, HTML or nonsense', () => {
    for (const body of [
      undefined,
      '',
      '<html>oops</html>',
      '{not json',
      42,
      ['x'],
      { fault: 'no' },
    ]) {
      expect(() => parseFault(body)).not.toThrow();
      expect(errorFromResponse({ status: 401, headers: {}, body })).toBeInstanceOf(
        QboAuthenticationError,
      );
      expect(errorFromResponse({ status: 400, headers: {}, body })).toBeInstanceOf(
        QboValidationError,
      );
    }
  });

  it('maps 429 and 5xx to retryable errors with Retry-After', () => {
    const throttled = errorFromResponse({ status: 429, headers: { 'Retry-After': '7' }, body: '' });
    expect(throttled).toBeInstanceOf(QboThrottledError);
    expect((throttled as QboThrottledError).retryAfterMs).toBe(7_000);
    expect(throttled.retryable).toBe(true);
    expect(throttled.code).toBe('RATE_LIMITED');
    const server = errorFromResponse({
      status: 503,
      headers: { 'retry-after': ['2'] },
      body: '<html/>',
    });
    expect(server).toBeInstanceOf(QboServerError);
    expect((server as QboServerError).retryAfterMs).toBe(2_000);
    expect(server.retryable).toBe(true);
  });
});

describe('wire bodies', () => {
  it('sends amounts as exact JSON numbers and drops undefined fields', () => {
    const body = toWireBody({
      Line: [
        { Amount: new Decimal('1234.56'), SalesItemLineDetail: { Qty: '3', UnitPrice: '411.52' } },
      ],
      ExchangeRate: '1.23456789',
      DocNumber: '0042',
      PrivateNote: undefined,
    });
    expect(JSON.stringify(body)).toBe(
      '{"Line":[{"Amount":1234.56,"SalesItemLineDetail":{"Qty":3,"UnitPrice":411.52}}],' +
        '"ExchangeRate":1.23456789,"DocNumber":"0042"}',
    );
  });

  it('refuses amounts a JSON number cannot carry exactly', () => {
    expect(() => toWireBody({ Amount: '12345678901234567.89' })).toThrow(RangeError);
  });
});

describe('token hygiene', () => {
  it('masks token-shaped text that an auth fault echoes back', () => {
    const error = errorFromResponse({
      status: 401,
      headers: {},
      body: {
        fault: {
          error: [
            {
              message: 'message=AuthenticationFailed',
              detail:
                'Token expired: eyJlbmMiOiJBMTI4Q0JDLUhTMjU2IiwiYWxnIjoiZGlyIn0..abcdefghijklmnop',
              code: '3200',
            },
          ],
        },
      },
    });
    expect(error.detail).toBe('Token expired: [redacted]');
    expect(error.message).not.toContain('eyJ');
    expect(maskTokens('RT1-abcdefghijklmnopqrstuvwxyz0123456789')).toBe('[redacted]');
    expect(maskTokens('Stale Object Error : You and another user')).toBe(
      'Stale Object Error : You and another user',
    );
  });
});
