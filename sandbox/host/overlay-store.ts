/**
 * Which overlays (Panel, Modal) are open. HubSpot opens one from a Button's `overlay` and closes
 * it from its close button or the extension's `actions.closeOverlay(id)`, which reaches the page
 * from the worker; so the state lives outside React, and components subscribe to it.
 */
export interface OverlayStore {
  isOpen(id: string): boolean;
  open(id: string): void;
  close(id: string): void;
  subscribe(listener: () => void): () => void;
  /** A value that changes whenever an overlay opens or closes (for useSyncExternalStore). */
  version(): number;
}

export function createOverlayStore(): OverlayStore {
  const open = new Set<string>();
  const listeners = new Set<() => void>();
  let version = 0;
  const changed = () => {
    version += 1;
    for (const listener of listeners) listener();
  };
  return {
    isOpen: (id) => open.has(id),
    open(id) {
      if (open.has(id)) return;
      open.add(id);
      changed();
    },
    close(id) {
      if (!open.delete(id)) return;
      changed();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    version: () => version,
  };
}
