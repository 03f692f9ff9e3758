import { AppError } from '../lib/errors';

export interface RedirectParams {
  code: string;
  realmId: string;
  state: string;
}

/** Each way a pasted address can be wrong, said as one sentence. */
type NotARedirect =
  | 'That is not the address QuickBooks sent you back to: it is not a web address.'
  | 'That is not the address QuickBooks sent you back to: it should start with {expected}.'
  | 'That is not the address QuickBooks sent you back to: it has no authorization code or state.'
  | 'That is not the address QuickBooks sent you back to: it names no QuickBooks company (realmId).';

const notARedirect = (message: NotARedirect, values: { expected?: string } = {}) =>
  new AppError('INVALID_INPUT', message, {
    field: 'redirectUrl',
    fix: 'After approving in QuickBooks, copy the whole address from the browser’s address bar and paste it here.',
    values,
  });

/**
 * Reads what Intuit put on the redirect: `code`, `realmId` and `state`, or `error` when the admin
 * declined. Every way a pasted address can be wrong gets its own message.
 */
export function parseRedirect(redirectUrl: string, expectedRedirectUri: string): RedirectParams {
  let url: URL;
  try {
    url = new URL(redirectUrl.trim());
  } catch {
    throw notARedirect(
      'That is not the address QuickBooks sent you back to: it is not a web address.',
    );
  }
  const expected = new URL(expectedRedirectUri);
  if (url.origin !== expected.origin || url.pathname !== expected.pathname) {
    throw notARedirect(
      'That is not the address QuickBooks sent you back to: it should start with {expected}.',
      { expected: `${expected.origin}${expected.pathname}` },
    );
  }
  const params = url.searchParams;
  const error = params.get('error');
  if (error === 'access_denied') {
    throw new AppError(
      'INVALID_INPUT',
      'QuickBooks access was declined, so nothing was connected.',
      {
        field: 'redirectUrl',
        fix: 'Start again with Connect and choose Connect (not Cancel) on the QuickBooks page.',
      },
    );
  }
  if (error) {
    throw new AppError('QUICKBOOKS_REJECTED', 'QuickBooks did not grant access ({reason}).', {
      field: 'redirectUrl',
      fix: 'Start again with Connect.',
      values: { reason: error },
    });
  }
  const code = params.get('code');
  const realmId = params.get('realmId');
  const state = params.get('state');
  if (!code || !state) {
    throw notARedirect(
      'That is not the address QuickBooks sent you back to: it has no authorization code or state.',
    );
  }
  if (!realmId || !/^\d+$/.test(realmId)) {
    throw notARedirect(
      'That is not the address QuickBooks sent you back to: it names no QuickBooks company (realmId).',
    );
  }
  return { code, realmId, state };
}
