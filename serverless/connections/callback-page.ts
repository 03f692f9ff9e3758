import type { Language } from '@qbo-invoicing/messages';

/**
 * The small page the OAuth callback endpoint answers with, in the admin's language (`lang` tells
 * the browser and screen readers which). Text is escaped; nothing is scripted.
 */
const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

export function callbackPage(language: Language, title: string, lines: string[]): string {
  return [
    '<!doctype html>',
    `<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${escape(title)}</title>`,
    '<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#33475b}h1{font-size:1.4rem}</style>',
    '</head><body>',
    `<h1>${escape(title)}</h1>`,
    ...lines.filter((line) => line !== '').map((line) => `<p>${escape(line)}</p>`),
    '</body></html>',
  ].join('\n');
}
