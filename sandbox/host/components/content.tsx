import type { CSSProperties, ReactNode } from 'react';
import { classes, testIdOf } from './shared';

type Children = { children?: ReactNode; testId?: string };

interface TextFormat {
  fontWeight?: 'regular' | 'demibold' | 'bold';
  italic?: boolean;
  lineDecoration?: 'none' | 'underline' | 'strikethrough';
  textTransform?: 'none' | 'uppercase' | 'lowercase' | 'capitalize' | 'sentenceCase';
}

function formatStyle(format: TextFormat | undefined): CSSProperties {
  if (!format) return {};
  return {
    fontWeight:
      format.fontWeight === 'bold' ? 700 : format.fontWeight === 'demibold' ? 600 : undefined,
    fontStyle: format.italic ? 'italic' : undefined,
    textDecoration:
      format.lineDecoration === 'strikethrough'
        ? 'line-through'
        : format.lineDecoration === 'underline'
          ? 'underline'
          : undefined,
    textTransform:
      format.textTransform && format.textTransform !== 'sentenceCase'
        ? format.textTransform
        : undefined,
  };
}

export function Text(
  props: Children & {
    format?: TextFormat;
    variant?: 'bodytext' | 'microcopy';
    inline?: boolean;
    truncate?: boolean;
  },
) {
  const Tag = props.inline ? 'span' : 'p';
  return (
    <Tag
      className={classes('hs-text', props.variant === 'microcopy' && 'hs-text--microcopy')}
      style={formatStyle(props.format)}
      {...testIdOf(props)}
    >
      {props.children}
    </Tag>
  );
}

export function Heading(props: Children & { inline?: boolean }) {
  return (
    <h2
      className="hs-heading"
      style={props.inline ? { display: 'inline' } : undefined}
      {...testIdOf(props)}
    >
      {props.children}
    </h2>
  );
}

export function Link(
  props: Children & {
    href?: string | { url: string; external?: boolean };
    onClick?: () => void;
    variant?: 'primary' | 'light' | 'dark' | 'destructive';
    preventDefault?: boolean;
  },
) {
  const href = typeof props.href === 'string' ? props.href : props.href?.url;
  // HubSpot opens links outside HubSpot in a new tab.
  const external = typeof props.href === 'object' ? props.href.external !== false : Boolean(href);
  return (
    <a
      className={classes('hs-link', props.variant && `hs-link--${props.variant}`)}
      href={href ?? '#'}
      target={href && external ? '_blank' : undefined}
      rel={href && external ? 'noopener noreferrer' : undefined}
      onClick={(event) => {
        if (!href || props.preventDefault) event.preventDefault();
        props.onClick?.();
      }}
      {...testIdOf(props)}
    >
      {props.children}
    </a>
  );
}

export function Alert(
  props: Children & {
    title?: string;
    variant?: 'info' | 'warning' | 'success' | 'error' | 'danger' | 'tip';
  },
) {
  const variant = props.variant ?? 'info';
  return (
    <div
      className={classes('hs-alert', `hs-alert--${variant}`)}
      role={variant === 'error' || variant === 'danger' ? 'alert' : 'status'}
      {...testIdOf(props)}
    >
      {props.title ? <div className="hs-alert__title">{props.title}</div> : null}
      <div className="hs-alert__body">{props.children}</div>
    </div>
  );
}

export function StatusTag(
  props: Children & {
    variant?: 'default' | 'success' | 'warning' | 'danger' | 'info';
    hollow?: boolean;
    onClick?: () => void;
  },
) {
  return (
    <span
      className={classes(
        'hs-status-tag',
        `hs-status-tag--${props.variant ?? 'default'}`,
        props.hollow && 'hs-status-tag--hollow',
      )}
      onClick={props.onClick}
      {...testIdOf(props)}
    >
      <span className="hs-status-tag__dot" aria-hidden="true" />
      {props.children}
    </span>
  );
}

