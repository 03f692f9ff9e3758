import * as z from 'zod';
import { languages } from '@qbo-invoicing/messages/format';

/** An extension asks for its catalog in the user's language (English needs none). */
export const messagesInput = z.strictObject({ language: z.enum(languages) });

/** Spanish by English id; empty for English. */
export const messagesOutput = z.strictObject({
  language: z.enum(languages),
  messages: z.record(z.string(), z.string()),
});
