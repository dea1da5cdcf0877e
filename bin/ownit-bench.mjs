#!/usr/bin/env node
// `npm run bench`: runs src/cli/bench-main.ts through tsx, with --expose-gc so heap use can be measured;
// then the nudge benchmark (src/cli/bench-nudges.ts: analysis time per kB on ordinary and adversarial
// drafts; alone: `npm run bench:nudges`); then the import benchmark (src/cli/bench-import.ts: 10,000 articles as CSV and as a pack, parsed,
// planned and written); then the help-center sync benchmark (scripts/bench-help-center.ts: a 5,000-article
// Zendesk Guide stand-in synced, then 20 changes synced incrementally; alone: `npm run bench:helpcenter`); then the meaning benchmark (src/cli/bench-meaning.ts: model load, embedding
// throughput, suggestion time with meaning); then, when those succeeded, the in-browser benchmark (scripts/bench-browser.ts: the built extension in
// Chromium with 10,000 articles; needs `npm run build` first). Arguments go to the Node benchmark;
// `npm run bench:browser -- …` runs the browser one alone with its own.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const tsx = ['--import', import.meta.resolve('tsx')];
const entry = fileURLToPath(new URL('../src/cli/bench-main.ts', import.meta.url));
const args = process.argv.slice(2);
const flags = ['--expose-gc', '--max-old-space-size=6144', ...tsx];
const run = spawnSync(process.execPath, [...flags, entry, ...args], { stdio: 'inherit' });
process.exitCode = run.status ?? 1;

if (run.status === 0 && !args.includes('--help') && !args.includes('-h')) {
  const nudgesBench = fileURLToPath(new URL('../src/cli/bench-nudges.ts', import.meta.url));
  const nudges = spawnSync(process.execPath, [...flags, nudgesBench], { stdio: 'inherit' });
  process.exitCode = nudges.status ?? 1;
}

if (process.exitCode === 0 && !args.includes('--help') && !args.includes('-h')) {
  const importBench = fileURLToPath(new URL('../src/cli/bench-import.ts', import.meta.url));
  const imports = spawnSync(process.execPath, [...flags, importBench], { stdio: 'inherit' });
  process.exitCode = imports.status ?? 1;
}

if (process.exitCode === 0 && !args.includes('--help') && !args.includes('-h')) {
  const helpCenterBench = fileURLToPath(new URL('../scripts/bench-help-center.ts', import.meta.url));
  const helpCenter = spawnSync(process.execPath, [...flags, helpCenterBench], { stdio: 'inherit' });
  process.exitCode = helpCenter.status ?? 1;
}

if (process.exitCode === 0 && !args.includes('--help') && !args.includes('-h')) {
  const meaningBench = fileURLToPath(new URL('../src/cli/bench-meaning.ts', import.meta.url));
  const meaning = spawnSync(process.execPath, [...flags, meaningBench], { stdio: 'inherit' });
  process.exitCode = meaning.status ?? 1;
}

if (process.exitCode === 0 && !args.includes('--help') && !args.includes('-h')) {
  const browser = fileURLToPath(new URL('../scripts/bench-browser.ts', import.meta.url));
  const inBrowser = spawnSync(process.execPath, [...tsx, browser], { stdio: 'inherit' });
  process.exitCode = inBrowser.status ?? 1;
}
