import axios from 'axios';
import type { FunctionContext } from '../../serverless/runtime/dispatch';
import { functionUids } from '@qbo-invoicing/contract';

export type FunctionMain = (context: FunctionContext) => Promise<unknown>;

export interface HostOptions {
  /** The HubSpot (emulator) API the functions and the host talk to. */
  hubspotUrl: string;
  accessToken: string;
  /** Secrets as HubSpot hands them to functions (merged over the token and emulator URL). */
  secrets?: Record<string, string>;
  /** `main` of each function, by group, e.g. the TypeScript sources or the built bundles. */
  functions: Partial<Record<keyof typeof functionUids, FunctionMain>>;
}

/**
 * Stands in for HubSpot's side of `hubspot.serverless(uid, {parameters, propertiesToSend})`: it
 * fetches the requested properties of the record the card is on (as HubSpot does on its servers)
 * and runs the function's `main` with the context HubSpot would build.
 */
export function createServerlessHost(options: HostOptions) {
  const byUid = new Map(
    Object.entries(options.functions).map(([group, main]) => [
      functionUids[group as keyof typeof functionUids],
      main,
    ]),
  );
  const secrets = {
    PRIVATE_APP_ACCESS_TOKEN: options.accessToken,
    EMULATOR_HUBSPOT_API_URL: options.hubspotUrl,
    ...options.secrets,
  };

  return function serverless(record: { objectTypeId: string; objectId: string } | null) {
    return async (
      uid: string,
      request: { parameters?: unknown; propertiesToSend?: string[] } = {},
    ) => {
      const main = byUid.get(uid as (typeof functionUids)[keyof typeof functionUids]);
      if (!main) throw new Error(`No app function with uid ${uid}`);
      let propertiesToSend: Record<string, string | null> = {};
      if (record && request.propertiesToSend?.length) {
        const response = await axios.get(
          `${options.hubspotUrl}/crm/v3/objects/${record.objectTypeId}/${record.objectId}`,
          {
            params: { properties: request.propertiesToSend.join(',') },
            headers: { authorization: `Bearer ${options.accessToken}` },
          },
        );
        const properties = response.data.properties as Record<string, string | null>;
        propertiesToSend = Object.fromEntries(
          request.propertiesToSend.map((name) => [name, properties[name] ?? null]),
        );
      }
      return main({ parameters: request.parameters, propertiesToSend, secrets });
    };
  };
}
