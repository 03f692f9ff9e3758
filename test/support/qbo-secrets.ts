import { randomBytes } from 'node:crypto';
import type { QuickBooksEmulator } from '../../emulators/quickbooks';

/** Where Intuit sends the admin back in the paste-back flow (any page the admin can copy from). */
export const PASTE_BACK_REDIRECT = 'https://example.com/quickbooks-connected';

/** The function secrets of a deployment whose QuickBooks is the emulator. */
export function qboSecrets(
  qbo: QuickBooksEmulator,
  redirectUri = PASTE_BACK_REDIRECT,
): Record<string, string> {
  qbo.addRedirectUri(redirectUri);
  return {
    QBO_CLIENT_ID: qbo.app.clientId,
    QBO_CLIENT_SECRET: qbo.app.clientSecret,
    QBO_REDIRECT_URI: redirectUri,
    QBO_ENVIRONMENT: 'sandbox',
    EMULATOR_QBO_API_URL: qbo.url,
    EMULATOR_QBO_AUTHORIZE_URL: qbo.oauth.authorizeUrl,
    EMULATOR_QBO_TOKEN_URL: qbo.oauth.tokenUrl,
    EMULATOR_QBO_REVOKE_URL: qbo.oauth.revokeUrl,
    TOKEN_ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}`,
    OAUTH_STATE_SECRET: randomBytes(32).toString('base64url'),
    QBO_WEBHOOK_VERIFIER_TOKEN: qbo.app.webhookVerifierToken,
  };
}
