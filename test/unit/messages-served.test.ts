/**
 * The Spanish reaches the extensions through the functions: the card and the settings page ask
 * for their catalog, and every call carries the user's locale so the functions answer in it.
 */
import { hubspot } from '@hubspot/ui-extensions';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cardOperationRoutes, settingsOperationRoutes } from '@qbo-invoicing/contract/catalog';
import { operationRoutes } from '@qbo-invoicing/contract/server';
import { callIn } from '@qbo-invoicing/ui';
import { main as invoicesMain } from '../../serverless/functions/invoices';
import { main as adminMain } from '../../serverless/functions/admin';
import { AppError } from '../../serverless/lib/errors';
import { toOperationError } from '../../serverless/runtime/errors';
import { translatorFor } from '../../serverless/lib/text';

afterEach(() => vi.restoreAllMocks());

describe('the catalogs the functions serve', () => {
  it('gives the card its Spanish, and English nothing to load', async () => {
    const spanish = await invoicesMain({
      parameters: { op: 'messages.card', input: { language: 'es' } },
    });
    expect(spanish).toMatchObject({ ok: true, data: { language: 'es' } });
    const messages = (spanish as { data: { messages: Record<string, string> } }).data.messages;
    expect(messages['Paid in full']).toBe('Pagada en su totalidad');
    const english = await adminMain({
      parameters: { op: 'messages.settings', input: { language: 'en' } },
    });
    expect(english).toEqual({ ok: true, data: { language: 'en', messages: {} } });
  });

  it('refuses a language it does not speak instead of guessing', async () => {
    const answer = await invoicesMain({
      parameters: { op: 'messages.card', input: { language: 'fr' } },
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('answers in the caller’s language, and in English for a locale it does not speak', async () => {
    const spanish = await invoicesMain({ parameters: { op: 'nope', locale: 'es-MX' } });
    expect(spanish).toMatchObject({
      ok: false,
      error: { message: 'Operación desconocida nope para esta función.' },
    });
    const french = await invoicesMain({ parameters: { op: 'nope', locale: 'fr-FR' } });
    expect(french).toMatchObject({
      ok: false,
      error: { message: 'Unknown operation nope for this function.' },
    });
  });

  it('says an error in the caller’s language with its values, and logs it in English', () => {
    const error = new AppError('INTERNAL', 'Something went wrong on our side. Try again.');
    expect(error.message).toBe('Something went wrong on our side. Try again.');
    expect(toOperationError(error, 'op', translatorFor('es-ES')).message).toBe(
      'Algo falló por nuestra parte. Inténtalo de nuevo.',
    );
  });
});

describe('callIn', () => {
  it('sends the user’s locale with every operation', async () => {
    const bridge = vi
      .spyOn(hubspot, 'serverless')
      .mockResolvedValue({ ok: true, data: { connections: [] } } as never);
    await callIn(settingsOperationRoutes, 'es-mx')('connections.list', {});
    expect(bridge).toHaveBeenCalledWith('admin-function', {
      parameters: { op: 'connections.list', input: {}, locale: 'es-mx' },
      propertiesToSend: [],
    });
  });

  it('calls only its own extension’s operations: the card’s table has no settings operation', async () => {
    const bridge = vi.spyOn(hubspot, 'serverless');
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = await callIn(cardOperationRoutes, 'es-mx')('connections.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(bridge).not.toHaveBeenCalled();
    expect(error).toHaveBeenCalledWith({ unroutedOperation: 'connections.list' });
  });

  it('splits every operation between the card’s table and the settings page’s, by function', () => {
    expect(Object.keys(operationRoutes).sort()).toEqual(
      [...Object.keys(cardOperationRoutes), ...Object.keys(settingsOperationRoutes)].sort(),
    );
    for (const route of Object.values(cardOperationRoutes)) expect(route.group).toBe('invoices');
    for (const route of Object.values(settingsOperationRoutes)) expect(route.group).toBe('admin');
  });
});
