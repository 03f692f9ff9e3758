/**
 * The globals HubSpot's extension worker provides, read from `@hubspot/ui-extensions` 0.17.0:
 * `hubspot.extend` hands its callback to `extend_V2`, `hubspot.serverless` calls `serverless`, the
 * hooks read `hsWorkerAPI` when `__HUBSPOT_EXTENSION_WORKER__` is set. This module runs first in
 * the worker bundle, before the unchanged extension entry file, which reads them at load.
 */
import { createEndpoint, retain } from '@remote-ui/rpc';
import { createRemoteRoot, type RemoteChannel } from '@remote-ui/core';
import { createRoot } from '@remote-ui/react';
import type { ReactElement } from 'react';
import type { HostApi, PropertiesCallback, WorkerApi } from '../protocol';

type RenderCallback = (api: {
  context: HostApi['context'];
  actions: Record<string, unknown>;
}) => ReactElement;

interface WorkerGlobals {
  __HUBSPOT_EXTENSION_WORKER__: boolean;
  extend_V2: (callback: RenderCallback) => void;
  serverless: HostApi['serverless'];
  hsFetch: () => Promise<never>;
  logger: Record<'debug' | 'info' | 'warn' | 'error', (data: unknown) => void>;
  hsWorkerAPI: Record<string, unknown>;
}

const scope = globalThis as unknown as WorkerGlobals & {
  postMessage: (message: unknown, transfer?: Transferable[]) => void;
  addEventListener: (type: 'message', listener: (event: MessageEvent) => void) => void;
  removeEventListener: (type: 'message', listener: (event: MessageEvent) => void) => void;
};

let renderCallback: RenderCallback | null = null;
let host: HostApi | null = null;

function connected(): HostApi {
  if (!host) throw new Error('The sandbox page has not connected to this worker yet.');
  return host;
}

/** The actions of `crm.record.sidebar` and `settings`, each a call to the page. */
function actionsOf(api: HostApi): Record<string, unknown> {
  return {
    addAlert: (alert: Parameters<HostApi['addAlert']>[0]) => void api.addAlert(alert),
    closeOverlay: (id: string) => void api.closeOverlay(id),
    reloadPage: () => void api.reloadPage(),
    copyTextToClipboard: (text: string) => api.copyTextToClipboard(text),
    refreshObjectProperties: () => void api.refreshObjectProperties(),
    fetchCrmObjectProperties: (names: string[]) => api.fetchCrmObjectProperties(names),
    onCrmPropertiesUpdate: (properties: string[] | '*', callback: PropertiesCallback) => {
      // '*' (every property) is not needed by this app: the sandbox names what it reads.
      void api.onCrmPropertiesUpdate(properties === '*' ? [] : properties, callback);
    },
    openIframeModal: (options: { uri: string; title?: string }) =>
      void api.openIframeModal(options),
  };
}

const unsupported = (name: string) => () => {
  throw new Error(`${name} is not available in the offline sandbox (docs/sandbox.md).`);
};

scope.__HUBSPOT_EXTENSION_WORKER__ = true;
scope.logger = {
  debug: (data) => console.debug(data),
  info: (data) => console.info(data),
  warn: (data) => console.warn(data),
  error: (data) => console.error(data),
};
scope.extend_V2 = (callback) => {
  renderCallback = callback;
};
scope.serverless = (uid, request) => connected().serverless(uid, request);
scope.hsFetch = () => Promise.reject(new Error('hubspot.fetch is not available in the sandbox.'));
scope.hsWorkerAPI = {
  useExtensionContext: () => connected().context,
  useExtensionActions: () => actionsOf(connected()),
  useExtensionApi: () => ({ context: connected().context, actions: actionsOf(connected()) }),
  useAppPageLocation: unsupported('useAppPageLocation'),
  fetchCrmSearch: unsupported('useCrmSearch'),
  fetchCrmProperties: unsupported('useCrmProperties'),
  fetchAssociations: unsupported('useAssociations'),
  fetchHubSpotApi: unsupported('the HubSpot API client'),
  formatCrmProperties: unsupported('formatCrmProperties'),
};

const endpoint = createEndpoint<unknown>(scope);
const api: WorkerApi = {
  async render(receive, hostApi) {
    if (!renderCallback) throw new Error('The extension never called hubspot.extend.');
    // The page's functions are kept for the worker's whole life: the extension calls them later.
    retain(hostApi);
    retain(receive);
    host = hostApi;
    const root = createRemoteRoot(receive as RemoteChannel);
    // A legacy (synchronous) root: the first tree is complete when `render` returns.
    createRoot(root).render(
      renderCallback({ context: hostApi.context, actions: actionsOf(hostApi) }),
    );
    await root.mount();
  },
};
endpoint.expose(api as unknown as Record<string, (...args: unknown[]) => unknown>);
