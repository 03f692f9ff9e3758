/**
 * Runs the built app function bundles (`src/app/functions/*.js`, made by `npm run build`) as
 * HubSpot runs them: `main(context)` with the parameters, the record's `propertiesToSend` read
 * from the HubSpot (emulator) API, and the secrets. A bundle rebuilt on disk is loaded afresh
 * (a cold instance, as after a deploy); otherwise its module state stays warm between calls.
 */
import axios from 'axios';
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import type { SandboxRecord } from '../protocol';
import { readFunctions, type EndpointMeta } from './extensions';

type Main = (context: unknown) => Promise<unknown>;

export interface EndpointRequest {
  method: string;
  headers: Record<string, string>;
  query: Record<string, string>;
  rawBody: string;
}

export class FunctionNotBuilt extends Error {}

export function createFunctionRunner(options: {
  root: string;
  hubspotUrl: string;
  accessToken: string;
  secrets: Record<string, string>;
  /** Where the built bundles are, when not where the hsmeta files say (tests build their own). */
  bundleDir?: string;
}) {
  const require = createRequire(import.meta.url);
  const functions = readFunctions(options.root);
  const loaded = new Map<string, { mtimeMs: number; main: Main }>();
  const secrets = {
    PRIVATE_APP_ACCESS_TOKEN: options.accessToken,
    EMULATOR_HUBSPOT_API_URL: options.hubspotUrl,
    ...options.secrets,
  };

  function mainOf(bundle: string): Main {
    const file = options.bundleDir
      ? join(options.bundleDir, basename(bundle))
      : join(options.root, bundle);
    if (!existsSync(file)) throw new FunctionNotBuilt(`${bundle} is not built: run npm run build.`);
    const { mtimeMs } = statSync(file);
    const cached = loaded.get(file);
    if (cached && cached.mtimeMs === mtimeMs) return cached.main;
    delete require.cache[require.resolve(file)];
    const main = (require(file) as { main: Main }).main;
    loaded.set(file, { mtimeMs, main });
    return main;
  }

  async function propertiesOf(record: SandboxRecord, names: string[]) {
    const response = await axios.get<{ properties: Record<string, string | null> }>(
      `${options.hubspotUrl}/crm/v3/objects/${record.objectTypeId}/${record.objectId}`,
      {
        params: { properties: names.join(',') },
        headers: { authorization: `Bearer ${options.accessToken}` },
      },
    );
    return Object.fromEntries(names.map((name) => [name, response.data.properties[name] ?? null]));
  }

  return {
    /** `hubspot.serverless(uid, {parameters, propertiesToSend})` from a card or the settings page. */
    async serverless(
      uid: string,
      request: { parameters?: unknown; propertiesToSend?: string[]; record: SandboxRecord | null },
    ): Promise<unknown> {
      const fn = functions.find((f) => f.uid === uid);
      if (!fn) throw new Error(`No app function with uid ${uid}.`);
      const names = request.propertiesToSend ?? [];
      const propertiesToSend =
        request.record && names.length > 0 ? await propertiesOf(request.record, names) : {};
      return mainOf(fn.bundle)({ parameters: request.parameters, propertiesToSend, secrets });
    },
    /** The public endpoint functions, by their path under HubSpot's `/hs/serverless/`. */
    endpoints(): EndpointMeta[] {
      return functions.flatMap((f) => (f.endpoint ? [f.endpoint] : []));
    },
    async endpoint(endpoint: EndpointMeta, request: EndpointRequest) {
      const context = {
        method: request.method,
        headers: request.headers,
        params: request.query,
        query: request.query,
        body: request.rawBody,
        rawBody: request.rawBody,
        secrets,
      };
      return (await mainOf(endpoint.bundle)(context)) as {
        statusCode: number;
        headers?: Record<string, string>;
        body?: string;
      };
    },
  };
}

export type FunctionRunner = ReturnType<typeof createFunctionRunner>;
