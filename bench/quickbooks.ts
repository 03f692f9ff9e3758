/**
 * The QuickBooks emulator's throughput and the QuickBooks client's overhead per call.
 *
 * The emulator runs in its own process (as `npm start` runs it), so the load generator and the
 * server do not share an event loop. Its rate limits are switched off over HTTP.
 *
 * 1. Throughput: a bounded loop (count and time) of reads (`GET /customer/{id}`) and of queries,
 *    with 1 and with 8 requests in flight, over keep-alive sockets with Node's bare `http`.
 * 2. Overhead: the client's `customers.get` / `customers.page` against a bare axios call to the
 *    same URL with the same headers, N sequential calls each, interleaved pair by pair (and the
 *    order inside a pair alternating) so both see the same machine state.
 */
import axios from 'axios';
import { spawn } from 'node:child_process';
import http from 'node:http';
import { createQboClient, select, type QboCompany } from '../serverless/quickbooks';
import { RateLimiter } from '../serverless/quickbooks/rate-limiter';
import { InMemoryTokenStore } from '../serverless/quickbooks/token-store';
import { repoRoot } from '../test/support/paths';

const WARMUP = 1_000;
const MAX_REQUESTS = 5_000;
const MAX_MS = 4_000;
/** Each throughput row is run this many times; the table shows the median and the range. */
const ROUNDS = 3;
const PAIRS = 1_000;
const PAIRS_MAX_MS = 30_000;

interface Emulator {
  url: string;
  stop(): Promise<void>;
}

/** The emulator's CLI in a child process; resolves once it prints its URL. */
function startEmulatorProcess(): Promise<Emulator> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'emulators/quickbooks/cli.ts'], {
    cwd: repoRoot,
    env: { ...process.env, QBO_EMULATOR_PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`emulator did not start:\n${out}`)), 30_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const url = /listening on (http:\/\/\S+)/.exec(out)?.[1];
      if (!url) return;
      clearTimeout(timer);
      child.stdout.removeAllListeners('data');
      child.stdout.resume();
      resolve({
        url,
        stop: () =>
          new Promise((done) => {
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
    child.once('exit', (code) => reject(new Error(`emulator exited (${code}):\n${out}`)));
  });
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? 0;
}

const ms = (n: number) => n.toFixed(3);

/** One GET over a keep-alive agent; rejects unless the answer is 200. */
function get(agent: http.Agent, url: URL, token: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = http.get(
      url,
      { agent, headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } },
      (res) => {
        res.resume();
        res.on('end', () =>
          res.statusCode === 200 ? resolve() : reject(new Error(`HTTP ${res.statusCode}`)),
        );
      },
    );
    req.on('error', reject);
  });
}

