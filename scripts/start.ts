/**
 * `npm start`: the offline sandbox. Starts the HubSpot CRM emulator and the QuickBooks Online
 * emulator with their demo data on fixed local ports (HubSpot 4010, QuickBooks 4020; override
 * with HUBSPOT_EMULATOR_PORT and QBO_EMULATOR_PORT, 0 for any free port), builds the app
 * functions and serves the sandbox pages (port 4000, SANDBOX_PORT) where the real card and
 * settings page run against them, rebuilding both on every change (docs/sandbox.md). It prints
 * the pages' addresses first, then how to use the emulators by hand, and writes the environment
 * that points the app functions at them to src/app/functions/.env (or SANDBOX_ENV_FILE), where
 * HubSpot's local development reads it. Ctrl+C stops everything.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startHubSpotEmulator } from '../emulators/hubspot';
import { startQuickBooksEmulator } from '../emulators/quickbooks';
import { startSandbox } from '../sandbox/server/server';
import { watchFunctions } from './build-functions';
import { qboSecrets } from '../test/support/qbo-secrets';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function port(name: string, fallback: number): number {
  const raw = process.env[name]?.trim();
  const value = raw ? Number(raw) : fallback;
  if (!Number.isInteger(value) || value < 0 || value > 65_535)
    throw new Error(`${name} must be a port number from 0 to 65535, not "${raw}"`);
  return value;
}

/** Replaces the sandbox's keys in an existing .env and keeps every other line as it was. */
function mergeEnvFile(file: string, env: Record<string, string>): void {
  const ours = new Set(Object.keys(env));
  const kept = existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter(
          (line) => !ours.has(line.split('=')[0]?.trim() ?? '') && !line.startsWith('# npm start'),
        )
    : [];
  while (kept.length > 0 && kept.at(-1)?.trim() === '') kept.pop();
  const block = [
    '# npm start: the offline sandbox (rewritten on every start)',
    ...Object.entries(env).map(([k, v]) => `${k}=${v}`),
  ];
  writeFileSync(file, `${[...kept, ...(kept.length > 0 ? [''] : []), ...block].join('\n')}\n`);
}

const [hubspot, qbo] = await Promise.all([
  startHubSpotEmulator({ port: port('HUBSPOT_EMULATOR_PORT', 4010), seed: 'demo' }),
  startQuickBooksEmulator({ port: port('QBO_EMULATOR_PORT', 4020), seed: 'demo' }),
]);

// The paste-back redirect: the emulator's own landing page shows the address to paste into the
// settings page's "Connect" box (it is registered by default; this keeps it so after a reset).
const redirectUri = `${qbo.url}/__emulator/oauth/callback`;

const env: Record<string, string> = {
  PRIVATE_APP_ACCESS_TOKEN: hubspot.token,
  EMULATOR_HUBSPOT_API_URL: hubspot.url,
  // The same QuickBooks secrets the tests use; fresh keys each start are fine, since the emulators
  // keep nothing across restarts.
  ...qboSecrets(qbo, redirectUri),
};
const envFile = process.env.SANDBOX_ENV_FILE ?? join(root, 'src', 'app', 'functions', '.env');
mergeEnvFile(envFile, env);
const shownEnvFile = relative(process.cwd(), envFile).startsWith('..')
  ? envFile
  : relative(process.cwd(), envFile);

// The pages run the built function bundles: build them now, and again on every change.
const stopWatchingFunctions = await watchFunctions();
const sandbox = await startSandbox({
  root,
  port: port('SANDBOX_PORT', 4000),
  hubspot: { url: hubspot.url, token: hubspot.token, portalId: hubspot.portalId },
  secrets: env,
  watch: true,
});

// QuickBooks' webhooks reach the sandbox's public endpoint function, as Intuit's would once the
// URL is registered (docs/deploy.md): a change made in the QuickBooks emulator reaches HubSpot at once.
qbo.webhooks.url = `${sandbox.url}/hs/serverless/qbo/webhooks`;

