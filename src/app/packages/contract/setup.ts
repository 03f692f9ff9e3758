import * as z from 'zod';

/** One thing setup installs in the portal, and whether it is there. */
export const setupItemSchema = z.object({
  key: z.string(),
  label: z.string(),
  done: z.boolean(),
});

export const setupStatusSchema = z.object({
  done: z.boolean(),
  items: z.array(setupItemSchema),
});
export type SetupStatus = z.infer<typeof setupStatusSchema>;

export const setupStatusInput = z.object({}).strict();
export const setupRunInput = z.object({}).strict();
export const setupRunOutput = setupStatusSchema.extend({
  /** Labels of what this run created; empty when everything was already there. */
  created: z.array(z.string()),
});
