/**
 * The page script and one worker bundle per extension, built by esbuild in memory. Each worker
 * bundle is the worker globals followed by the extension's unchanged entry file, so the entry
 * finds `extend_V2` and `hsWorkerAPI` when it loads, as in HubSpot's worker.
 */
import { context, type BuildContext, type BuildResult, type Plugin } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { workerFile, type ExtensionMeta } from './extensions';

export interface Bundles {
  /** The built file by its URL name (`page.js`, `<uid>.worker.js`, …), or the build's errors. */
  get(name: string): { body: string; type: string } | undefined;
  errors(): string[];
  /** Rebuilds on every change of a source file until closed (for `npm start`). */
  watch(): Promise<void>;
  close(): Promise<void>;
}

export async function buildBundles(root: string, extensions: ExtensionMeta[]): Promise<Bundles> {
  const outputs = new Map<string, string>();
  // Each build's latest errors, so one build's success does not hide another's failure.
  const errorsByBuild = new Map<string, string[]>();
  const collect = (names: Record<string, string>): Plugin => ({
    name: 'collect',
    setup(build) {
      build.onEnd((result: BuildResult) => {
        errorsByBuild.set(
          Object.keys(names).join(','),
          result.errors.map((e) => `${e.location?.file ?? ''}: ${e.text}`),
        );
        for (const file of result.outputFiles ?? []) {
          const name = Object.entries(names).find(([, out]) => file.path.endsWith(out))?.[0];
          if (name) outputs.set(name, file.text);
        }
      });
    },
  });

  const common = {
    absWorkingDir: root,
    bundle: true,
    write: false,
    outdir: join(root, '.tmp', 'sandbox'),
    platform: 'browser' as const,
    target: 'es2022',
    jsx: 'automatic' as const,
    sourcemap: 'inline' as const,
    logLevel: 'silent' as const,
    define: { 'process.env.NODE_ENV': '"development"' },
  };

  const contexts: BuildContext[] = [
    await context({
      ...common,
      entryPoints: { page: join(root, 'sandbox', 'host', 'main.tsx') },
      format: 'esm',
      plugins: [collect({ 'page.js': 'page.js' })],
    }),
    ...(await Promise.all(
      extensions.map((extension) =>
        context({
          ...common,
          stdin: {
            contents: `import './sandbox/worker/install-globals';\nimport './${extension.entry}';\n`,
            resolveDir: root,
            sourcefile: `${extension.uid}.worker.ts`,
            loader: 'ts',
          },
          outfile: join(root, '.tmp', 'sandbox', workerFile(extension)),
          outdir: undefined,
          format: 'iife',
          plugins: [collect({ [workerFile(extension)]: workerFile(extension) })],
        }),
      ),
    )),
  ];
  await Promise.all(contexts.map((ctx) => ctx.rebuild().catch(() => undefined)));

  return {
    get(name) {
      if (name === 'styles.css') {
        return {
          body: readFileSync(join(root, 'sandbox', 'host', 'styles.css'), 'utf8'),
          type: 'text/css',
        };
      }
      const body = outputs.get(name);
      return body === undefined ? undefined : { body, type: 'text/javascript' };
    },
    errors: () => [...errorsByBuild.values()].flat(),
    async watch() {
      await Promise.all(contexts.map((ctx) => ctx.watch()));
    },
    async close() {
      await Promise.all(contexts.map((ctx) => ctx.dispose()));
    },
  };
}
