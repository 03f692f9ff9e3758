/**
 * The sandbox page: starts each extension's worker (a record page has one per card configured on
 * its type, as HubSpot's sidebar does), hands it the receiver and the host API, and draws its
 * remote tree with the HTML components; on a record page, the record's properties too.
 */
import { createRemoteReceiver } from '@remote-ui/core';
import { RemoteRenderer } from '@remote-ui/react/host';
import { createEndpoint, fromWebWorker } from '@remote-ui/rpc';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { SandboxContext, SandboxRecord, WorkerApi } from '../protocol';
import { OverlayContext } from './components/overlays';
import { createHostController } from './controller';
import { createHostApi, createPropertyListeners, type HostAlert } from './host-api';
import { createOverlayStore } from './overlay-store';
import { RecordProperties } from './RecordProperties';

export interface ExtensionConfig {
  uid: string;
  workerUrl: string;
  title: string;
  context: SandboxContext;
}

export interface PageConfig {
  /** The page's context (the first extension's): what a test reads to check the viewer. */
  context: SandboxContext;
  extensions: ExtensionConfig[];
  record: (SandboxRecord & { properties: Array<{ name: string; label: string }> }) | null;
}

const config = (window as unknown as { __SANDBOX__: PageConfig }).__SANDBOX__;

/** One extension: its own worker, remote tree and overlays; alerts and properties are the page's. */
function Extension({
  extension,
  alert,
  listeners,
}: {
  extension: ExtensionConfig;
  alert: (alert: Omit<HostAlert, 'id'>) => void;
  listeners: ReturnType<typeof createPropertyListeners>;
}) {
  const [failure, setFailure] = useState<string | null>(null);
  const receiver = useMemo(() => createRemoteReceiver(), []);
  const controller = useMemo(() => createHostController(), []);
  const overlays = useMemo(() => createOverlayStore(), []);

  useEffect(() => {
    const worker = new Worker(extension.workerUrl);
    const endpoint = createEndpoint<WorkerApi>(fromWebWorker(worker));
    const host = createHostApi({
      context: extension.context,
      record: config.record,
      overlays,
      events: { alert, listeners },
    });
    worker.addEventListener('error', (event) =>
      setFailure(event.message || 'The extension failed to load.'),
    );
    endpoint.call.render(receiver.receive, host).catch((error: Error) => setFailure(error.message));
    return () => worker.terminate();
  }, [extension, receiver, overlays, alert, listeners]);

  return (
    <div className="sandbox-card" data-testid="extension" data-uid={extension.uid}>
      <header className="sandbox-card__title">{extension.title}</header>
      <div className="sandbox-card__body">
        {failure ? (
          <div className="hs-alert hs-alert--danger" data-testid="extension-failure" role="alert">
            {failure}
          </div>
        ) : null}
        <OverlayContext.Provider value={overlays}>
          <RemoteRenderer receiver={receiver} controller={controller} />
        </OverlayContext.Provider>
      </div>
    </div>
  );
}

function Page() {
  const [alerts, setAlerts] = useState<HostAlert[]>([]);
  const [propertiesVersion, setPropertiesVersion] = useState(0);
  const listeners = useMemo(
    () => createPropertyListeners(config.record, () => setPropertiesVersion((v) => v + 1)),
    [],
  );
  const alert = useCallback(
    (next: Omit<HostAlert, 'id'>) =>
      setAlerts((current) => [...current, { ...next, id: (current.at(-1)?.id ?? 0) + 1 }]),
    [],
  );

  return (
    <>
      {config.record ? (
        <aside className="sandbox-record">
          <RecordProperties record={config.record} version={propertiesVersion} />
        </aside>
      ) : null}
      <section className="sandbox-extension">
        <div className="sandbox-alerts">
          {alerts.map((alert) => (
            <div
              key={alert.id}
              className={`hs-alert hs-alert--${alert.type}`}
              data-testid="host-alert"
              role="status"
            >
              {alert.title ? <div className="hs-alert__title">{alert.title}</div> : null}
              <div className="hs-alert__body">{alert.message}</div>
              <button
                type="button"
                className="hs-overlay__close"
                aria-label="Dismiss"
                onClick={() => setAlerts((current) => current.filter((a) => a.id !== alert.id))}
              >
                ×
              </button>
            </div>
          ))}
        </div>
        {config.extensions.map((extension) => (
          <Extension
            key={extension.uid}
            extension={extension}
            alert={alert}
            listeners={listeners}
          />
        ))}
      </section>
    </>
  );
}

const container = document.getElementById('sandbox-root');
if (container) createRoot(container).render(<Page />);
