// `npm run build:firefox`: the Chrome/Edge build (dist/) copied to dist-firefox/ with its manifest
// rewritten for Firefox by scripts/firefox-manifest.ts. Same files, same code; only the manifest differs.
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { firefoxManifest, referencedFiles } from './firefox-manifest';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const OUT = join(ROOT, 'dist-firefox');

if (!existsSync(join(DIST, 'manifest.json'))) {
  console.error('dist/ has no build. Run `npm run build` first.');
  process.exit(1);
}

rmSync(OUT, { recursive: true, force: true });
cpSync(DIST, OUT, { recursive: true });
const chrome = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
const firefox = firefoxManifest(chrome);
const missing = referencedFiles(firefox).filter((file) => !existsSync(join(OUT, file)));
if (missing.length > 0) {
  console.error(`The Firefox manifest points at files the build does not have: ${missing.join(', ')}`);
  process.exit(1);
}
writeFileSync(join(OUT, 'manifest.json'), `${JSON.stringify(firefox, null, 2)}\n`);
console.log('Firefox build written to dist-firefox/ (load dist-firefox/manifest.json in about:debugging).');
