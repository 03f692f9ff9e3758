import type { OperationContext } from '../runtime/dispatch';

/** What the invoices feature works with: the call's composition root, as operations receive it. */
export type Services = OperationContext['services'];
