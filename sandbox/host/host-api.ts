import type { HostApi, SandboxContext, SandboxRecord, ServerlessRequest } from '../protocol';
import type { OverlayStore } from './overlay-store';

export interface HostAlert {
  id: number;
  title?: string;
  message: string;
  type: string;
}

export interface HostEvents {
  alert(alert: HostAlert): void;
  propertiesChanged(): void;
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
  let alerts = 0;
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
      alerts += 1;
      options.events.alert({
        id: alerts,
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
      options.events.propertiesChanged();
    },
    async fetchCrmObjectProperties(names) {
      if (!options.record) return {};
      const response = await fetch(
        `/api/record/${options.record.objectTypeId}/${options.record.objectId}?properties=${encodeURIComponent(names.join(','))}`,
      );
      const body = (await response.json()) as { properties: Record<string, string | null> };
      return Object.fromEntries(names.map((name) => [name, body.properties[name] ?? null]));
    },
    async openIframeModal({ uri }) {
      window.open(uri, '_blank', 'noopener');
    },
  };
}
