/** What the QuickBooks client needs to know; validated by the caller (serverless/config.ts). */
export interface QboOAuthConfig {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  environment: 'sandbox' | 'production';
  /** Set only to point at an emulator; Intuit's endpoints otherwise. */
  authorizeUrl?: string;
  tokenUrl?: string;
  revokeUrl?: string;
}

export interface QboClientConfig {
  /** `https://quickbooks.api.intuit.com`, the sandbox host, or an emulator's URL. */
  /** Intuit's API for the environment unless set (the emulator). */
  apiBaseUrl?: string;
  oauth: QboOAuthConfig;
  /** Intuit ignores everything older than 75 since 2025-08-01. */
  minorVersion?: 75;
}

export const intuitOAuthEndpoints = {
  authorizeUrl: 'https://appcenter.intuit.com/connect/oauth2',
  tokenUrl: 'https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer',
  revokeUrl: 'https://developer.api.intuit.com/v2/oauth2/tokens/revoke',
  userInfoUrl: {
    sandbox: 'https://sandbox-accounts.platform.intuit.com/v1/openid_connect/userinfo',
    production: 'https://accounts.platform.intuit.com/v1/openid_connect/userinfo',
  },
} as const;

export const intuitApiBaseUrls = {
  sandbox: 'https://sandbox-quickbooks.api.intuit.com',
  production: 'https://quickbooks.api.intuit.com',
} as const;

export const defaultMinorVersion = 75;