async function throughput(
  url: URL,
  token: string,
  concurrency: number,
): Promise<{ requests: number; seconds: number; rps: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  for (let i = 0; i < WARMUP; i++) await get(agent, url, token);
  let started = 0;
  let done = 0;
  const t0 = performance.now();
  const worker = async () => {
    while (started < MAX_REQUESTS && performance.now() - t0 < MAX_MS) {
      started++;
      await get(agent, url, token);
      done++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - t0) / 1000;
  agent.destroy();
  return { requests: done, seconds, rps: done / seconds };
}

interface Pair {
  name: string;
  viaClient: () => Promise<unknown>;
  viaAxios: () => Promise<unknown>;
}

async function overhead(pair: Pair): Promise<{ client: number[]; bare: number[] }> {
  const client: number[] = [];
  const bare: number[] = [];
  const time = async (fn: () => Promise<unknown>, into: number[]) => {
    const t = performance.now();
    await fn();
    into.push(performance.now() - t);
  };
  for (let i = 0; i < 50; i++) {
    await pair.viaClient();
    await pair.viaAxios();
  }
  const t0 = performance.now();
  for (let i = 0; i < PAIRS && performance.now() - t0 < PAIRS_MAX_MS; i++) {
    if (i % 2 === 0) {
      await time(pair.viaClient, client);
      await time(pair.viaAxios, bare);
    } else {
      await time(pair.viaAxios, bare);
      await time(pair.viaClient, client);
    }
  }
  return { client, bare };
}

export async function benchQuickBooks(): Promise<string[]> {
  const emulator = await startEmulatorProcess();
  try {
    const control = axios.create({ baseURL: `${emulator.url}/__emulator` });
    await control.post('/limits', { enabled: false });
    const info = (await control.get('/info')).data as {
      app: { clientId: string; clientSecret: string; redirectUris: string[] };
      oauth: { authorizeUrl: string; tokenUrl: string; revokeUrl: string };
      realms: { us: string };
    };
    const realmId = info.realms.us;
    const issued = (await control.post('/tokens/issue', { realmId })).data as {
      access_token: string;
      refresh_token: string;
    };
    const token = issued.access_token;
    const base = `${emulator.url}/v3/company/${realmId}`;
    const statement = "SELECT * FROM Customer WHERE DisplayName LIKE 'C%' MAXRESULTS 10";
    const customerId = '1';
    const readUrl = new URL(`${base}/customer/${customerId}?minorversion=75`);
    const queryUrl = new URL(
      `${base}/query?minorversion=75&query=${encodeURIComponent(statement)}`,
    );

    const lines = [
      `Emulator in its own process, limits off; reads \`GET /customer/${customerId}\`, queries \`${statement}\`;`,
      `${WARMUP} warm-up requests, then ${ROUNDS} rounds of up to ${MAX_REQUESTS} requests or ${MAX_MS / 1000} s each per row.`,
      '',
      '| endpoint | in flight | requests per round | requests/s, median of rounds | range |',
      '|---|---|---|---|---|',
    ];
    for (const [name, url] of [
      ['read', readUrl],
      ['query', queryUrl],
    ] as const) {
      for (const concurrency of [1, 8]) {
        const rounds = [];
        for (let i = 0; i < ROUNDS; i++) rounds.push(await throughput(url, token, concurrency));
        const rps = rounds.map((r) => r.rps);
        lines.push(
          `| ${name} | ${concurrency} | ${Math.min(...rounds.map((r) => r.requests))} | ${Math.round(percentile(rps, 50))} | ${Math.round(Math.min(...rps))}–${Math.round(Math.max(...rps))} |`,
        );
      }
    }

    const now = Date.now();
    const store = new InMemoryTokenStore({
      [realmId]: {
        accessToken: token,
        refreshToken: issued.refresh_token,
        accessTokenExpiresAt: new Date(now + 3_600_000).toISOString(),
        refreshTokenExpiresAt: new Date(now + 100 * 86_400_000).toISOString(),
      },
    });
    const client = createQboClient({
      config: {
        apiBaseUrl: emulator.url,
        oauth: {
          clientId: info.app.clientId,
          clientSecret: info.app.clientSecret,
          redirectUri: info.app.redirectUris[0] ?? '',
          environment: 'sandbox',
          ...info.oauth,
        },
        minorVersion: 75,
      },
      tokenStore: store,
      // Its bookkeeping runs on every call, but it never makes one wait here.
      rateLimiter: new RateLimiter([{ limit: 1_000_000, windowMs: 1 }]),
    });
    const company: QboCompany = client.forRealm(realmId);
    const bare = axios.create();
    const headers = { Authorization: `Bearer ${token}`, Accept: 'application/json' };
    const pairs: Pair[] = [
      {
        name: 'read a customer',
        viaClient: () => company.customers.get(customerId),
        viaAxios: () => bare.get(readUrl.toString(), { headers }),
      },
      {
        name: 'query 10 customers',
        viaClient: () =>
          company.customers.page(select('Customer').startsWith('DisplayName', 'C').maxResults(10)),
        viaAxios: () => bare.get(queryUrl.toString(), { headers }),
      },
    ];
    lines.push(
      '',
      `Client against bare axios, same URL and headers: ${PAIRS} interleaved pairs (at most ${PAIRS_MAX_MS / 1000} s) after 50 warm-up pairs, one call at a time.`,
      '',
      '| call | calls each | axios median (ms) | client median (ms) | overhead median (ms) | axios p95 (ms) | client p95 (ms) | overhead p95 (ms) |',
      '|---|---|---|---|---|---|---|---|',
    );
    for (const pair of pairs) {
      const r = await overhead(pair);
      const [bm, cm] = [percentile(r.bare, 50), percentile(r.client, 50)];
      const [b95, c95] = [percentile(r.bare, 95), percentile(r.client, 95)];
      lines.push(
        `| ${pair.name} | ${r.client.length} | ${ms(bm)} | ${ms(cm)} | ${ms(cm - bm)} | ${ms(b95)} | ${ms(c95)} | ${ms(c95 - b95)} |`,
      );
    }
    return lines;
  } finally {
    await emulator.stop();
  }
}
