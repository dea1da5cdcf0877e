// `npm run package`: store uploads in packages/ (gitignored), from builds made just before.
//   own-it-<version>-chromium.zip  for the Chrome Web Store and Edge Add-ons (from dist/)
//   own-it-<version>-firefox.zip   for addons.mozilla.org (from dist-firefox/, made by `web-ext build`)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
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

// Both builds are checked before anything is written, so a missing one leaves no half-made set.
const chromium = join(OUT, `own-it-${version('dist')}-chromium.zip`);
const firefoxName = `own-it-${version('dist-firefox')}-firefox.zip`;
mkdirSync(OUT, { recursive: true });
writeFileSync(chromium, zipFolder(join(ROOT, 'dist')).bytes);

// Run web-ext's own script with this Node, so it works the same on every OS.
execFileSync(
  process.execPath,
  [
    join(ROOT, 'node_modules/web-ext/bin/web-ext.js'),
    'build',
    '--source-dir',
    join(ROOT, 'dist-firefox'),
    '--artifacts-dir',
    OUT,
    '--filename',
    firefoxName,
    '--overwrite-dest',
    '--no-config-discovery',
  ],
  { stdio: ['ignore', 'ignore', 'inherit'] },
);

console.log('\nStore packages:');
report(chromium);
report(join(OUT, firefoxName));