const basic = Buffer.from(`${qbo.app.clientId}:${qbo.app.clientSecret}`).toString('base64');
const authorize = new URL(qbo.oauth.authorizeUrl);
authorize.search = new URLSearchParams({
  client_id: qbo.app.clientId,
  response_type: 'code',
  scope: 'com.intuit.quickbooks.accounting',
  redirect_uri: redirectUri,
  state: 'try-it',
  realmId: qbo.realms.us,
}).toString();
const query = new URL(`${qbo.url}/v3/company/${qbo.realms.us}/query`);
query.search = new URLSearchParams({
  minorversion: '75',
  query: "SELECT * FROM Customer WHERE DisplayName LIKE 'C%' MAXRESULTS 5",
}).toString();
const demo = hubspot.demo.deals;

const viewer = (path: string) => `${sandbox.url}${path}`;
const lines = [
  `Sandbox                   ${sandbox.url}/`,
  '',
  'QuickBooks Online invoicing for HubSpot: offline sandbox',
  '',
  'Open the app in a browser (every screen, against the emulators):',
  `  index                   ${viewer('/')}`,
  `  settings page           ${viewer('/settings')}  (connect a company by paste-back, run setup)`,
  `  deal with a quote       ${viewer(`/record/deals/${demo.publishedQuote}`)}`,
  `  GBP deal                ${viewer(`/record/deals/${hubspot.demo.deals.foreignCurrency}`)}`,
  `  contact                 ${viewer(`/record/contacts/${hubspot.demo.contacts.amy}`)}`,
  `  company                 ${viewer(`/record/companies/${hubspot.demo.companies.amys}`)}`,
  '  (page bundles and function bundles rebuild on every change; reload the page)',
  '',
  `HubSpot CRM emulator      ${hubspot.url}`,
  `  access token            ${hubspot.token}`,
  `  portal id               ${hubspot.portalId}`,
  `  demo deals              published quote ${demo.publishedQuote}, expired quote ${demo.expiredQuote}, no quote ${demo.lineItemsOnly}`,
  `  controls                ${hubspot.url}/__emulator/ (reset, faults, requests, demo)`,
  '',
  `QuickBooks emulator       ${qbo.url}`,
  `  API base                ${qbo.url}/v3/company/<realmId>/...  (minorversion=75)`,
  `  authorize               ${qbo.oauth.authorizeUrl}`,
  `  token                   ${qbo.oauth.tokenUrl}`,
  `  revoke                  ${qbo.oauth.revokeUrl}`,
  `  client id               ${qbo.app.clientId}`,
  `  client secret           ${qbo.app.clientSecret}`,
  `  redirect URI            ${redirectUri}`,
  `  realm US                ${qbo.realms.us}  (sales tax, USD, QuickBooks numbers invoices)`,
  `  realm UK                ${qbo.realms.global}  (VAT, GBP with EUR/USD, custom invoice numbers)`,
  `  webhooks to             ${qbo.webhooks.url}`,
  `  controls                ${qbo.url}/__emulator/ (reset, clock, faults, limits, tokens, webhooks, requests)`,
  '',
  'Try the QuickBooks OAuth flow and a query by hand:',
  '  1. consent (granted at once; the Location header carries code, realmId and state):',
  `     curl -si '${authorize.toString()}' | grep -i '^location'`,
  '  2. exchange the code for tokens:',
  `     curl -s -X POST '${qbo.oauth.tokenUrl}' -H 'Authorization: Basic ${basic}' -H 'Accept: application/json' -d 'grant_type=authorization_code&code=<CODE>&redirect_uri=${encodeURIComponent(redirectUri)}'`,
  '  3. query with the access token:',
  `     curl -s '${query.toString()}' -H 'Authorization: Bearer <ACCESS_TOKEN>' -H 'Accept: application/json'`,
  `  HubSpot: curl -s -H 'Authorization: Bearer ${hubspot.token}' '${hubspot.url}/crm/v3/objects/deals?properties=dealname,amount'`,
  '',
  `Environment for the app functions (written to ${shownEnvFile}):`,
  ...Object.entries(env).map(([k, v]) => `  ${k}=${v}`),
  '',
  'Press Ctrl+C to stop.',
];
console.log(lines.join('\n'));

let stopping = false;
const stop = (): void => {
  if (stopping) return;
  stopping = true;
  void Promise.all([sandbox.close(), stopWatchingFunctions(), hubspot.close(), qbo.close()]).then(
    () => process.exit(0),
  );
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
