// One runtime message listener per receiver (docs/architecture.md): the worker's router, the panel's
// inbox, the meaning host and the content script. A second listener in any of them fails here, naming it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../../src');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

describe('runtime message listeners', () => {
  it('are exactly one per receiver', () => {
    const found = files(SRC)
      .filter((file) => /onMessage\.addListener\(/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(SRC, file))
      .sort();
    expect(found).toEqual([
      'background/router.ts',
      'content/start.ts',
      'meaning/offscreen.ts',
      'sidepanel/inbox.ts',
    ]);
  });
});
