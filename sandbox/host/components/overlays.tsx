import {
  createContext,
  useContext,
  useEffect,
  useRef,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { createPortal } from 'react-dom';
import { createOverlayStore, type OverlayStore } from '../overlay-store';
import { classes, testIdOf } from './shared';

export const OverlayContext = createContext<OverlayStore>(createOverlayStore());

/** Set by the Button whose `overlay` holds the Panel or Modal: the overlay tells it its id. */
export const OverlayTriggerContext = createContext<((id: string) => void) | null>(null);

type OverlayProps = {
  id: string;
  title?: string;
  width?: 'sm' | 'md' | 'lg' | 'small' | 'medium' | 'large';
  onOpen?: () => void;
  onClose?: () => void;
  children?: ReactNode;
  testId?: string;
  'aria-label'?: string;
};

/** Open state of one overlay, with HubSpot's onOpen and onClose fired on each change. */
function useOverlay(props: OverlayProps): { open: boolean; close: () => void } {
  const store = useContext(OverlayContext);
  const register = useContext(OverlayTriggerContext);
  useEffect(() => register?.(props.id), [register, props.id]);
  useSyncExternalStore(store.subscribe, store.version);
  const open = store.isOpen(props.id);
  const wasOpen = useRef(false);
  const handlers = useRef(props);
  useEffect(() => {
    handlers.current = props;
  });
  useEffect(() => {
    if (open && !wasOpen.current) handlers.current.onOpen?.();
    if (!open && wasOpen.current) handlers.current.onClose?.();
    wasOpen.current = open;
  }, [open]);
  return { open, close: () => store.close(props.id) };
}

function widthClass(width: OverlayProps['width']): string {
  const size = width?.[0] ?? 'm';
  return size === 's' ? 'sm' : size === 'l' ? 'lg' : 'md';
}

export function Panel(props: OverlayProps & { variant?: 'modal' | 'default' }) {
  const { open, close } = useOverlay(props);
  if (!open) return null;
  return createPortal(
    <div
      className={classes('hs-panel-layer', props.variant === 'modal' && 'hs-panel-layer--modal')}
    >
      <aside
        className={classes('hs-panel', `hs-panel--${widthClass(props.width)}`)}
        role="dialog"
        aria-label={props['aria-label'] ?? props.title}
        data-overlay-id={props.id}
        {...testIdOf(props)}
      >
        <header className="hs-panel__header">
          <h2>{props.title}</h2>
          <button type="button" className="hs-overlay__close" aria-label="Close" onClick={close}>
            ×
          </button>
        </header>
        <div className="hs-panel__content">{props.children}</div>
      </aside>
    </div>,
    document.body,
  );
}

export function PanelBody(props: { children?: ReactNode; testId?: string }) {
  return (
    <div className="hs-panel__body" {...testIdOf(props)}>
      {props.children}
    </div>
  );
}

export function PanelSection(props: { children?: ReactNode; flush?: boolean; testId?: string }) {
  return (
    <section
      className={classes('hs-panel__section', props.flush && 'hs-panel__section--flush')}
      {...testIdOf(props)}
    >
      {props.children}
    </section>
  );
}

export function PanelFooter(props: { children?: ReactNode; testId?: string }) {
  return (
    <footer className="hs-panel__footer" {...testIdOf(props)}>
      {props.children}
    </footer>
  );
}

export function Modal(props: OverlayProps & { variant?: 'danger' | 'default' }) {
  const { open, close } = useOverlay(props);
  if (!open) return null;
  return createPortal(
    <div className="hs-modal-layer">
      <div
        className={classes(
          'hs-modal',
          `hs-modal--${widthClass(props.width)}`,
          props.variant === 'danger' && 'hs-modal--danger',
        )}
        role="dialog"
        aria-modal="true"
        aria-label={props['aria-label'] ?? props.title}
        data-overlay-id={props.id}
        {...testIdOf(props)}
      >
        <header className="hs-modal__header">
          <h2>{props.title}</h2>
          <button type="button" className="hs-overlay__close" aria-label="Close" onClick={close}>
            ×
          </button>
        </header>
        {props.children}
      </div>
    </div>,
    document.body,
  );
}

export function ModalBody(props: { children?: ReactNode; testId?: string }) {
  return (
    <div className="hs-modal__body" {...testIdOf(props)}>
      {props.children}
    </div>
  );
}

export function ModalFooter(props: { children?: ReactNode; testId?: string }) {
  return (
    <footer className="hs-modal__footer" {...testIdOf(props)}>
      {props.children}
    </footer>
  );
}
