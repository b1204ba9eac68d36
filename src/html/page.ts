/**
 * The shell every page shares: doctype, a Content-Security-Policy that forbids every fetch (the
 * page is self-contained; a stray URL in a text cannot make it reach the network) and admits only
 * the page's own script by hash, the inline stylesheet, and the script at the end of the body.
 */
import { createHash } from 'node:crypto';
import { CLIENT_JS } from './client.js';
import { escapeHtml } from './escape.js';
import { CSS } from './styles.js';

const SCRIPT_HASH = createHash('sha256').update(CLIENT_JS, 'utf8').digest('base64');

/** Content-Security-Policy of the pages: nothing may be fetched; only our own script runs. */
export const CSP = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${SCRIPT_HASH}'; img-src data:; base-uri 'none'; form-action 'none'`;

/** Everything before the body's content. */
export function pageHead(title: string, bodyClass = ''): string {
  return (
    `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n` +
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="color-scheme" content="light">\n` +
    `<title>${escapeHtml(title)}</title>\n<style>${CSS}</style>\n</head>\n<body${bodyClass ? ` class="${bodyClass}"` : ''}>\n`
  );
}

/** Everything after the body's content: the tooltip box and the script. */
export function pageTail(): string {
  return `<div id="tip" role="status" aria-live="polite" hidden></div>\n<script>${CLIENT_JS}</script>\n</body>\n</html>\n`;
}

/**
 * A sink that gathers small writes and passes them on in chunks of about `size` characters
 * (default: 1 MiB), so writing a large page costs few system calls. Call `flush()` at the end.
 */
export function bufferedSink(sink: (chunk: string) => void, size = 1 << 20): { write: (s: string) => void; flush: () => void } {
  let buffer: string[] = [];
  let length = 0;
  const flush = (): void => {
    if (length === 0) return;
    sink(buffer.join(''));
    buffer = [];
    length = 0;
  };
  return {
    write: (s: string): void => {
      buffer.push(s);
      length += s.length;
      if (length >= size) flush();
    },
    flush,
  };
}
