/**
 * The sandbox page: starts the extension's worker, hands it the receiver and the host API, and
 * draws the remote tree with the HTML components; on a record page, the record's properties too.
 */
import { createRemoteReceiver } from '@remote-ui/core';
import { RemoteRenderer } from '@remote-ui/react/host';
import { createEndpoint, fromWebWorker } from '@remote-ui/rpc';
import { useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { SandboxContext, SandboxRecord, WorkerApi } from '../protocol';
import { OverlayContext } from './components/overlays';
import { createHostController } from './controller';
import { createHostApi, type HostAlert } from './host-api';
import { createOverlayStore } from './overlay-store';
import { RecordProperties } from './RecordProperties';

export interface PageConfig {
  workerUrl: string;
  title: string;
  context: SandboxContext;
  record: (SandboxRecord & { properties: Array<{ name: string; label: string }> }) | null;
}

const config = (window as unknown as { __SANDBOX__: PageConfig }).__SANDBOX__;

function Extension() {
  const [alerts, setAlerts] = useState<HostAlert[]>([]);
  const [propertiesVersion, setPropertiesVersion] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const receiver = useMemo(() => createRemoteReceiver(), []);
  const controller = useMemo(() => createHostController(), []);
  const overlays = useMemo(() => createOverlayStore(), []);

  useEffect(() => {
    const worker = new Worker(config.workerUrl);
    const endpoint = createEndpoint<WorkerApi>(fromWebWorker(worker));
    const host = createHostApi({
      context: config.context,
      record: config.record,
      overlays,
      events: {
        alert: (alert) => setAlerts((current) => [...current, alert]),
        propertiesChanged: () => setPropertiesVersion((v) => v + 1),
      },
    });
    worker.addEventListener('error', (event) =>
      setFailure(event.message || 'The extension failed to load.'),
    );
    endpoint.call.render(receiver.receive, host).catch((error: Error) => setFailure(error.message));
    return () => worker.terminate();
  }, [receiver, overlays]);

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
        <div className="sandbox-card" data-testid="extension">
          <header className="sandbox-card__title">{config.title}</header>
          <div className="sandbox-card__body">
            {failure ? (
              <div
                className="hs-alert hs-alert--danger"
                data-testid="extension-failure"
                role="alert"
              >
                {failure}
              </div>
            ) : null}
            <OverlayContext.Provider value={overlays}>
              <RemoteRenderer receiver={receiver} controller={controller} />
            </OverlayContext.Provider>
          </div>
        </div>
      </section>
    </>
  );
}

const container = document.getElementById('sandbox-root');
if (container) createRoot(container).render(<Extension />);
