/**
 * The platform layers' messages said in Spanish: configuration, the record-type check, QuickBooks'
 * and HubSpot's answers, and the language an OAuth state carries to the callback page.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Config } from '../../serverless/config';
import {
  createState,
  languageOfState,
  verifyState,
} from '../../serverless/connections/oauth-state';
import { HubSpotApiError } from '../../serverless/hubspot/errors';
import { AppError } from '../../serverless/lib/errors';
import { translatorFor } from '../../serverless/lib/text';
import { errorFromResponse } from '../../serverless/quickbooks/faults';
import { QboNetworkError } from '../../serverless/quickbooks/errors';
import { toOperationError } from '../../serverless/runtime/errors';

const spanish = translatorFor('es-ES');
const inSpanish = (error: unknown) => toOperationError(error, 'op', spanish);

function failure(work: () => unknown): AppError {
  try {
    work();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('configuration in Spanish', () => {
  it('names the missing secret and the command that sets it, in one Spanish sentence each', () => {
    const error = failure(() =>
      new Config({
        QBO_ENVIRONMENT: 'sandbox',
        QBO_REDIRECT_URI: 'https://example.com/cb',
      }).quickbooks(),
    );
    expect(error.message).toBe('The secret QBO_CLIENT_ID is missing: your Intuit app’s client id.');
    expect(inSpanish(error)).toMatchObject({
      code: 'CONFIGURATION',
      message: 'Falta el secreto QBO_CLIENT_ID: el id de cliente de tu app de Intuit.',
      fix: expect.stringContaining('Defínelo con `hs secret add QBO_CLIENT_ID --account='),
    });
  });

  it('says what is wrong with a malformed key, with its values', () => {
    const error = failure(() =>
      new Config({
        TOKEN_ENCRYPTION_KEYS: 'k1:c2hvcnQ=',
        OAUTH_STATE_SECRET: 'x'.repeat(40),
      }).security(),
    );
    expect(inSpanish(error).message).toBe(
      'El secreto TOKEN_ENCRYPTION_KEYS no es válido: la clave "k1" debe tener 32 bytes codificados en base64 (tiene 5).',
    );
  });
});

describe('the adapters’ answers in Spanish', () => {
  it('keeps QuickBooks’ own words inside our sentence', () => {
    const error = errorFromResponse({
      status: 400,
      headers: {},
      body: {
        Fault: {
          Error: [
            { Message: 'Duplicate Name Exists Error', Detail: 'The name is used.', code: '6240' },
          ],
          type: 'ValidationFault',
        },
      },
    });
    expect(error.message).toBe(
      'QuickBooks rejected the request: Duplicate Name Exists Error: The name is used.',
    );
    expect(inSpanish(error)).toMatchObject({
      code: 'CONFLICT',
      message: 'QuickBooks rechazó la solicitud: Duplicate Name Exists Error: The name is used.',
    });
  });

  it('says a QuickBooks 5xx and a timeout with the locale’s numbers and plurals', () => {
    const down = errorFromResponse({ status: 503, headers: {}, body: '' });
    expect(inSpanish(down).message).toBe(
      'QuickBooks no está disponible (HTTP 503); inténtalo de nuevo en breve.',
    );
    const slow = new QboNetworkError(
      'QuickBooks did not answer within {seconds, plural, one {# second} other {# seconds}}.',
      { values: { seconds: 1 } },
    );
    expect(slow.message).toBe('QuickBooks did not answer within 1 second.');
    expect(inSpanish(slow).message).toBe('QuickBooks no respondió en 1 segundo.');
  });

  it('says HubSpot’s refusals in Spanish', () => {
    const limited = new HubSpotApiError(
      'HubSpot is rate limiting the app. Try again in a moment.',
      429,
      'RATE_LIMITS',
      { retryable: true },
    );
    expect(inSpanish(limited)).toMatchObject({
      code: 'RATE_LIMITED',
      message:
        'HubSpot está limitando las solicitudes de la app. Inténtalo de nuevo en un momento.',
      retryable: true,
    });
  });
});

describe('the language an OAuth state carries', () => {
  const secret = randomBytes(32);

  it('carries the admin’s language inside the signed state', () => {
    const state = createState('123', secret, Date.now(), 'es');
    expect(languageOfState(state)).toBe('es');
    expect(verifyState(state, secret, '123').nonce.length).toBeGreaterThan(8);
    expect(languageOfState(createState('123', secret))).toBe('en');
  });

  it('reads anything it does not speak, or cannot read, as English', () => {
    const forged = (payload: object) =>
      `${Buffer.from(JSON.stringify(payload)).toString('base64url')}.signature`;
    expect(languageOfState(forged({ l: 'es' }))).toBe('es');
    expect(languageOfState(forged({ l: 'fr' }))).toBe('en');
    expect(languageOfState(forged({ l: { toString: 'es' } }))).toBe('en');
    expect(languageOfState('not a state')).toBe('en');
    expect(languageOfState(null)).toBe('en');
  });
});
