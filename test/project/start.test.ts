/**
 * `npm start` brings up both emulators and the sandbox pages, and prints enough to use them by
 * hand: this runs it as a developer would, opens the printed pages, follows the printed OAuth
 * flow with axios, and calls both APIs.
 */
import axios from 'axios';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths';

let child: ChildProcess;
let output = '';
let dir: string;
let envFile: string;

function waitForOutput(text: string, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`npm start did not print "${text}":\n${output}`)),
      timeoutMs,
    );
    const check = () => {
      if (!output.includes(text)) return;
      clearTimeout(timer);
      resolve();
    };
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      check();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`npm start exited with ${String(code)}:\n${output}`));
    });
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sandbox-start-'));
  envFile = join(dir, '.env');
  writeFileSync(envFile, 'MY_OWN_SETTING=keep me\nQBO_CLIENT_ID=stale\n');
  child = spawn('npx', ['tsx', 'scripts/start.ts'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      HUBSPOT_EMULATOR_PORT: '0',
      QBO_EMULATOR_PORT: '0',
      SANDBOX_PORT: '0',
      SANDBOX_ENV_FILE: envFile,
    },
    detached: true, // its own process group, so npx and the script stop together
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await waitForOutput('Press Ctrl+C to stop.', 50_000);
}, 60_000);

afterAll(async () => {
  if (child.pid !== undefined && child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    process.kill(-child.pid, 'SIGTERM');
    await exited;
  }
  rmSync(dir, { recursive: true, force: true });
});

/** The value printed after a label, e.g. "  client id   ABC". */
function printed(label: string): string {
  const match = new RegExp(`^\\s*${label}\\s{2,}(\\S+)`, 'm').exec(output);
  if (!match?.[1]) throw new Error(`"${label}" is not printed:\n${output}`);
  return match[1];
}

/** The environment block: `  NAME=value` lines after the "Environment" heading. */
function printedEnv(): Record<string, string> {
  const block = output.slice(output.indexOf('Environment for the app functions'));
  return Object.fromEntries(
    [...block.matchAll(/^ {2}([A-Z_]+)=(.*)$/gm)].map((m) => [m[1] ?? '', m[2] ?? '']),
  );
}

