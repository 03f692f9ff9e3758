/** Spanish for the invoices card (the list, the preview, linking and sending invoices). Each key is the English message (its id); each value its Spanish. */
export const card = {} satisfies Record<string, string>;
