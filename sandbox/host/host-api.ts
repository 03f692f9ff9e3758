import { retain } from '@remote-ui/rpc';
import type {
  HostApi,
  PropertiesCallback,
  SandboxContext,
  SandboxRecord,
  ServerlessRequest,
} from '../protocol';
import type { OverlayStore } from './overlay-store';

export interface HostAlert {
  id: number;
  title?: string;
  message: string;
  type: string;
}

/** Reads the record's properties from the sandbox server (the emulator's values). */
async function readProperties(
  record: SandboxRecord,
  names: string[],
): Promise<Record<string, string | null>> {
  const response = await fetch(
    `/api/record/${record.objectTypeId}/${record.objectId}?properties=${encodeURIComponent(names.join(','))}`,
  );
  const body = (await response.json()) as { properties: Record<string, string | null> };
  return Object.fromEntries(names.map((name) => [name, body.properties[name] ?? null]));
}

/**
 * The page's `onCrmPropertiesUpdate` listeners, shared by its cards: when any card calls
 * `refreshObjectProperties`, the record's properties are read again and each listener is handed
 * the values it asked for, as HubSpot does for every card on the record.
 */
export function createPropertyListeners(record: SandboxRecord | null, onRefreshed: () => void) {
  const listeners: Array<{ names: string[]; callback: PropertiesCallback }> = [];
  return {
    add(names: string[], callback: PropertiesCallback) {
      listeners.push({ names, callback });
    },
    refreshed() {
      onRefreshed();
      if (!record) return;
      for (const { names, callback } of listeners) {
        readProperties(record, names).then(
          (values) => callback(values),
          () => callback({}, { message: 'The record could not be read.' }),
        );
      }
    },
  };
}

export interface HostEvents {
  alert(alert: Omit<HostAlert, 'id'>): void;
  listeners: ReturnType<typeof createPropertyListeners>;
}

/** Thrown into the extension as HubSpot's bridge would: the card shows its own message. */
class ServerlessError extends Error {}

/**
 * The page's side of the worker's globals: `hubspot.serverless` posts to the sandbox server,
 * which runs the built function bundle; the actions act on this page.
 */
export function createHostApi(options: {
  context: SandboxContext;
  record: SandboxRecord | null;
  overlays: OverlayStore;
  events: HostEvents;
}): HostApi {
  return {
    context: options.context,
    async serverless(uid: string, request: ServerlessRequest) {
      const response = await fetch('/api/serverless', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ uid, ...request, record: options.record }),
      });
      const body = (await response.json()) as { response?: unknown; message?: string };
      if (!response.ok)
        throw new ServerlessError(body.message ?? `The function failed (${response.status}).`);
      return body.response;
    },
    async addAlert(alert) {
      options.events.alert({
        title: alert.title,
        message: alert.message,
        type: alert.type ?? 'info',
      });
    },
    async closeOverlay(id) {
      options.overlays.close(id);
    },
    async reloadPage() {
      window.location.reload();
    },
    async copyTextToClipboard(text) {
      await navigator.clipboard.writeText(text);
    },
    async refreshObjectProperties() {
      options.events.listeners.refreshed();
    },
    async onCrmPropertiesUpdate(names, callback) {
      // The worker's function is called later, on every refresh: keep it past this call.
      retain(callback);
      options.events.listeners.add(names, callback);
    },
    async fetchCrmObjectProperties(names) {
      if (!options.record) return {};
      return readProperties(options.record, names);
    },
    async openIframeModal({ uri }) {
      window.open(uri, '_blank', 'noopener');
    },
  };
}
