import type { CSSProperties, ReactNode } from 'react';
import { classes, spacing, testIdOf } from './shared';

type Children = { children?: ReactNode; testId?: string };

const justify: Record<string, CSSProperties['justifyContent']> = {
  start: 'flex-start',
  center: 'center',
  end: 'flex-end',
  around: 'space-around',
  between: 'space-between',
};
const align: Record<string, CSSProperties['alignItems']> = {
  start: 'flex-start',
  center: 'center',
  end: 'flex-end',
  baseline: 'baseline',
  stretch: 'stretch',
};

export function Flex(
  props: Children & {
    direction?: 'row' | 'column';
    justify?: string;
    align?: string;
    alignSelf?: string;
    wrap?: boolean | 'wrap' | 'nowrap';
    gap?: string;
  },
) {
  const style: CSSProperties = {
    display: 'flex',
    flexDirection: props.direction === 'column' ? 'column' : 'row',
    justifyContent: justify[props.justify ?? 'start'],
    alignItems: props.align
      ? align[props.align]
      : props.direction === 'column'
        ? 'stretch'
        : undefined,
    flexWrap: props.wrap === true || props.wrap === 'wrap' ? 'wrap' : 'nowrap',
    gap: spacing[props.gap ?? 'flush'],
  };
  return (
    <div className="hs-flex" style={style} {...testIdOf(props)}>
      {props.children}
    </div>
  );
}

export function Box(props: Children & { flex?: number | string; alignSelf?: string }) {
  const flex =
    props.flex === 'auto' ? '1 1 auto' : props.flex === undefined ? undefined : String(props.flex);
  return (
    <div
      style={{ flex, alignSelf: props.alignSelf ? align[props.alignSelf] : undefined }}
      {...testIdOf(props)}
    >
      {props.children}
    </div>
  );
}

export function Inline(props: Children & { gap?: string; justify?: string; align?: string }) {
  return (
    <div
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        gap: spacing[props.gap ?? 'sm'],
        justifyContent: justify[props.justify ?? 'start'],
        alignItems: align[props.align ?? 'center'],
      }}
      {...testIdOf(props)}
    >
      {props.children}
    </div>
  );
}

export function AutoGrid(props: Children & { columnWidth?: number; gap?: string }) {
  return (
    <div
      style={{
        display: 'grid',
        gridTemplateColumns: `repeat(auto-fill, minmax(${props.columnWidth ?? 200}px, 1fr))`,
        gap: spacing[props.gap ?? 'sm'],
      }}
      {...testIdOf(props)}
    >
      {props.children}
    </div>
  );
}

export function Stack(props: Children & { direction?: 'row' | 'column'; distance?: string }) {
  return (
    <div
      style={{
        display: 'flex',
        flexDirection: props.direction === 'row' ? 'row' : 'column',
        gap: spacing[props.distance ?? 'sm'],
      }}
      {...testIdOf(props)}
    >
      {props.children}
    </div>
  );
}

export function ButtonRow(props: Children) {
  return (
    <div className="hs-button-row" {...testIdOf(props)}>
      {props.children}
    </div>
  );
}

export function Divider(props: { distance?: string; testId?: string }) {
  return (
    <hr
      className="hs-divider"
      style={{ margin: `${spacing[props.distance ?? 'sm']} 0` }}
      {...testIdOf(props)}
    />
  );
}

export function Spacer(props: { size?: string; testId?: string }) {
  return <div style={{ height: spacing[props.size ?? 'sm'] }} {...testIdOf(props)} />;
}

export function Tile(props: Children & { compact?: boolean; flush?: boolean }) {
  return (
    <div
      className={classes(
        'hs-tile',
        props.compact && 'hs-tile--compact',
        props.flush && 'hs-tile--flush',
      )}
      {...testIdOf(props)}
    >
      {props.children}
    </div>
  );
}

export function Card(props: Children) {
  return (
    <div className="hs-tile" {...testIdOf(props)}>
      {props.children}
    </div>
  );
}

export function Form(
  props: Children & { onSubmit?: (event: unknown) => void; preventDefault?: boolean },
) {
  return (
    <form
      {...testIdOf(props)}
      onSubmit={(event) => {
        // HubSpot's Form never navigates: the page stays, the extension gets the event.
        event.preventDefault();
        props.onSubmit?.({ type: 'submit' });
      }}
    >
      {props.children}
    </form>
  );
}

export function List(
  props: Children & {
    variant?:
      'ordered' | 'unordered' | 'unordered-styled' | 'ordered-styled' | 'inline' | 'inline-divided';
  },
) {
  const ordered = props.variant?.startsWith('ordered');
  const items = Array.isArray(props.children) ? props.children : [props.children];
  const Tag = ordered ? 'ol' : 'ul';
  return (
    <Tag
      className={classes('hs-list', props.variant && `hs-list--${props.variant}`)}
      {...testIdOf(props)}
    >
      {items.map((child, index) => (
        <li key={index}>{child}</li>
      ))}
    </Tag>
  );
}
