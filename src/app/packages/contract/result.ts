import * as z from 'zod';
import { errorCodes } from './catalog';

export const operationErrorSchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  retryable: z.boolean(),
  fix: z.string().optional(),
  field: z.string().optional(),
});
export type OperationError = z.infer<typeof operationErrorSchema>;

export type Result<T> = { ok: true; data: T } | { ok: false; error: OperationError };

export function resultSchema<T extends z.ZodType>(data: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), data }),
    z.object({ ok: z.literal(false), error: operationErrorSchema }),
  ]);
}
