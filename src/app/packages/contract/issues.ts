import type * as z from 'zod';

/** Turns zod issues into one sentence that names each offending field. */
export function describeIssues(
  error: z.ZodError,
  root = 'input',
): { message: string; field: string } {
  const parts = error.issues.map((issue) => {
    const path = [root, ...issue.path.map(String)].join('.');
    return `${path}: ${issue.message}`;
  });
  const first = error.issues[0];
  const field = [root, ...(first?.path.map(String) ?? [])].join('.');
  return { message: `Invalid ${root}. ${parts.join('; ')}`, field };
}
