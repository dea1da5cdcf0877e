import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { zipFolder } from '../../../scripts/zip-folder';

let dir = '';

function build(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'ownit-zip-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('zipping a build for the Chrome Web Store and Edge Add-ons', () => {
  it('puts manifest.json at the root and every file at its path, with its bytes', () => {
    const folder = build({
      'manifest.json': '{"manifest_version":3}',
      'assets/panel.js': 'console.log(1)',
      'src/sidepanel/index.html': '<!doctype html>',
    });
    const files = unzipSync(zipFolder(folder).bytes);
    expect(Object.keys(files).sort()).toEqual([
      'assets/panel.js',
      'manifest.json',
      'src/sidepanel/index.html',
    ]);
    expect(strFromU8(files['manifest.json'] as Uint8Array)).toBe('{"manifest_version":3}');
    expect(strFromU8(files['assets/panel.js'] as Uint8Array)).toBe('console.log(1)');
  });

  it('leaves hidden files out', () => {
    const folder = build({ 'manifest.json': '{}', '.DS_Store': 'x', '.vite/manifest.json': '{}' });
    expect(zipFolder(folder).paths).toEqual(['manifest.json']);
  });

  it('gives the same bytes for the same build, whenever the files were written', () => {
    const folder = build({ 'manifest.json': '{}', 'a.js': 'a' });
    const first = zipFolder(folder).bytes;
    utimesSync(join(folder, 'a.js'), new Date('2031-05-05'), new Date('2031-05-05'));
    expect(zipFolder(folder).bytes).toEqual(first);
  });

  it('refuses a folder without a manifest, saying to build first', () => {
    const folder = build({ 'a.js': 'a' });
    expect(() => zipFolder(folder)).toThrow(/has no manifest\.json: build it first/);
  });
});
