import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's Chromium, driven by playwright-core (no browser download): /usr/bin/chromium, or
 * CHROMIUM_PATH. A missing browser is a clear failure naming the install command.
 */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH?.trim() || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `The end-to-end tests need Chromium at ${path}. Install it with ` +
        '`sudo apt-get install --no-install-recommends chromium fonts-liberation` ' +
        '(or set CHROMIUM_PATH to a Chromium or Chrome binary).',
    );
  }
  return path;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    // Root in containers and CI has no user namespace for Chromium's sandbox.
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
  });
}
