/**
 * The app's UI extensions, read from their `*-hsmeta.json` files as HubSpot reads them: every
 * card (its location and object types) and the settings page, each with its unchanged entry file.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface ExtensionMeta {
  /** `card` or `settings`: where HubSpot shows it. */
  kind: 'card' | 'settings';
  /** The hsmeta uid; also the worker bundle's name (`<uid>.worker.js`). */
  uid: string;
  title: string;
  /** The entry file, relative to the repository (src/app + the hsmeta `entrypoint`). */
  entry: string;
  objectTypes: string[];
}

/** One worker bundle per extension, named by its uid (two cards are two bundles, as on HubSpot). */
export const workerFile = (extension: ExtensionMeta) => `${extension.uid}.worker.js`;

export interface EndpointMeta {
  uid: string;
  /** The function bundle, relative to the repository. */
  bundle: string;
  path: string;
  methods: string[];
}

interface HsMeta {
  uid: string;
  type: string;
  config: {
    name?: string;
    entrypoint: string;
    objectTypes?: string[];
    endpoint?: { path: string; methods: string[] };
  };
}

function metaFiles(root: string, folder: string): HsMeta[] {
  const dir = join(root, 'src', 'app', folder);
  return readdirSync(dir)
    .filter((file) => file.endsWith('-hsmeta.json'))
    .map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as HsMeta);
}

const fromApp = (entrypoint: string) => join('src', entrypoint.replace(/^\//, ''));

export function readExtensions(root: string): ExtensionMeta[] {
  return [
    ...metaFiles(root, 'cards')
      .filter((meta) => meta.type === 'card')
      .map((meta) => ({
        kind: 'card' as const,
        uid: meta.uid,
        title: meta.config.name ?? meta.uid,
        entry: fromApp(meta.config.entrypoint),
        objectTypes: meta.config.objectTypes ?? [],
      })),
    ...metaFiles(root, 'settings')
      .filter((meta) => meta.type === 'settings')
      .map((meta) => ({
        kind: 'settings' as const,
        uid: meta.uid,
        title: 'Settings',
        entry: fromApp(meta.config.entrypoint),
        objectTypes: [],
      })),
  ];
}

/** Every app function: its uid, its bundle, and the public endpoint if it has one. */
export function readFunctions(
  root: string,
): Array<{ uid: string; bundle: string; endpoint?: EndpointMeta }> {
  return metaFiles(root, 'functions')
    .filter((meta) => meta.type === 'app-function')
    .map((meta) => {
      const bundle = fromApp(meta.config.entrypoint);
      const endpoint = meta.config.endpoint;
      return {
        uid: meta.uid,
        bundle,
        ...(endpoint
          ? { endpoint: { uid: meta.uid, bundle, path: endpoint.path, methods: endpoint.methods } }
          : {}),
      };
    });
}