describe('npm start', () => {
  it('prints the sandbox address first and serves its pages, bundles and functions', async () => {
    const first = output.trimStart().split('\n')[0] ?? '';
    expect(first).toMatch(/^Sandbox\s+http:\/\/127\.0\.0\.1:\d+\/$/);
    const sandbox = printed('Sandbox').replace(/\/$/, '');
    const index = await axios.get<string>(`${sandbox}/`);
    expect(index.data).toContain('App settings');
    const deal = await axios.get<string>(printed('deal with a quote'));
    // A deal shows both cards, each its own worker bundle; a contact only the invoices card.
    for (const uid of ['quickbooks-invoices-card', 'quickbooks-create-invoice-card']) {
      expect(deal.data).toContain(`/assets/${uid}.worker.js`);
      const worker = await axios.get<string>(`${sandbox}/assets/${uid}.worker.js`);
      expect(worker.headers['content-type']).toMatch(/javascript/);
      expect(worker.data).toContain('__HUBSPOT_EXTENSION_WORKER__');
    }
    const contact = await axios.get<string>(printed('contact'));
    expect(contact.data).toContain('/assets/quickbooks-invoices-card.worker.js');
    expect(contact.data).not.toContain('/assets/quickbooks-create-invoice-card.worker.js');
    // hubspot.serverless, as the settings page calls it: the built admin function answers.
    const status = await axios.post<{ response: { ok: boolean; error?: { code: string } } }>(
      `${sandbox}/api/serverless`,
      { uid: 'admin-function', parameters: { op: 'setup.status', input: {} }, record: null },
    );
    expect(status.data.response.ok).toBe(true);
    // The public endpoint function, under HubSpot's path: it answers an incomplete callback.
    const callback = await axios.get<string>(`${sandbox}/hs/serverless/qbo/oauth/callback`, {
      validateStatus: () => true,
    });
    expect(callback.status).toBe(400);
    expect(callback.data).toContain('not connected');
    const nothing = await axios.get(`${sandbox}/hs/serverless/nowhere`, {
      validateStatus: () => true,
    });
    expect(nothing.status).toBe(404);
  });

  it('prints the environment that points the functions at both emulators, and writes it to .env', () => {
    const env = printedEnv();
    expect(Object.keys(env).sort()).toEqual(
      [
        'PRIVATE_APP_ACCESS_TOKEN',
        'EMULATOR_HUBSPOT_API_URL',
        'QBO_CLIENT_ID',
        'QBO_CLIENT_SECRET',
        'QBO_REDIRECT_URI',
        'QBO_ENVIRONMENT',
        'EMULATOR_QBO_API_URL',
        'EMULATOR_QBO_AUTHORIZE_URL',
        'EMULATOR_QBO_TOKEN_URL',
        'EMULATOR_QBO_REVOKE_URL',
        'TOKEN_ENCRYPTION_KEYS',
        'OAUTH_STATE_SECRET',
        'QBO_WEBHOOK_VERIFIER_TOKEN',
      ].sort(),
    );
    expect(env.QBO_ENVIRONMENT).toBe('sandbox');
    expect(env.EMULATOR_HUBSPOT_API_URL).toBe(printed('HubSpot CRM emulator'));
    expect(env.EMULATOR_QBO_API_URL).toBe(printed('QuickBooks emulator'));
    expect(env.QBO_CLIENT_ID).toBe(printed('client id'));
    expect(env.QBO_CLIENT_SECRET).toBe(printed('client secret'));
    expect(env.QBO_REDIRECT_URI).toBe(printed('redirect URI'));
    expect(env.TOKEN_ENCRYPTION_KEYS).toMatch(/^k1:[A-Za-z0-9+/]{43}=$/);

    const written = readFileSync(envFile, 'utf8');
    expect(written).toContain('MY_OWN_SETTING=keep me');
    expect(written).not.toContain('QBO_CLIENT_ID=stale');
    for (const [key, value] of Object.entries(env)) expect(written).toContain(`${key}=${value}\n`);
  });

  it('serves the HubSpot demo portal with the printed token', async () => {
    const env = printedEnv();
    const deals = await axios.get(`${env.EMULATOR_HUBSPOT_API_URL}/crm/v3/objects/deals`, {
      headers: { Authorization: `Bearer ${env.PRIVATE_APP_ACCESS_TOKEN}` },
    });
    expect(deals.status).toBe(200);
    expect((deals.data as { results: unknown[] }).results.length).toBeGreaterThan(0);
    const refused = await axios.get(`${env.EMULATOR_HUBSPOT_API_URL}/crm/v3/objects/deals`, {
      validateStatus: () => true,
    });
    expect(refused.status).toBe(401);
  });

  it('runs the printed OAuth flow to a token that reads each printed QuickBooks company', async () => {
    const env = printedEnv();
    const authorizeUrl = /curl -si '([^']+)'/.exec(output)?.[1];
    expect(authorizeUrl).toBeDefined();
    for (const realmId of [printed('realm US'), printed('realm UK')]) {
      const url = new URL(authorizeUrl ?? '');
      url.searchParams.set('realmId', realmId);
      const consent = await axios.get(url.toString(), {
        maxRedirects: 0,
        validateStatus: () => true,
      });
      expect(consent.status).toBe(302);
      const location = String(consent.headers.location);
      expect(location.startsWith(`${env.QBO_REDIRECT_URI}?`)).toBe(true);
      // The registered redirect is the emulator's landing page, which shows what to paste back.
      const landing = await axios.get<Record<string, string>>(location);
      expect(landing.data).toMatchObject({ realmId, state: 'try-it' });

      const tokens = await axios.post<{ access_token: string }>(
        env.EMULATOR_QBO_TOKEN_URL ?? '',
        new URLSearchParams({
          grant_type: 'authorization_code',
          code: landing.data.code ?? '',
          redirect_uri: env.QBO_REDIRECT_URI ?? '',
        }).toString(),
        {
          auth: { username: env.QBO_CLIENT_ID ?? '', password: env.QBO_CLIENT_SECRET ?? '' },
          headers: {
            'Content-Type': 'application/x-www-form-urlencoded',
            Accept: 'application/json',
          },
        },
      );
      const info = await axios.get<{ CompanyInfo: { Id: string; CompanyName: string } }>(
        `${env.EMULATOR_QBO_API_URL}/v3/company/${realmId}/companyinfo/${realmId}`,
        {
          params: { minorversion: '75' },
          headers: {
            Authorization: `Bearer ${tokens.data.access_token}`,
            Accept: 'application/json',
          },
        },
      );
      expect(info.data.CompanyInfo.Id).toBe(realmId);
      expect(info.data.CompanyInfo.CompanyName).not.toBe('');
    }
  });

  it('prints a query that the API accepts', async () => {
    const env = printedEnv();
    const queryUrl = /curl -s '([^']*\/query\?[^']+)'/.exec(output)?.[1];
    expect(queryUrl).toBeDefined();
    const realmId = printed('realm US');
    const token = (
      await axios.post<{ access_token: string }>(
        `${env.EMULATOR_QBO_API_URL}/__emulator/tokens/issue`,
        { realmId },
      )
    ).data.access_token;
    const res = await axios.get<{ QueryResponse: { Customer?: unknown[] } }>(queryUrl ?? '', {
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
    });
    expect(res.data.QueryResponse.Customer?.length).toBeGreaterThan(0);
  });
});
