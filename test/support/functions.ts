import { adminHandlers } from '../../serverless/functions/admin';
import { oauthCallbackHandlers } from '../../serverless/functions/oauth-callback';
import { createEndpoint, type EndpointContext } from '../../serverless/runtime/endpoint';
import { invoiceHandlers } from '../../serverless/functions/invoices';
import { webhookHandlers } from '../../serverless/functions/quickbooks-webhooks';
import { createFunction } from '../../serverless/runtime/dispatch';
import { createRuntime, type Runtime } from '../../serverless/runtime/runtime';
import type { HubSpotEmulator } from '../../emulators/hubspot';
import { createServerlessHost, type FunctionMain } from './hubspot-host';
import {
  functionUids,
  operations,
  recordPropertiesToSend,
  type OperationName,
} from '@qbo-invoicing/contract';

/**
 * The app functions (TypeScript sources), as HubSpot would run them, against the emulator. Each
 * call of this starts a cold instance (a fresh warm cache, configuration read again); `runtime`
 * hands in a clock a test moves or a shorter call budget.
 */
export function functionsAgainst(
  hubspot: HubSpotEmulator,
  secrets: Record<string, string> = {},
  runtime: Partial<Runtime> = {},
) {
  const instance = createRuntime(runtime);
  const host = createServerlessHost({
    hubspotUrl: hubspot.url,
    accessToken: hubspot.token,
    secrets,
    functions: {
      admin: createFunction('admin', adminHandlers, instance) as FunctionMain,
      invoices: createFunction('invoices', invoiceHandlers, instance) as FunctionMain,
    },
  });
  return {
    host,
    runtime: instance,
    /** The public OAuth callback endpoint of the same instance, with the secrets HubSpot gives. */
    oauthCallback: (context: EndpointContext) =>
      createEndpoint(
        oauthCallbackHandlers,
        instance,
      )({
        ...context,
        secrets: {
          PRIVATE_APP_ACCESS_TOKEN: hubspot.token,
          EMULATOR_HUBSPOT_API_URL: hubspot.url,
          ...secrets,
          ...context.secrets,
        },
      }),
    /** The public QuickBooks webhooks endpoint of the same instance. */
    quickbooksWebhooks: (context: EndpointContext) =>
      createEndpoint(
        webhookHandlers,
        instance,
      )({
        ...context,
        secrets: {
          PRIVATE_APP_ACCESS_TOKEN: hubspot.token,
          EMULATOR_HUBSPOT_API_URL: hubspot.url,
          ...secrets,
          ...context.secrets,
        },
      }),
    /** Calls an operation like a card on a record (or the settings page, with no record). */
    run: (
      op: string,
      input: unknown,
      record: { objectTypeId: string; objectId: string } | null = null,
    ) =>
      host(record)(functionUids[operations[op as OperationName]?.group ?? 'invoices'], {
        parameters: { op, input },
        propertiesToSend: record ? [...recordPropertiesToSend] : [],
      }) as Promise<{
        ok: boolean;
        data?: unknown;
        error?: { code: string; message: string; retryable: boolean; field?: string };
      }>,
  };
}
