#!/usr/bin/env node
// `npm run bench`: runs src/cli/bench-main.ts through tsx, with --expose-gc so heap use can be measured.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../src/cli/bench-main.ts', import.meta.url));
const flags = ['--expose-gc', '--max-old-space-size=6144', '--import', import.meta.resolve('tsx')];
const run = spawnSync(process.execPath, [...flags, entry, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exitCode = run.status ?? 1;
