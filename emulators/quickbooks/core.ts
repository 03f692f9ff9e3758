// The emulator's shared state, handed to the HTTP layers.
import type { Clock } from './clock.js';
import type { ConformanceViolation } from './conformance.js';
import type { UnauthorizedForm } from './faults.js';
import type { Limits } from './limits.js';
import type { OAuthApp, OAuthServer } from './oauth.js';
import type { RealmStore } from './store.js';
import type { Webhooks } from './webhooks.js';

export interface FaultState {
  latencyMs: number;
  failCount: number;
  failStatus: number;
  dropCount: number;
  /**
   * Real milliseconds to hold each of the next token-endpoint answers after the work is done (a
   * refresh token is issued at once, answered later): answers then arrive out of issue order. A
   * function instead of a delay holds the answer until the promise it returns settles.
   */
  tokenAnswerDelays: Array<number | (() => Promise<unknown>)>;
  /** Injected 5xx and drops hit only matching requests (every request when null). */
  target: { method?: string; pathEndsWith?: string } | null;
  unauthorizedCount: number;
  unauthorizedForm: UnauthorizedForm;
  /** The form of 401 for genuinely bad tokens. */
  defaultUnauthorizedForm: UnauthorizedForm;
}

export interface RequestLogEntry {
  method: string;
  path: string;
  query: string;
  status: number;
  requestId?: string;
  intuitTid: string;
  minorVersion?: string;
}

export interface Core {
  clock: Clock;
  oauth: OAuthServer;
  limits: Limits;
  webhooks: Webhooks;
  app: OAuthApp;
  realms: Map<string, RealmStore>;
  faults: FaultState;
  strictConformance: boolean;
  violations: ConformanceViolation[];
  requests: RequestLogEntry[];
}

export interface Answer {
  status: number;
  contentType?: string;
  body?: string | Buffer;
  headers?: Record<string, string>;
  /** Called once the answer has left (or the connection was dropped): ends a throttled slot. */
  release?: () => void;
}

export function jsonAnswer(status: number, value: unknown): Answer {
  return { status, contentType: 'application/json;charset=UTF-8', body: JSON.stringify(value) };
}
