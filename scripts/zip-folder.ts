// Zips a built extension folder with manifest.json at the archive's root, as the Chrome Web Store and
// Edge Add-ons expect. Files are stored in a fixed order with a fixed date, so one build gives one zip.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { type Zippable, zipSync } from 'fflate';

const FIXED_DATE = new Date('2020-01-01T00:00:00Z');

function filesUnder(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    // Hidden files (.DS_Store, editor folders) never belong in a store upload.
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...filesUnder(path));
    else found.push(path);
  }
  return found;
}

/** The zip's bytes and the archive paths in it. Throws when the folder is not an extension build. */
export function zipFolder(dir: string): { bytes: Uint8Array; paths: string[] } {
  const files = filesUnder(dir);
  const paths = files.map((file) => relative(dir, file).split(sep).join('/'));
  if (!paths.includes('manifest.json')) {
    throw new Error(`${relative(process.cwd(), dir) || dir} has no manifest.json: build it first.`);
  }
  const entries: Zippable = {};
  files.forEach((file, i) => {
    entries[paths[i] as string] = [readFileSync(file), { mtime: FIXED_DATE }];
  });
  return { bytes: zipSync(entries, { level: 9 }), paths };
}
