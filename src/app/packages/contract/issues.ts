import type * as z from 'zod';

/** The most of any one thing the browser sent that a message repeats. */
const EXCERPT = 40;
/** The most problems one message lists; the first one is the field the UI points at. */
const MOST_ISSUES = 5;

/**
 * Something the browser sent (a field name, an operation name), repeated at most 40 characters
 * long and JSON-escaped unless it is a plain word: the one way any message echoes input.
 */
export function excerpt(text: string): string {
  const short = text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text;
  return /^[A-Za-z0-9_]+$/.test(short) ? short : JSON.stringify(short);
}

function messageOf(issue: z.core.$ZodIssue): string {
  // zod names unknown keys in its message: repeat them only as excerpts.
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.slice(0, 3).map(excerpt).join(', ');
    const more = issue.keys.length > 3 ? ` and ${issue.keys.length - 3} more` : '';
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${keys}${more}`;
  }
  return issue.message.length > 200 ? `${issue.message.slice(0, 200)}…` : issue.message;
}

/**
 * Turns zod issues into one sentence that names each offending field. What the browser sent is
 * repeated only as short escaped excerpts (field names it made up, never values).
 */
export function describeIssues(
  error: z.ZodError,
  root = 'input',
): { message: string; field: string } {
  const pathOf = (issue: z.core.$ZodIssue) =>
    [root, ...issue.path.map((segment) => excerpt(String(segment)))].join('.');
  const parts = error.issues
    .slice(0, MOST_ISSUES)
    .map((issue) => `${pathOf(issue)}: ${messageOf(issue)}`);
  const more =
    error.issues.length > MOST_ISSUES ? `; and ${error.issues.length - MOST_ISSUES} more` : '';
  const first = error.issues[0];
  return {
    message: `Invalid ${root}. ${parts.join('; ')}${more}`,
    field: first ? pathOf(first) : root,
  };
}
