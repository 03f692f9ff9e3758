import { AppError } from '../lib/errors';

export interface RedirectParams {
  code: string;
  realmId: string;
  state: string;
}

const notARedirect = (why: string) =>
  new AppError('INVALID_INPUT', `That is not the address QuickBooks sent you back to: ${why}.`, {
    field: 'redirectUrl',
    fix: 'After approving in QuickBooks, copy the whole address from the browser’s address bar and paste it here.',
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
    throw notARedirect('it is not a web address');
  }
  const expected = new URL(expectedRedirectUri);
  if (url.origin !== expected.origin || url.pathname !== expected.pathname) {
    throw notARedirect(`it should start with ${expected.origin}${expected.pathname}`);
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
    throw new AppError('QUICKBOOKS_REJECTED', `QuickBooks did not grant access (${error}).`, {
      field: 'redirectUrl',
      fix: 'Start again with Connect.',
    });
  }
  const code = params.get('code');
  const realmId = params.get('realmId');
  const state = params.get('state');
  if (!code || !state) throw notARedirect('it has no authorization code or state');
  if (!realmId || !/^\d+$/.test(realmId))
    throw notARedirect('it names no QuickBooks company (realmId)');
  return { code, realmId, state };
}
