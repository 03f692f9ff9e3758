/**
 * The browser's side of every operation (`callIn` in @qbo-invoicing/ui): where it sends the
 * operation, and what it accepts back. The function has checked the data against the contract;
 * the browser checks only the envelope, and never throws.
 */
import { hubspot } from '@hubspot/ui-extensions';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { operationRoutes } from '@qbo-invoicing/contract/server';
import { callIn, envelopeOf } from '@qbo-invoicing/ui';

/** Every operation, naming no locale (the functions answer in English). */
const call = callIn(operationRoutes);

afterEach(() => vi.restoreAllMocks());

describe('call', () => {
  it('sends a record-scoped operation to its function with the record id HubSpot fetches', async () => {
    const bridge = vi
      .spyOn(hubspot, 'serverless')
      .mockResolvedValue({ ok: true, data: { invoices: [] } } as never);
    const result = await call('invoices.listForRecord', { objectType: 'deals', timeZone: 'UTC' });
    expect(result).toEqual({ ok: true, data: { invoices: [] } });
    expect(bridge).toHaveBeenCalledWith('invoices-function', {
      parameters: { op: 'invoices.listForRecord', input: { objectType: 'deals', timeZone: 'UTC' } },
      propertiesToSend: ['hs_object_id', 'createdate', 'dealname', 'email', 'domain'],
    });
  });

  it('sends an admin operation to the admin function without record properties', async () => {
    const bridge = vi
      .spyOn(hubspot, 'serverless')
      .mockResolvedValue({ ok: true, data: { connections: [] } } as never);
    await call('connections.list', {});
    expect(bridge).toHaveBeenCalledWith('admin-function', {
      parameters: { op: 'connections.list', input: {} },
      propertiesToSend: [],
    });
  });

  it('turns a failed bridge into a retryable UNAVAILABLE error', async () => {
    vi.spyOn(hubspot, 'serverless').mockRejectedValue(new Error('socket hang up'));
    const result = await call('setup.status', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE', retryable: true } });
  });

  it('turns an answer that is not an envelope into a retryable INTERNAL error', async () => {
    vi.spyOn(hubspot, 'serverless').mockResolvedValue('<html>502</html>' as never);
    const result = await call('setup.status', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL', retryable: true } });
    expect(JSON.stringify(result)).not.toContain('502');
  });
});

describe('envelopeOf', () => {
  it('passes a well-formed error through, with its fix and field', () => {
    const error = {
      code: 'INVALID_INPUT',
      message: 'Invalid input. input.realmId: must be digits',
      retryable: false,
      fix: 'Pick a company',
      field: 'input.realmId',
    };
    expect(envelopeOf({ ok: false, error })).toEqual({ ok: false, error });
  });

  it.each([
    ['null', null],
    ['an array', [{ ok: true, data: {} }]],
    ['ok without data', { ok: true }],
    ['ok as a string', { ok: 'true', data: {} }],
    [
      'an unknown error code',
      { ok: false, error: { code: 'TEAPOT', message: 'x', retryable: true } },
    ],
    ['an error without a message', { ok: false, error: { code: 'INTERNAL', retryable: true } }],
    [
      'retryable as text',
      { ok: false, error: { code: 'INTERNAL', message: 'x', retryable: 'no' } },
    ],
    [
      'a fix that is not text',
      { ok: false, error: { code: 'INTERNAL', message: 'x', retryable: true, fix: 1 } },
    ],
  ])('refuses %s', (_label, raw) => {
    expect(envelopeOf(raw)).toBeNull();
  });

  it('drops what an error carries beyond code, message, retryable, fix and field', () => {
    const result = envelopeOf({
      ok: false,
      error: { code: 'INTERNAL', message: 'x', retryable: true, stack: 'at secret.js:1' },
    });
    expect(result).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'x', retryable: true },
    });
  });
});
