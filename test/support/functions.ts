import { main as adminMain } from '../../serverless/functions/admin';
import { main as invoicesMain } from '../../serverless/functions/invoices';
import { resetConfigForTests } from '../../serverless/config';
import { clearSchemaCache } from '../../serverless/hubspot/schemas';
import { clearConnectionCache } from '../../serverless/hubspot/stores/connections';
import { clearDealCache } from '../../serverless/hubspot/deal-context';
import type { HubSpotEmulator } from '../emulators/hubspot';
import { createServerlessHost, type FunctionMain } from './hubspot-host';
import { functionUids, operations, type OperationName } from '@qbo-invoicing/contract';

/** The app functions (TypeScript sources), as HubSpot would run them, against the emulator. */
export function functionsAgainst(hubspot: HubSpotEmulator, secrets: Record<string, string> = {}) {
  // Each test starts from a cold start: configuration is read again.
  resetConfigForTests();
  clearSchemaCache();
  clearConnectionCache();
  clearDealCache();
  const host = createServerlessHost({
    hubspotUrl: hubspot.url,
    accessToken: hubspot.token,
    secrets,
    functions: { admin: adminMain as FunctionMain, invoices: invoicesMain as FunctionMain },
  });
  return {
    host,
    /** Calls an operation like a card on a record (or the settings page, with no record). */
    run: (
      op: string,
      input: unknown,
      record: { objectTypeId: string; objectId: string } | null = null,
    ) =>
      host(record)(functionUids[operations[op as OperationName]?.group ?? 'invoices'], {
        parameters: { op, input },
        propertiesToSend: record ? ['hs_object_id'] : [],
      }) as Promise<{
        ok: boolean;
        data?: unknown;
        error?: { code: string; message: string; retryable: boolean; field?: string };
      }>,
  };
}