export function Tag(props: Children & { variant?: string; onClick?: () => void }) {
  return (
    <span
      className={classes('hs-tag', `hs-tag--${props.variant ?? 'default'}`)}
      onClick={props.onClick}
      {...testIdOf(props)}
    >
      {props.children}
    </span>
  );
}

export function EmptyState(
  props: Children & {
    title?: string;
    layout?: 'horizontal' | 'vertical';
    flush?: boolean;
    imageWidth?: number;
  },
) {
  return (
    <div
      className={classes(
        'hs-empty-state',
        props.layout === 'horizontal' && 'hs-empty-state--horizontal',
      )}
      {...testIdOf(props)}
    >
      <div
        className="hs-empty-state__image"
        style={{ width: props.imageWidth ?? 120 }}
        aria-hidden="true"
      />
      <div>
        <div className="hs-empty-state__title">{props.title ?? 'All is not lost.'}</div>
        {props.children}
      </div>
    </div>
  );
}

export function ErrorState(
  props: Children & { title?: string; type?: 'error' | 'support' | 'lock' },
) {
  return (
    <div className="hs-error-state" role="alert" {...testIdOf(props)}>
      <div className="hs-error-state__image" aria-hidden="true" />
      <div className="hs-error-state__title">{props.title ?? 'Something went wrong.'}</div>
      {props.children}
    </div>
  );
}

export function LoadingSpinner(props: {
  label?: string;
  showLabel?: boolean;
  size?: string;
  layout?: string;
  testId?: string;
}) {
  const label = props.label ?? 'Loading…';
  return (
    <div className="hs-spinner" role="status" aria-label={label} {...testIdOf(props)}>
      <span className="hs-spinner__circle" aria-hidden="true" />
      {props.showLabel ? <span className="hs-spinner__label">{label}</span> : null}
    </div>
  );
}

export function ProgressBar(props: {
  value?: number;
  maxValue?: number;
  title?: string;
  showPercentage?: boolean;
  valueDescription?: string;
  variant?: string;
  testId?: string;
}) {
  const max = props.maxValue ?? 100;
  const percent = Math.max(0, Math.min(100, ((props.value ?? 0) / max) * 100));
  return (
    <div className="hs-progress" {...testIdOf(props)}>
      {props.title ? <div className="hs-field__label">{props.title}</div> : null}
      <div
        className="hs-progress__track"
        role="progressbar"
        aria-valuenow={props.value ?? 0}
        aria-valuemax={max}
      >
        <div
          className={classes(
            'hs-progress__bar',
            props.variant && `hs-progress__bar--${props.variant}`,
          )}
          style={{ width: `${percent}%` }}
        />
      </div>
      {props.showPercentage ? <span>{Math.round(percent)}%</span> : null}
      {props.valueDescription ? (
        <span className="hs-text--microcopy"> {props.valueDescription}</span>
      ) : null}
    </div>
  );
}

export function DescriptionList(props: Children & { direction?: 'row' | 'column' }) {
  return (
    <dl
      className={classes(
        'hs-description-list',
        props.direction === 'row' && 'hs-description-list--row',
      )}
      {...testIdOf(props)}
    >
      {props.children}
    </dl>
  );
}

export function DescriptionListItem(props: Children & { label: string }) {
  return (
    <div className="hs-description-list__item" {...testIdOf(props)}>
      <dt>{props.label}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}

export function Image(props: {
  src: string;
  alt?: string;
  href?: string;
  onClick?: () => void;
  width?: number;
  height?: number;
  testId?: string;
}) {
  const image = (
    <img
      src={props.src}
      alt={props.alt ?? ''}
      width={props.width}
      height={props.height}
      onClick={props.onClick}
      {...testIdOf(props)}
    />
  );
  return props.href ? (
    <a href={props.href} target="_blank" rel="noopener noreferrer">
      {image}
    </a>
  ) : (
    image
  );
}

export function Tooltip(props: Children) {
  return (
    <span className="hs-tooltip" role="tooltip" {...testIdOf(props)}>
      {props.children}
    </span>
  );
}
