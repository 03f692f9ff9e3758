import type { IncomingMessage, ServerResponse } from 'node:http';
import { badRequest } from './errors.js';

/** Parsed request handed to route handlers. */
export interface ApiRequest {
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
}

/** Result of a route handler: a status and an optional JSON body. */
export interface ApiResponse {
  status: number;
  body?: unknown;
}

export const ok = (body: unknown, status = 200): ApiResponse => ({ status, body });
export const noContent = (): ApiResponse => ({ status: 204 });

export async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw badRequest(`Invalid input JSON on line 1: ${(err as Error).message}`);
  }
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
  if (body === undefined || status === 204) {
    res.statusCode = status;
    res.end();
    return;
  }
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json;charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(text));
  res.end(text);
}

/** Comma-separated and repeated query parameters, as HubSpot accepts both. */
export function listParam(query: URLSearchParams, name: string): string[] {
  return query
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

export function intParam(
  query: URLSearchParams,
  name: string,
  fallback: number,
  max: number,
): number {
  const raw = query.get(name);
  if (raw === null || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw badRequest(`${name} must be a positive integer`);
  if (n > max) throw badRequest(`${name} must be less than or equal to ${max}`);
  return n;
}

export const boolParam = (query: URLSearchParams, name: string): boolean =>
  query.get(name)?.toLowerCase() === 'true';

/** Narrowing helpers for untyped JSON bodies. */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function requireObject(v: unknown, what = 'request body'): Record<string, unknown> {
  if (!isRecord(v)) throw badRequest(`Invalid input JSON: ${what} must be an object`);
  return v;
}

export function requireArray(v: unknown, what: string): unknown[] {
  if (!Array.isArray(v)) throw badRequest(`Invalid input JSON: ${what} must be an array`);
  return v;
}

export function optString(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}
