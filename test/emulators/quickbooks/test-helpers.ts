// Shared set-up for the emulator's own tests: a started emulator and an axios client per realm.
import axios, { type AxiosInstance, type AxiosResponse } from 'axios';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import {
  startQuickBooksEmulator,
  type QuickBooksEmulator,
} from '../../../emulators/quickbooks/index.js';

export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface Api {
  http: AxiosInstance;
  realmId: string;
  token: string;
  get(path: string, params?: Record<string, string>): Promise<AxiosResponse<Json>>;
  post(path: string, body: unknown, params?: Record<string, string>): Promise<AxiosResponse<Json>>;
  query(q: string): Promise<AxiosResponse<Json>>;
}

export const FIXED_NOW = new Date('2025-06-16T18:00:00Z');

export async function start(
  opts: { seed?: 'demo' | 'empty'; now?: Date } = {},
): Promise<QuickBooksEmulator> {
  const emu = await startQuickBooksEmulator({
    seed: opts.seed ?? 'demo',
    now: opts.now ?? FIXED_NOW,
  });
  emu.limits.enabled = false;
  return emu;
}

export function api(emu: QuickBooksEmulator, realmId: string, token?: string): Api {
  const access = token ?? emu.issueTokens(realmId).access_token;
  const http = axios.create({
    baseURL: `${emu.url}/v3/company/${realmId}`,
    validateStatus: () => true,
    headers: { Authorization: `Bearer ${access}`, Accept: 'application/json' },
  });
  return {
    http,
    realmId,
    token: access,
    get: (path, params = {}) => http.get(path, { params: { minorversion: '75', ...params } }),
    post: (path, body, params = {}) =>
      http.post(path, body, {
        params: { minorversion: '75', ...params },
        headers: { 'Content-Type': 'application/json' },
      }),
    query: (q) => http.get('/query', { params: { query: q, minorversion: '75' } }),
  };
}

/** The first fault of a QBO 400 answer. */
export function faultOf(res: AxiosResponse<Json>): {
  code: string;
  Message: string;
  Detail: string;
  element?: string;
} {
  expect(res.data.Fault, JSON.stringify(res.data)).toBeDefined();
  return res.data.Fault.Error[0];
}

export function expectFault(res: AxiosResponse<Json>, status: number, code: string): void {
  expect(res.status, JSON.stringify(res.data)).toBe(status);
  expect(faultOf(res).code).toBe(code);
}

export function expectConforming(emu: QuickBooksEmulator): void {
  expect(emu.conformanceViolations, JSON.stringify(emu.conformanceViolations, null, 1)).toEqual([]);
}

export interface DemoContext {
  emu: QuickBooksEmulator;
  us: Api;
  gb: Api;
}

/**
 * One emulator for a test file: started before its tests, its conformance log checked and the
 * server closed after them, and the demo companies reset (limits off) before each test. `onReset`
 * hands the fresh context to the file's own variables.
 */
export function useDemoEmulator(onReset: (context: DemoContext) => void): void {
  let emu: QuickBooksEmulator;
  beforeAll(async () => {
    emu = await start();
  });
  afterAll(async () => {
    expectConforming(emu);
    await emu.close();
  });
  beforeEach(() => {
    emu.reset('demo');
    emu.limits.enabled = false;
    onReset({ emu, us: api(emu, emu.realms.us), gb: api(emu, emu.realms.global) });
  });
}
