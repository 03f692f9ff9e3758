/**
 * The sandbox server: the pages, their bundles, `hubspot.serverless` (POST /api/serverless, run
 * by the built function bundles against the emulators), the record properties a page shows, and
 * the app's public endpoint functions under HubSpot's `/hs/serverless/<path>`.
 */
import axios from 'axios';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildBundles, type Bundles } from './bundles';
import { readExtensions, type ExtensionMeta } from './extensions';
import { createFunctionRunner, FunctionNotBuilt } from './functions';
import {
  indexPage,
  locales,
  messagePage,
  objectTypes,
  recordPage,
  settingsPage,
  timeZones,
  type ObjectTypeName,
  type Viewer,
} from './pages';

export interface SandboxOptions {
  root: string;
  /** 0 (the default) for any free port. */
  port?: number;
  hubspot: { url: string; token: string; portalId: number };
  /** The app functions' secrets (QuickBooks app, encryption keys, emulator URLs). */
  secrets: Record<string, string>;
  /** Where the built function bundles are, if not in src/app/functions. */
  bundleDir?: string;
  /** Rebuild the page and worker bundles whenever a source file changes. */
  watch?: boolean;
}

export interface Sandbox {
  url: string;
  bundles: Bundles;
  close(): Promise<void>;
}

const MAX_BODY = 1024 * 1024;

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error('The request body is too large.');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
  res.end(body);
}
const json = (res: ServerResponse, status: number, value: unknown) =>
  send(res, status, 'application/json', JSON.stringify(value));

function viewerOf(url: URL): Viewer {
  const locale = url.searchParams.get('locale') ?? '';
  const timeZone = url.searchParams.get('timeZone') ?? '';
  return {
    locale: locales.includes(locale) ? locale : 'en-US',
    timeZone: timeZones.includes(timeZone) ? timeZone : 'America/New_York',
  };
}

