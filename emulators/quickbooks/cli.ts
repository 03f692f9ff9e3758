// Starts the QuickBooks Online emulator with the demo companies and prints how to use it by hand.
// Usage: npx tsx emulators/quickbooks/cli.ts [--port 4321] [--host 127.0.0.1] [--seed demo|empty]
import { startQuickBooksEmulator } from './index.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const port = Number(arg('port') ?? process.env.QBO_EMULATOR_PORT ?? 4321);
const host = arg('host') ?? '127.0.0.1';
const seed = arg('seed') === 'empty' ? 'empty' : 'demo';
const emu = await startQuickBooksEmulator({ port, host, seed });
const basic = Buffer.from(`${emu.app.clientId}:${emu.app.clientSecret}`).toString('base64');
const redirect = emu.app.redirectUris[0] ?? '';
const authorize = `${emu.oauth.authorizeUrl}?client_id=${emu.app.clientId}&response_type=code&scope=com.intuit.quickbooks.accounting&state=xyz&redirect_uri=${encodeURIComponent(redirect)}`;

console.log(`QuickBooks Online emulator listening on ${emu.url}

API base          ${emu.url}/v3/company/{realmId}/...   (minorversion=75)
Authorize         ${emu.oauth.authorizeUrl}
Token             ${emu.oauth.tokenUrl}
Revoke            ${emu.oauth.revokeUrl}
User info         ${emu.oauth.userInfoUrl ?? ''}
Controls          ${emu.url}/__emulator/   (reset, clock, faults, limits, tokens, webhooks, requests)

Demo app
  client id       ${emu.app.clientId}
  client secret   ${emu.app.clientSecret}
  redirect URIs   ${emu.app.redirectUris.join('\n                  ')}
  webhook token   ${emu.app.webhookVerifierToken}

Realms
  US demo         ${emu.realms.us}   (sales tax, USD, automatic invoice numbers)
  UK demo         ${emu.realms.global}   (VAT, GBP + EUR/USD, custom invoice numbers)

1. Consent (granted automatically; add &realmId=${emu.realms.global} for the UK company):
   curl -si '${authorize}' | grep -i location

2. Exchange the code from that Location header:
   curl -s -X POST '${emu.oauth.tokenUrl}' -H 'Authorization: Basic ${basic}' \\
     -H 'Content-Type: application/x-www-form-urlencoded' \\
     -d 'grant_type=authorization_code&code=<CODE>&redirect_uri=${encodeURIComponent(redirect)}'

   (or skip the dance: curl -s -X POST ${emu.url}/__emulator/tokens/issue -d '{"realmId":"${emu.realms.us}"}')

3. Query:
   curl -s '${emu.url}/v3/company/${emu.realms.us}/query?minorversion=75&query=${encodeURIComponent("SELECT * FROM Customer WHERE DisplayName LIKE 'O%' MAXRESULTS 5")}' \\
     -H 'Authorization: Bearer <ACCESS_TOKEN>' -H 'Accept: application/json'

4. Refresh:
   curl -s -X POST '${emu.oauth.tokenUrl}' -H 'Authorization: Basic ${basic}' \\
     -d 'grant_type=refresh_token&refresh_token=<REFRESH_TOKEN>'
`);

const stop = (): void => {
  void emu.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
