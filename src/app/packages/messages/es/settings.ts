/** Spanish for the settings page (connections, setup, reminders, past invoices). Each key is the English message (its id); each value its Spanish. */
export const settings = {} satisfies Record<string, string>;
