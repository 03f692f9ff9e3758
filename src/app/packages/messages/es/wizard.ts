/** Spanish for the invoice wizard. Each key is the English message (its id); each value its Spanish. */
export const wizard = {} satisfies Record<string, string>;
