import type { InvoiceSummary } from '@qbo-invoicing/contract';
import type { Call } from '@qbo-invoicing/ui';
import type {
  OperationError,
  OperationName,
  OperationOutput,
  Result,
} from '@qbo-invoicing/contract';

type Answer<N extends OperationName> =
  | Result<OperationOutput<N>>
  | (() => Result<OperationOutput<N>> | Promise<Result<OperationOutput<N>>>);

/**
 * A `call` for UI tests that answers from a script and records what was asked, so a test can
 * drive each state of a component without a function or an emulator.
 */
export function scriptedCall(script: { [N in OperationName]?: Answer<N> | Array<Answer<N>> }) {
  const calls: Array<{ op: OperationName; input: unknown }> = [];
  const queues = new Map<string, unknown[]>(
    Object.entries(script).map(([op, answers]) => [
      op,
      Array.isArray(answers) ? [...answers] : [answers],
    ]),
  );
  const call: Call = async (op, input) => {
    calls.push({ op, input });
    const queue = queues.get(op);
    if (!queue || queue.length === 0) throw new Error(`No scripted answer for ${op}`);
    // The last answer repeats, so a test scripts only what changes.
    const next = (queue.length > 1 ? queue.shift() : queue[0]) as Answer<typeof op>;
    return typeof next === 'function' ? await next() : next;
  };
  return { call, calls };
}

export const ok = <T>(data: T) => ({ ok: true as const, data });
export const failure = (error: Partial<OperationError> & Pick<OperationError, 'message'>) => ({
  ok: false as const,
  error: { code: 'UNAVAILABLE' as const, retryable: true, ...error },
});

type ListAnswer = OperationOutput<'invoices.listForRecord'>;

/** An `invoices.listForRecord` answer with these invoices, fresh from QuickBooks. */
export const listed = (invoices: InvoiceSummary[], extra: Partial<ListAnswer> = {}) =>
  ok<ListAnswer>({ invoices, totals: [], freshness: [], companies: 'usable', ...extra });
