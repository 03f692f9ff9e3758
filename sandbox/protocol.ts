/**
 * What the sandbox page and the extension worker say to each other over `@remote-ui/rpc`. Both
 * sides import these types only, so the worker bundle carries no page code and the reverse.
 */

/** The record a card is on; null on the settings page. */
export interface SandboxRecord {
  objectTypeId: string;
  objectId: string;
}

/** What HubSpot hands `hubspot.extend`'s callback as `context` (the fields this sandbox fills). */
export interface SandboxContext {
  location: 'crm.record.sidebar' | 'settings';
  crm?: { objectId: number; objectTypeId: string };
  user: {
    id: number;
    email: string;
    emails: string[];
    firstName: string;
    lastName: string;
    locale: string;
    teams: unknown[];
  };
  portal: { id: number; timezone: string; dataHostingLocation: string };
  extension: { appId: number; appName: string; cardTitle?: string };
}

export interface ServerlessRequest {
  parameters?: unknown;
  propertiesToSend?: string[];
}

/** What `onCrmPropertiesUpdate` hands its callback: the values asked for, or why there are none. */
export type PropertiesCallback = (
  properties: Record<string, string | null>,
  error?: { message: string },
) => void;

/**
 * The host side's API, proxied into the worker: the actions HubSpot documents for cards and the
 * settings page, and the bridge that `hubspot.serverless` crosses.
 */
export interface HostApi {
  context: SandboxContext;
  serverless(uid: string, request: ServerlessRequest): Promise<unknown>;
  addAlert(alert: { title?: string; message: string; type?: string }): Promise<void>;
  closeOverlay(id: string): Promise<void>;
  reloadPage(): Promise<void>;
  copyTextToClipboard(text: string): Promise<void>;
  refreshObjectProperties(): Promise<void>;
  /** Calls `callback` with the named properties each time any card refreshes the record's. */
  onCrmPropertiesUpdate(properties: string[], callback: PropertiesCallback): Promise<void>;
  fetchCrmObjectProperties(names: string[]): Promise<Record<string, string | null>>;
  openIframeModal(options: { uri: string; title?: string }): Promise<void>;
}

/** What the worker exposes to the page. */
export interface WorkerApi {
  /** Renders the extension into the page's receiver; `receive` is `RemoteReceiver.receive`. */
  render(receive: unknown, host: HostApi): Promise<void>;
}