export async function startSandbox(options: SandboxOptions): Promise<Sandbox> {
  const extensions = readExtensions(options.root);
  const cards = extensions.filter((e) => e.kind === 'card');
  // HubSpot's sidebar order is the admin's; the sandbox shows the list first, then the others.
  cards.sort((a, b) => b.objectTypes.length - a.objectTypes.length || a.uid.localeCompare(b.uid));
  const settings = extensions.find((e) => e.kind === 'settings') as ExtensionMeta;
  const bundles = await buildBundles(options.root, extensions);
  if (options.watch) await bundles.watch();
  const functions = createFunctionRunner({
    root: options.root,
    hubspotUrl: options.hubspot.url,
    accessToken: options.hubspot.token,
    secrets: options.secrets,
    bundleDir: options.bundleDir,
  });
  const crm = axios.create({
    baseURL: options.hubspot.url,
    headers: { authorization: `Bearer ${options.hubspot.token}` },
  });

  async function recordsOf(type: ObjectTypeName) {
    const nameProperty = objectTypes[type].nameProperty;
    const response = await crm.get<{
      results: Array<{ id: string; properties: Record<string, string | null> }>;
    }>(`/crm/v3/objects/${type}`, { params: { limit: 100, properties: nameProperty } });
    return response.data.results.map((r) => ({
      id: r.id,
      name: r.properties[nameProperty] || `${objectTypes[type].singular} ${r.id}`,
    }));
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://sandbox');
    const viewer = viewerOf(url);
    const path = url.pathname;

    if (req.method === 'GET' && path === '/') {
      const [deals, contacts, companies] = await Promise.all([
        recordsOf('deals'),
        recordsOf('contacts'),
        recordsOf('companies'),
      ]);
      return send(res, 200, 'text/html', indexPage(viewer, { deals, contacts, companies }));
    }
    if (req.method === 'GET' && path === '/settings') {
      return send(res, 200, 'text/html', settingsPage(viewer, settings, options.hubspot.portalId));
    }
    const record = /^\/record\/(deals|contacts|companies)\/(\d+)$/.exec(path);
    if (req.method === 'GET' && record) {
      const type = record[1] as ObjectTypeName;
      const found = await crm.get<{ id: string; properties: Record<string, string | null> }>(
        `/crm/v3/objects/${type}/${record[2]}`,
        {
          params: { properties: objectTypes[type].nameProperty },
          validateStatus: (s) => s === 200 || s === 404,
        },
      );
      if (found.status === 404)
        return send(
          res,
          404,
          'text/html',
          messagePage(viewer, 'Not found', `No ${type} record ${record[2]} in the demo portal.`),
        );
      const name =
        found.data.properties[objectTypes[type].nameProperty] ||
        `${objectTypes[type].singular} ${found.data.id}`;
      return send(
        res,
        200,
        'text/html',
        recordPage(
          viewer,
          cards.filter((card) => card.objectTypes.includes(type)),
          options.hubspot.portalId,
          type,
          { id: found.data.id, name },
        ),
      );
    }
    const asset = /^\/assets\/([a-z.-]+)$/.exec(path);
    if (req.method === 'GET' && asset) {
      // A failed rebuild is shown, not hidden behind the last good bundle.
      const errors = bundles.errors();
      if (errors.length > 0) {
        return send(
          res,
          500,
          'text/plain',
          `The sandbox bundle failed to build:\n${errors.join('\n')}`,
        );
      }
      const file = bundles.get(asset[1] ?? '');
      if (!file) return send(res, 404, 'text/plain', 'Not found');
      return send(res, 200, file.type, file.body);
    }
    const properties = /^\/api\/record\/(0-\d+)\/(\d+)$/.exec(path);
    if (req.method === 'GET' && properties) {
      const response = await crm.get<{ properties: Record<string, string | null> }>(
        `/crm/v3/objects/${properties[1]}/${properties[2]}`,
        {
          params: { properties: url.searchParams.get('properties') ?? '' },
          validateStatus: () => true,
        },
      );
      if (response.status !== 200)
        return json(res, 502, { message: `HubSpot answered ${response.status} for the record.` });
      return json(res, 200, { properties: response.data.properties });
    }
    if (req.method === 'POST' && path === '/api/serverless') {
      const request = JSON.parse(await readBody(req)) as {
        uid: string;
        parameters?: unknown;
        propertiesToSend?: string[];
        record: { objectTypeId: string; objectId: string } | null;
      };
      try {
        return json(res, 200, { response: await functions.serverless(request.uid, request) });
      } catch (error) {
        // What the card sees when HubSpot's bridge fails: a message, never a stack.
        const message =
          error instanceof FunctionNotBuilt
            ? error.message
            : 'The app function failed; see the sandbox console.';
        console.error(
          `hubspot.serverless(${request.uid}) failed:`,
          error instanceof Error ? error.message : error,
        );
        return json(res, 500, { message });
      }
    }
    if (path.startsWith('/hs/serverless/')) {
      const endpointPath = path.slice('/hs/serverless'.length);
      const endpoint = functions
        .endpoints()
        .find((e) => e.path === endpointPath && e.methods.includes(req.method ?? ''));
      if (!endpoint)
        return send(res, 404, 'text/plain', 'No public endpoint function at this path.');
      const answer = await functions.endpoint(endpoint, {
        method: req.method ?? 'GET',
        headers: Object.fromEntries(
          Object.entries(req.headers).map(([k, v]) => [
            k,
            Array.isArray(v) ? v.join(', ') : (v ?? ''),
          ]),
        ),
        query: Object.fromEntries(url.searchParams),
        rawBody: req.method === 'GET' ? '' : await readBody(req),
      });
      res.writeHead(answer.statusCode, answer.headers ?? {});
      res.end(answer.body ?? '');
      return;
    }
    send(res, 404, 'text/html', messagePage(viewer, 'Not found', `Nothing at ${path}.`));
  }

  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      console.error('sandbox:', error instanceof Error ? error.message : error);
      if (!res.headersSent)
        json(res, 500, { message: 'The sandbox failed to answer; see its console.' });
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    bundles,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await bundles.close();
    },
  };
}
