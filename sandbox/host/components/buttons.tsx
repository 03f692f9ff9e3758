import { useCallback, useContext, useRef, type ReactNode } from 'react';
import { OverlayContext, OverlayTriggerContext } from './overlays';
import { classes, testIdOf } from './shared';

interface ButtonProps {
  children?: ReactNode;
  testId?: string;
  variant?: 'primary' | 'secondary' | 'destructive' | 'transparent';
  size?: 'xs' | 'extra-small' | 'sm' | 'small' | 'md' | 'medium';
  type?: 'button' | 'reset' | 'submit';
  disabled?: boolean;
  href?: string | { url: string; external?: boolean };
  /** A Panel or Modal (a remote fragment): the button opens it. */
  overlay?: ReactNode;
  onClick?: (event: { type: 'click'; bubbles: boolean; timeStamp: number }) => void;
}

/** The serialisable part of a click: a DOM event cannot cross into the worker. */
const clickEvent = (timeStamp: number) => ({ type: 'click' as const, bubbles: true, timeStamp });

export function Button(props: ButtonProps & { loading?: boolean }) {
  const overlays = useContext(OverlayContext);
  const overlayId = useRef<string | null>(null);
  const register = useCallback((id: string) => {
    overlayId.current = id;
  }, []);
  const href = typeof props.href === 'string' ? props.href : props.href?.url;
  const busy = props.loading === true;
  const className = classes(
    'hs-button',
    `hs-button--${props.variant ?? 'secondary'}`,
    (props.size === 'xs' ||
      props.size === 'extra-small' ||
      props.size === 'sm' ||
      props.size === 'small') &&
      'hs-button--small',
    busy && 'hs-button--loading',
  );
  const onClick = (timeStamp: number) => {
    props.onClick?.(clickEvent(timeStamp));
    if (overlayId.current) overlays.open(overlayId.current);
  };
  return (
    <>
      {href ? (
        <a
          className={className}
          href={href}
          target="_blank"
          rel="noopener noreferrer"
          {...testIdOf(props)}
        >
          {props.children}
        </a>
      ) : (
        <button
          type={props.type ?? 'button'}
          className={className}
          disabled={props.disabled || busy}
          aria-busy={busy || undefined}
          onClick={(event) => onClick(event.timeStamp)}
          {...testIdOf(props)}
        >
          {busy ? (
            <span className="hs-spinner__circle hs-spinner__circle--inline" aria-hidden="true" />
          ) : null}
          {props.children}
        </button>
      )}
      {props.overlay ? (
        <OverlayTriggerContext.Provider value={register}>
          {props.overlay}
        </OverlayTriggerContext.Provider>
      ) : null}
    </>
  );
}

export function LoadingButton(props: ButtonProps & { loading?: boolean; resultIconName?: string }) {
  return <Button {...props} />;
}
