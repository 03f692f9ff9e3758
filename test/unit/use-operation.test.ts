import { describe, expect, it } from 'vitest';
import { asyncReducer } from '@qbo-invoicing/ui';

describe('async state', () => {
  it('ignores an answer to a request that is no longer the latest', () => {
    let state = asyncReducer<string>(
      { state: { status: 'loading' }, latest: 0 },
      { type: 'started', request: 1 },
    );
    state = asyncReducer(state, { type: 'started', request: 2 });
    state = asyncReducer(state, {
      type: 'finished',
      request: 1,
      result: { ok: true, data: 'stale' },
    });
    expect(state.state).toEqual({ status: 'loading' });
    state = asyncReducer(state, {
      type: 'finished',
      request: 2,
      result: { ok: true, data: 'fresh' },
    });
    expect(state.state).toEqual({ status: 'success', data: 'fresh' });
  });

  it('keeps the error of the latest request', () => {
    const error = { code: 'UNAVAILABLE' as const, message: 'down', retryable: true };
    const state = asyncReducer<string>(
      { state: { status: 'loading' }, latest: 3 },
      { type: 'finished', request: 3, result: { ok: false, error } },
    );
    expect(state.state).toEqual({ status: 'error', error });
  });
});
