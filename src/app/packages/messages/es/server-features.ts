/** Spanish for the functions' messages from the features (invoices, the wizard, sync), including timeline notes and tasks. Each key is the English message (its id); each value its Spanish. */
export const serverFeatures = {} satisfies Record<string, string>;
