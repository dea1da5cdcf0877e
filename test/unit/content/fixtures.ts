// Loads a saved page from test/fixtures/pages into the (happy-dom) test document.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// node:path rather than `new URL(…, import.meta.url)`: under happy-dom, URL is the DOM one.
const PAGES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/pages');

export function fixtureHtml(name: string): string {
  return readFileSync(join(PAGES, name), 'utf8');
}

/** Replaces the live document's content with a fixture page (head and body, styles included). */
export function loadFixture(name: string): Document {
  loadHtml(fixtureHtml(name));
  return document;
}

/** Replaces the live document's content with `html` (a whole page or a body fragment). */
export function loadHtml(html: string): Document {
  const inner = html.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
  document.documentElement.innerHTML = /<body[\s>]/i.test(inner)
    ? inner
    : `<head></head><body>${inner}</body>`;
  return document;
}
