import { connectionHandlers } from '../connections/handlers';
import { setupHandlers } from '../setup/handlers';
import { createFunction } from '../runtime/dispatch';

export const adminHandlers = { ...setupHandlers, ...connectionHandlers };

/** App function "admin-function": what the settings page calls. */
export const main = createFunction('admin', adminHandlers);
