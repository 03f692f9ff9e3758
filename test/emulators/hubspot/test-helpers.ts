import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startHubSpotEmulator, type HubSpotEmulator } from '../../../emulators/hubspot/index.js';

// Response bodies are asserted field by field; a loose type keeps tests short.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface Reply<T = Json> {
  status: number;
  body: T;
  headers: Headers;
}

/** Starts one emulator per test file and resets it before each test. */
export function useEmulator(seed: 'demo' | 'empty' = 'demo'): { readonly emu: HubSpotEmulator } {
  const holder: { emu?: HubSpotEmulator } = {};
  beforeAll(async () => {
    holder.emu = await startHubSpotEmulator({ seed });
  });
  afterAll(async () => {
    await holder.emu?.close();
  });
  beforeEach(() => {
    holder.emu?.reset(seed);
  });
  return {
    get emu(): HubSpotEmulator {
      if (!holder.emu) throw new Error('emulator not started');
      return holder.emu;
    },
  };
}

/** Calls the emulator with its token, returning status, parsed JSON and headers. */
export async function call<T = Json>(
  emu: HubSpotEmulator,
  method: string,
  path: string,
  body?: unknown,
  token: string | null = emu.token,
): Promise<Reply<T>> {
  const headers: Record<string, string> = {};
  if (token !== null) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${emu.url}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return {
    status: res.status,
    body: text ? (JSON.parse(text) as T) : (undefined as T),
    headers: res.headers,
  };
}
