import type { ReactNode } from 'react';
import { classes, testIdOf } from './shared';

type Children = { children?: ReactNode; testId?: string };

export function Statistics(props: Children) {
  return (
    <div className="hs-statistics" {...testIdOf(props)}>
      {props.children}
    </div>
  );
}

export function StatisticsItem(props: Children & { label: string; number: string }) {
  return (
    <div className="hs-statistics__item" {...testIdOf(props)}>
      <div className="hs-field__label">{props.label}</div>
      <div className="hs-statistics__number">{props.number}</div>
      {props.children}
    </div>
  );
}

export function StatisticsTrend(props: {
  direction?: 'increase' | 'decrease';
  value?: string;
  testId?: string;
}) {
  return (
    <span
      className={classes('hs-trend', `hs-trend--${props.direction ?? 'increase'}`)}
      {...testIdOf(props)}
    >
      {props.direction === 'decrease' ? '▼' : '▲'} {props.value}
    </span>
  );
}

export function Icon(props: {
  name: string;
  size?: string;
  screenReaderText?: string;
  testId?: string;
}) {
  return (
    <span
      className="hs-icon"
      role={props.screenReaderText ? 'img' : undefined}
      aria-label={props.screenReaderText}
      data-icon={props.name}
      {...testIdOf(props)}
    >
      ●
    </span>
  );
}

export function Illustration(props: {
  name: string;
  alt?: string;
  width?: number;
  height?: number;
  testId?: string;
}) {
  return (
    <div
      className="hs-empty-state__image"
      role="img"
      aria-label={props.alt ?? props.name}
      style={{ width: props.width ?? 120, height: props.height ?? 80 }}
      {...testIdOf(props)}
    />
  );
}

export function ScoreCircle(props: { score: number; testId?: string }) {
  return (
    <span className="hs-score" {...testIdOf(props)}>
      {props.score}
    </span>
  );
}
