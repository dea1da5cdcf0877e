// `npm run package`: store uploads in packages/ (gitignored), from builds made just before.
//   own-it-<version>-chromium.zip  for the Chrome Web Store and Edge Add-ons (from dist/)
//   own-it-<version>-firefox.zip   for addons.mozilla.org (from dist-firefox/, made by `web-ext build`)
// Each is made from a staged copy whose manifest is the store one (scripts/store-manifest.ts: no
// content script on 127.0.0.1 or localhost); dist/ and dist-firefox/ stay the test and demo builds.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { storeManifest } from './store-manifest';
import { zipFolder } from './zip-folder';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'packages');

function version(dir: string): string {
  const path = join(ROOT, dir, 'manifest.json');
  if (!existsSync(path)) {
    console.error(`${dir}/ has no build. Run \`npm run build:firefox\` first (it builds dist/ too).`);
    process.exit(1);
  }
  return (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version;
}

function report(path: string): void {
  console.log(`  ${path.slice(ROOT.length + 1).padEnd(44)} ${(statSync(path).size / 1024).toFixed(1)} kB`);
}

/** A copy of a build folder with the store manifest, under packages/.stage/. */
function staged(dir: string): string {
  const target = join(OUT, '.stage', dir);
  rmSync(target, { recursive: true, force: true });
  cpSync(join(ROOT, dir), target, { recursive: true });
  const path = join(target, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  writeFileSync(path, `${JSON.stringify(storeManifest(manifest), null, 2)}\n`);
  return target;
}

// Both builds are checked before anything is written, so a missing one leaves no half-made set.
const chromium = join(OUT, `own-it-${version('dist')}-chromium.zip`);
const firefoxName = `own-it-${version('dist-firefox')}-firefox.zip`;
mkdirSync(OUT, { recursive: true });
writeFileSync(chromium, zipFolder(staged('dist')).bytes);
const firefoxSource = staged('dist-firefox');

// Run web-ext's own script with this Node, so it works the same on every OS.
execFileSync(
  process.execPath,
  [
    join(ROOT, 'node_modules/web-ext/bin/web-ext.js'),
    'build',
    '--source-dir',
    firefoxSource,
    '--artifacts-dir',
    OUT,
    '--filename',
    firefoxName,
    '--overwrite-dest',
    '--no-config-discovery',
  ],
  { stdio: ['ignore', 'ignore', 'inherit'] },
);

rmSync(join(OUT, '.stage'), { recursive: true, force: true });
console.log('\nStore packages (no content script on 127.0.0.1 or localhost):');
report(chromium);
report(join(OUT, firefoxName));
