// The HTTP front: every response gets an intuit_tid; injected latency, 5xx and dropped
// connections apply to everything except the /__emulator controls; the request log.
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { handleApi } from './api.js';
import type { Answer, Core } from './core.js';
import { jsonAnswer } from './core.js';
import { faults } from './faults.js';
import { handleOAuth, OAUTH_PATHS } from './oauth-routes.js';

export type ControlHandler = (method: string, url: URL, body: Buffer) => Promise<Answer> | Answer;

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: http.ServerResponse, answer: Answer): void {
  const headers: Record<string, string | number> = { ...(answer.headers ?? {}) };
  if (answer.contentType) headers['content-type'] = answer.contentType;
  const body = answer.body ?? '';
  headers['content-length'] = Buffer.byteLength(body);
  res.writeHead(answer.status, headers);
  res.end(body);
}

async function dispatch(
  core: Core,
  req: http.IncomingMessage,
  url: URL,
  body: Buffer,
): Promise<Answer> {
  const method = req.method ?? 'GET';
  const oauth = handleOAuth(core, method, url, req.headers, body);
  if (oauth) return oauth;
  if (/^\/v3\/company\/[^/]+\//.test(url.pathname) || /^\/v3\/company\/[^/]+$/.test(url.pathname))
    return handleApi(core, { method, url, headers: req.headers, body });
  return jsonAnswer(404, { error: 'not_found', path: url.pathname });
}

export function createServer(core: Core, control: ControlHandler): http.Server {
  return http.createServer((req, res) => {
    void (async () => {
      const tid = randomUUID();
      res.setHeader('intuit_tid', tid);
      const url = new URL(req.url ?? '/', 'http://emulator.local');
      const method = req.method ?? 'GET';
      try {
        const body = await readBody(req);
        if (url.pathname.startsWith('/__emulator/')) {
          send(res, await control(method, url, body));
          return;
        }
        const log = (status: number): void => {
          core.requests.push({
            method,
            path: url.pathname,
            query: url.search.replace(/^\?/, ''),
            status,
            intuitTid: tid,
            ...(url.searchParams.get('requestid')
              ? { requestId: url.searchParams.get('requestid') ?? '' }
              : {}),
            ...(url.searchParams.get('minorversion')
              ? { minorVersion: url.searchParams.get('minorversion') ?? '' }
              : {}),
          });
        };
        const latency = (): Promise<void> =>
          core.faults.latencyMs > 0
            ? new Promise((r) => setTimeout(r, core.faults.latencyMs))
            : Promise.resolve();
        const t = core.faults.target;
        const targeted =
          !t ||
          ((!t.method || t.method === method) &&
            (!t.pathEndsWith || url.pathname.endsWith(t.pathEndsWith)));
        if (targeted && core.faults.failCount > 0) {
          core.faults.failCount--;
          const status = core.faults.failStatus;
          await latency();
          log(status);
          // An injected 429 is QBO's throttle answer (code 3001, no Retry-After), like a real one.
          const fault = status === 429 ? faults.throttled() : faults.system(status);
          send(res, jsonAnswer(status, fault.body(core.clock.now())));
          return;
        }
        const answer = await dispatch(core, req, url, body);
        try {
          // Latency after the work, before the answer: the request stays in flight meanwhile,
          // holding its concurrent slot as a slow QuickBooks answer would.
          await latency();
          const hold =
            url.pathname === OAUTH_PATHS.token ? core.faults.tokenAnswerDelays.shift() : undefined;
          if (typeof hold === 'function') await hold().catch(() => undefined);
          else if (hold) await new Promise((r) => setTimeout(r, hold));
          if (targeted && core.faults.dropCount > 0) {
            // The work is done but the answer never arrives: the case requestid exists for.
            core.faults.dropCount--;
            log(0);
            req.socket.destroy();
            return;
          }
          log(answer.status);
          send(res, answer);
        } finally {
          answer.release?.();
        }
      } catch (e) {
        send(
          res,
          jsonAnswer(500, {
            error: 'emulator_error',
            message: e instanceof Error ? e.message : String(e),
          }),
        );
      }
    })();
  });
}
