// Writes throwaway input files for CLI tests.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = mkdtempSync(join(tmpdir(), 'ownit-cli-test-'));

/** Writes a file (gzipped when the name ends in .gz, unless raw) and returns its path. */
export function tempFile(name: string, content: string | object, raw = false): string {
  const path = join(dir, name);
  const text = typeof content === 'string' ? content : JSON.stringify(content);
  writeFileSync(path, name.endsWith('.gz') && !raw ? gzipSync(text) : text);
  return path;
}

export const ARTICLES = [
  {
    id: 'refund',
    title: 'Refund request',
    body: 'Refund to the original payment method.',
    tags: ['billing'],
  },
  { id: 'late', title: 'Late delivery', body: 'My parcel has not arrived.' },
  { id: 'locked', title: 'Account locked', body: 'I cannot log in.', keywords: ['blocked'] },
];
