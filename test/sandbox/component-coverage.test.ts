/**
 * Every component `@hubspot/ui-extensions` exports (its remote name: the string each export is,
 * and the parts of compound ones) is either drawn by the sandbox page or listed as unsupported
 * with a reason; an unmapped one would show as a placeholder and fail the browser tests.
 */
import * as crm from '@hubspot/ui-extensions/crm';
import * as experimental from '@hubspot/ui-extensions/experimental';
import * as standard from '@hubspot/ui-extensions';
import * as pages from '@hubspot/ui-extensions/pages';
import { describe, expect, it } from 'vitest';
import { hostComponents, unsupportedComponents } from '../../sandbox/host/components';

/** A remote component's name: the string it is, or the name of its memo wrapper. */
function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  // A component with fragment props (Button's `overlay`) is a memo wrapper named after it.
  if (typeof value === 'object' && value !== null && '$$typeof' in value) {
    return (value as { displayName?: string }).displayName ?? null;
  }
  return null;
}

function remoteNames(module: Record<string, unknown>): string[] {
  return Object.entries(module).flatMap(([name, value]) => {
    if (!/^[A-Z]/.test(name)) return [];
    const own = nameOf(value);
    if (own) return [own];
    // A compound component (Dropdown, PageHeader): a function with component parts.
    if (typeof value === 'function') {
      const parts = Object.entries(value).flatMap(([key, part]) =>
        /^[A-Z]/.test(key) && nameOf(part) ? [nameOf(part) as string] : [],
      );
      if (parts.length > 0) return [name, ...parts];
    }
    return [];
  });
}

const exported = [
  ...new Set([standard, crm, experimental, pages].flatMap((m) => remoteNames(m as never))),
];

describe('HubSpot components in the sandbox', () => {
  it('finds the package’s components (the check would be empty otherwise)', () => {
    expect(exported).toEqual(expect.arrayContaining(['Button', 'Panel', 'Table', 'Dropdown']));
    expect(exported.length).toBeGreaterThan(60);
  });

  it('draws or lists as unsupported every component the package exports', () => {
    const neither = exported.filter(
      (name) => !(name in hostComponents) && !(name in unsupportedComponents),
    );
    expect(neither).toEqual([]);
  });

  it('lists nothing as unsupported that it draws, and gives every unsupported one a reason', () => {
    expect(Object.keys(unsupportedComponents).filter((name) => name in hostComponents)).toEqual([]);
    for (const reason of Object.values(unsupportedComponents))
      expect(reason.length).toBeGreaterThan(10);
  });

  it('draws every component this app uses', async () => {
    const { readFileSync, readdirSync, statSync } = await import('node:fs');
    const { join } = await import('node:path');
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((entry) => {
        const path = join(dir, entry);
        return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(entry) ? [path] : [];
      });
    const used = new Set<string>();
    for (const file of [...files('src/app/cards'), ...files('src/app/settings')]) {
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(
        /import\s*\{([^}]*)\}\s*from\s*'@hubspot\/ui-extensions'/g,
      )) {
        for (const name of (match[1] ?? '').split(',').map((n) => n.trim())) {
          if (/^[A-Z]/.test(name) && exported.includes(name)) used.add(name);
        }
      }
    }
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((name) => !(name in hostComponents))).toEqual([]);
  });
});
