import {
  createContext,
  useContext,
  useLayoutEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { classes, testIdOf } from './shared';

type TabId = string | number;
interface TabInfo {
  key: number;
  tabId: TabId;
  title?: string;
  disabled?: boolean;
  testId?: string;
}

interface TabsState {
  selected: TabId | undefined;
  register(info: Omit<TabInfo, 'key'>, key: number): () => void;
  nextKey(): number;
}

const TabsContext = createContext<TabsState | null>(null);

/**
 * Tabs: a remote child's props reach only its own host component, so each Tab registers its id
 * and title here; Tabs draws the tab list and each Tab shows its content when selected.
 */
export function Tabs(props: {
  children?: ReactNode;
  testId?: string;
  selected?: TabId;
  defaultSelected?: TabId;
  variant?: 'default' | 'enclosed';
  fill?: boolean;
  onSelectedChange?: (id: TabId) => void;
}) {
  const [tabs, setTabs] = useState<TabInfo[]>([]);
  const [own, setOwn] = useState<TabId | undefined>(props.defaultSelected);
  const counter = useRef(0);
  const selected = props.selected ?? own ?? tabs[0]?.tabId;
  const state: TabsState = {
    selected,
    nextKey: () => (counter.current += 1),
    register(info, key) {
      setTabs((current) =>
        [...current.filter((tab) => tab.key !== key), { ...info, key }].sort(
          (a, b) => a.key - b.key,
        ),
      );
      return () => setTabs((current) => current.filter((tab) => tab.key !== key));
    },
  };
  return (
    <div
      className={classes('hs-tabs', props.variant === 'enclosed' && 'hs-tabs--enclosed')}
      {...testIdOf(props)}
    >
      <div role="tablist" className={classes('hs-tabs__list', props.fill && 'hs-tabs__list--fill')}>
        {tabs.map((tab) => (
          <button
            key={tab.key}
            type="button"
            role="tab"
            aria-selected={tab.tabId === selected}
            disabled={tab.disabled}
            className={classes('hs-tabs__tab', tab.tabId === selected && 'hs-tabs__tab--selected')}
            data-testid={tab.testId ? `${tab.testId}-tab` : undefined}
            onClick={() => {
              setOwn(tab.tabId);
              props.onSelectedChange?.(tab.tabId);
            }}
          >
            {tab.title}
          </button>
        ))}
      </div>
      <TabsContext.Provider value={state}>{props.children}</TabsContext.Provider>
    </div>
  );
}

export function Tab(props: {
  children?: ReactNode;
  tabId?: TabId;
  title?: string;
  disabled?: boolean;
  testId?: string;
}) {
  const tabs = useContext(TabsContext);
  const [key] = useState(() => tabs?.nextKey() ?? 0);
  const tabId = props.tabId ?? key;
  const { title, disabled, testId } = props;
  useLayoutEffect(
    () => tabs?.register({ tabId, title, disabled, testId }, key),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [tabId, title, disabled, testId, key],
  );
  if (tabs && tabs.selected !== tabId) return null;
  return (
    <div role="tabpanel" className="hs-tabs__panel" {...testIdOf(props)}>
      {props.children}
    </div>
  );
}

export function StepIndicator(props: {
  stepNames: string[];
  currentStep?: number;
  direction?: 'horizontal' | 'vertical';
  variant?: string;
  testId?: string;
  onClick?: (step: number) => void;
}) {
  const current = props.currentStep ?? 0;
  return (
    <ol
      className={classes('hs-steps', props.direction === 'vertical' && 'hs-steps--vertical')}
      {...testIdOf(props)}
    >
      {props.stepNames.map((name, index) => (
        <li
          key={index}
          className={classes(
            'hs-steps__step',
            index < current && 'hs-steps__step--done',
            index === current && 'hs-steps__step--current',
          )}
          aria-current={index === current ? 'step' : undefined}
          onClick={props.onClick ? () => props.onClick?.(index) : undefined}
        >
          <span className="hs-steps__circle">{index < current ? '✓' : index + 1}</span>
          <span className="hs-steps__name">{name}</span>
        </li>
      ))}
    </ol>
  );
}

export function Accordion(props: {
  children?: ReactNode;
  title: string;
  defaultOpen?: boolean;
  open?: boolean;
  disabled?: boolean;
  testId?: string;
  onClick?: () => void;
}) {
  const [own, setOwn] = useState(props.defaultOpen ?? false);
  const open = props.open ?? own;
  return (
    <div className="hs-accordion" {...testIdOf(props)}>
      <button
        type="button"
        className="hs-accordion__title"
        aria-expanded={open}
        disabled={props.disabled}
        onClick={() => {
          setOwn(!open);
          props.onClick?.();
        }}
      >
        {open ? '▾' : '▸'} {props.title}
      </button>
      {open ? <div className="hs-accordion__body">{props.children}</div> : null}
    </div>
  );
}
