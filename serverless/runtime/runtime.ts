import { Config, type SecretSource } from '../config';
import { systemClock, type Clock } from '../lib/clock';
import { WarmCache } from '../lib/warm-cache';
import type { Services } from './services';

/** A function call has about 15 s on HubSpot; answer well before, retries included. */
export const CALL_BUDGET_MS = 12_000;

/**
 * What every call of a function shares: the clock, the time budget of one call, and the warm
 * cache. Tests hand in their own (a clock they move, a short budget, a fresh cache for a cold
 * start); HubSpot's runs use `functionRuntime`.
 */
export interface Runtime {
  clock: Clock;
  budgetMs: number;
  cache: WarmCache;
}

export function createRuntime(overrides: Partial<Runtime> = {}): Runtime {
  const clock = overrides.clock ?? systemClock;
  return {
    clock,
    budgetMs: overrides.budgetMs ?? CALL_BUDGET_MS,
    cache: overrides.cache ?? new WarmCache(clock),
  };
}

/** The one runtime of this function instance: its warm cache is the only state kept between calls. */
export const functionRuntime: Runtime = createRuntime();

/** The configuration for this warm instance: function secrets first, then process.env. */
export function configOf(runtime: Runtime, secrets: SecretSource = {}): Config {
  return runtime.cache.keep('config', () => new Config({ ...process.env, ...secrets }));
}

/**
 * The composition root for one call, with its deadline. Loaded by the first call, not at cold
 * start: the adapters and their schemas are most of what a function loads, and an invalid call
 * never needs them.
 */
export async function servicesFor(
  runtime: Runtime,
  secrets: SecretSource | undefined,
  deadline: number,
): Promise<Services> {
  const { Services } = await import('./services');
  return new Services(configOf(runtime, secrets), {
    deadline,
    clock: runtime.clock,
    cache: runtime.cache,
  });
}
