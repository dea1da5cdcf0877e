// Prints the gzip size of what each extension context loads and fails when a budget is exceeded
// (DESIGN.md "Budgets"). Runs after every `npm run build`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = resolve(import.meta.dirname, '../dist');
const KB = 1024;
const BUDGETS = {
  firstPaint: 80 * KB,
  panelAll: 150 * KB,
  content: 15 * KB,
  snippetKeys: 8 * KB,
  editor: 4 * KB,
  meaningHost: 200 * KB,
};

const STATIC_IMPORT = /(?:import|export)\s*(?:[\w*{}\s,$]*?\s*from\s*)?["'](\.{1,2}\/[^"']+?\.js)["']/g;
const DYNAMIC_IMPORT = /import\(\s*["'`](\.{1,2}\/[^"'`]+?\.js)["'`]\s*\)/g;
const MAPPED_DEP = /["'](assets\/[^"']+?\.js)["']/g;
/** A worker started from a bundle: `new Worker(new URL("/assets/….js", import.meta.url))`. */
const WORKER_URL = /new URL\(\s*["'`]\/(assets\/[^"'`]+?\.js)["'`]/g;

function imports(file: string, dynamic: boolean): string[] {
  const code = readFileSync(file, 'utf8');
  const found = [...code.matchAll(STATIC_IMPORT)].map((m) => resolve(dirname(file), m[1] as string));
  if (dynamic) {
    found.push(...[...code.matchAll(DYNAMIC_IMPORT)].map((m) => resolve(dirname(file), m[1] as string)));
    found.push(...[...code.matchAll(MAPPED_DEP)].map((m) => join(DIST, m[1] as string)));
  }
  found.push(...[...code.matchAll(WORKER_URL)].map((m) => join(DIST, m[1] as string)));
  return found.filter((path) => existsSync(path));
}

function closure(entries: string[], dynamic: boolean): Set<string> {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...imports(file, dynamic));
  }
  return seen;
}

function gzipSize(files: Iterable<string>): number {
  let total = 0;
  for (const file of files) total += gzipSync(readFileSync(file), { level: 9 }).length;
  return total;
}

function htmlScripts(htmlPath: string): string[] {
  const html = readFileSync(htmlPath, 'utf8');
  const sources = [
    ...html.matchAll(/<script[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ];
  return sources.map((m) =>
    m[1]?.startsWith('/') ? join(DIST, m[1]) : resolve(dirname(htmlPath), m[1] ?? ''),
  );
}

const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as {
  side_panel: { default_path: string };
  content_scripts: { js: string[] }[];
};
const panelEntries = htmlScripts(join(DIST, manifest.side_panel.default_path));
const firstPaint = closure(panelEntries, false);
const panelAll = closure(panelEntries, true);
const content = closure(
  manifest.content_scripts.flatMap((c) => c.js.map((js) => join(DIST, js))),
  true,
);

// The meaning host: the offscreen document and its worker (TensorFlow.js), one for the whole browser,
// loaded after a panel is idle. Its model files are data, listed apart.
const meaningHost = closure(htmlScripts(join(DIST, 'src/meaning/offscreen.html')), true);

const rows = [
  { name: 'side panel, before first paint', files: firstPaint, budget: BUDGETS.firstPaint },
  { name: 'side panel, all JS', files: panelAll, budget: BUDGETS.panelAll },
  { name: 'content script', files: content, budget: BUDGETS.content },
  {
    name: 'snippet shortcuts (sites turned on)',
    files: new Set([join(DIST, 'snippet-keys.js')]),
    budget: BUDGETS.snippetKeys,
  },
  {
    name: 'reply-box editor (first insert)',
    files: new Set([join(DIST, 'editor.js')]),
    budget: BUDGETS.editor,
  },
  { name: 'meaning host (offscreen, worker)', files: meaningHost, budget: BUDGETS.meaningHost },
];
let over = false;
console.log('\nBundle sizes (gzip -9):');
for (const row of rows) {
  const size = gzipSize(row.files);
  const ok = size <= row.budget;
  over ||= !ok;
  console.log(
    `  ${row.name.padEnd(32)} ${(size / KB).toFixed(1).padStart(6)} kB  (budget ${row.budget / KB} kB) ${ok ? 'ok' : 'OVER BUDGET'}`,
  );
  console.log(`    ${[...row.files].map((f) => relative(DIST, f)).join(', ')}`);
}
// The data the panel fetches (the nudge engine's phrase files and word lists): JSON, not code, so not in
// the JS budget, but printed so that moving words out of the code shows where they went.
const FETCHED_DATA = /["'`]\/(assets\/[^"'`]+?\.json)["'`]/g;
const panelData = new Set(
  [...panelAll].flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(FETCHED_DATA)].map((m) => join(DIST, m[1] as string)),
  ),
);
console.log(
  `  side panel, fetched data (JSON)  ${(gzipSize(panelData) / KB).toFixed(1).padStart(6)} kB  (not JS; with all JS ${((gzipSize(panelData) + gzipSize(panelAll)) / KB).toFixed(1)} kB)`,
);
console.log(`    ${[...panelData].map((f) => relative(DIST, f)).join(', ')}`);
const modelFolder = join(DIST, 'meaning');
const modelBytes = readdirSync(modelFolder).reduce(
  (sum, file) => sum + statSync(join(modelFolder, file)).size,
  0,
);
console.log(
  `  meaning model and WebAssembly files (meaning/, not JS): ${(modelBytes / KB / KB).toFixed(1)} MB`,
);
if (over) {
  console.error('A bundle is over its budget (DESIGN.md "Budgets").');
  process.exit(1);
}
