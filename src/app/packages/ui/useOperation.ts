import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { OperationError, Result } from '@qbo-invoicing/contract';

export type AsyncState<T> =
  | { status: 'loading' }
  | { status: 'success'; data: T }
  | { status: 'error'; error: OperationError };

type AsyncEvent<T> =
  { type: 'started'; request: number } | { type: 'finished'; request: number; result: Result<T> };

interface Tracked<T> {
  state: AsyncState<T>;
  latest: number;
}

/** Pure; an answer to an older request than the latest is ignored, so a slow reply never wins. */
export function asyncReducer<T>(current: Tracked<T>, event: AsyncEvent<T>): Tracked<T> {
  if (event.type === 'started') return { state: { status: 'loading' }, latest: event.request };
  if (event.request !== current.latest) return current;
  const state: AsyncState<T> = event.result.ok
    ? { status: 'success', data: event.result.data }
    : { status: 'error', error: event.result.error };
  return { ...current, state };
}

/**
 * Runs an operation when the component mounts (and whenever `key` changes) and gives back its
 * state plus `reload` for Retry buttons. `run` must not throw: `call` never does.
 */
export function useOperation<T>(run: () => Promise<Result<T>>, key: string) {
  const [tracked, dispatch] = useReducer(asyncReducer<T>, {
    state: { status: 'loading' },
    latest: 0,
  });
  const counter = useRef(0);
  const runRef = useRef(run);
  // Keep the latest closure without re-running the request on every render.
  useEffect(() => {
    runRef.current = run;
  });

  const reload = useCallback(() => {
    const request = ++counter.current;
    dispatch({ type: 'started', request });
    void runRef.current().then((result) => dispatch({ type: 'finished', request, result }));
  }, []);

  useEffect(reload, [reload, key]);

  return { state: tracked.state, reload };
}
