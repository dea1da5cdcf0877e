// In-browser benchmark: the built extension (dist/) in Chromium with the first 10,000 articles of the
// shared corpus in its database. Measures the first panel open after the import (index build and
// snapshot write), time-to-ready on later opens (from the stored snapshot), per-keystroke latency while
// typing the corpus queries, and heap. Figures, not assertions: DESIGN.md "Budgets" are printed beside.
//
//   npm run build && npx tsx scripts/bench-browser.ts [--articles 10000] [--opens 7] [--queries 300]
//     [--meaning on|pages|off]   (pages: the fresh install's meaning figures and suggestions after a page
//     change only; off: the panel's open and typing only) [--pause 0] (seconds between later opens)
//     [--hold on|write] (another extension page keeps a database connection open during the later opens;
//     write: and writes a usage event every 50 ms)
//     [--profile on|keys|both] (on: one more open under the CPU profiler, the main thread's time by
//     function; keys: the queries typed once more under the profiler, the time inside keystrokes by
//     function, all of them and the slowest 5%) [--profile-file path] (the typing profile saved there, a
//     .cpuprofile DevTools opens)
//     [--trace on] (one more open under Chrome's tracing: the main thread's time by the browser's own
//     tasks: parsing, compiling, style, layout, paint, script)
//   OWNIT_DIST=folder runs another build than dist/ (two builds measured in alternation).
//   [--versus folder] (a second browser with the build in folder, the same articles imported: each later
//   open and each typed query alternates between the two builds, so both meet the same machine; the
//   figures of (b) and (c) are this build's, the versus line compares the two)
//
// The panel reports its own timings through User Timing (src/sidepanel/timing.ts); this script only reads
// them. Functions run in the page (page.evaluate, addInitScript) must not define named arrow functions:
// tsx wraps those in a helper the page does not have. Articles are written with raw IndexedDB from the panel page, with one change-log entry saying
// "everything changed", as an import through the app logs it.
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { parseArgs } from '../src/cli/args';
import { readText } from '../src/cli/read-files';
import type { Article } from '../src/shared/model';
import {
  corpusArticles,
  type HostMemory,
  hostMemory,
  mb as mbOf,
  memoryLine,
  minuteLine,
  shippedPackFigures,
  startupLine,
} from './bench-browser-meaning';
import { DIST, type LoadedExtension, launchExtension, ROOT, serveFixtures, writeArticles } from './chromium';

const QUERIES = join(ROOT, '../shared/data/corpus/queries.json');
const CHUNK = 500;
const LONG_WAIT = 600_000;
/** How long the benchmark leaves the meaning host alone to measure its background pace. */
const IDLE_MEANING_MS = 60_000;
const SEARCH_BOX = { name: 'Search knowledge base' };

interface Options {
  articles: number;
  opens: number;
  queries: number;
  /** on: every meaning figure; pages: the fresh install's only ((e)'s first lines); off: none. */
  meaning: 'on' | 'pages' | 'off';
  /** Seconds between one later open's page closing and the next opening. */
  pause: number;
  /** Another extension page holds a connection to the database during the later opens (write: and writes
   * a usage event every 50 ms, as the worker logging or syncing would). */
  hold: false | 'on' | 'write';
  /** One more open after the measured ones, under the CPU profiler: where the main thread's time went. */
  profile: boolean;
  /** The queries typed once more under the CPU profiler: where a keystroke's time goes. */
  profileKeys: boolean;
  /** Where the typing profile is saved, when given. */
  profileFile: string | undefined;
  /** One more open under Chrome's tracing: the main thread's time by the browser's task kinds. */
  trace: boolean;
  /** Another build's folder, opened in alternation with this one in a second browser. */
  versus: string | undefined;
}

/** What the init script records in each panel page (performance.now() times: ms from navigation). */
interface PageTimes {
  typedAt: number;
  resultsAt: number;
  paintedAt: number;
  keystrokes: { chars: number; ms: number; searchMs: number; start: number }[];
  /** The panel page's long tasks (main thread busy 50 ms or more at a time): [start, duration]. */
  longTasks: [number, number][];
  /** DOM nodes added and removed, and texts changed in place, since the page opened (the DOM's work). */
  dom: { nodes: number; texts: number };
}

interface OpenFigures {
  source: string | undefined;
  firstPaint: number | null;
  /** When the panel's code began loading the knowledge base (its module ran). */
  loadStart: number;
  indexLoad: number;
  /** The stored row's read (from when it began, early-index.js or the panel's code) and its unpacking. */
  indexRead: number;
  indexUnpack: number;
  /** From the index loaded to ready: the typed query's first search and the first render with the index. */
  firstSearch: number;
  /** When the stored snapshot's excerpt texts were attached (read apart, after ready), from navigation. */
  textsAttached: number;
  /** From navigation: when the index row and the texts row arrived (early-index.js), the panel's database opened. */
  rowAt: number;
  /** From navigation: when early-index.js started, and when its database open succeeded. */
  earlyStartAt: number;
  earlyOpenAt: number;
  /** From navigation: when the index row's bytes (one Blob) were read (early-index.js). */
  bytesAt: number;
  /** Long tasks of the panel page's main thread before ready: [start, duration] from navigation. */
  longTasks: [number, number][];
  textsRowAt: number;
  dbOpenAt: number;
  ready: number;
  resultsPainted: number;
  heapMB: number;
  buffersMB: number;
}

function options(argv: string[]): Options {
  const args = parseArgs(['bench-browser', ...argv]);
  const number = (name: string, fallback: number) => {
    const value = Number(args.flags.get(name) ?? fallback);
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number ≥ 1.`);
    return value;
  };
  const meaning = args.flags.get('meaning') ?? 'on';
  if (meaning !== 'on' && meaning !== 'off' && meaning !== 'pages') {
    throw new Error('--meaning must be on, pages or off.');
  }
  return {
    articles: number('articles', 10_000),
    opens: number('opens', 7),
    queries: number('queries', 1e9),
    meaning,
    pause: Number(args.flags.get('pause') ?? 0),
    hold: holdOption(args.flags.get('hold')),
    profile: ['on', 'both'].includes(args.flags.get('profile') ?? ''),
    profileKeys: ['keys', 'both'].includes(args.flags.get('profile') ?? ''),
    profileFile: args.flags.get('profile-file'),
    trace: args.flags.get('trace') === 'on',
    versus: args.flags.get('versus'),
  };
}

function holdOption(value: string | undefined): Options['hold'] {
  if (value === undefined || value === 'off') return false;
  if (value !== 'on' && value !== 'write') throw new Error('--hold must be on, write or off.');
  return value;
}

async function corpusQueries(limit: number): Promise<string[]> {
  const data = JSON.parse(await readText(QUERIES)) as { text?: unknown }[];
  return data
    .map((query) => query.text)
    .filter((text): text is string => typeof text === 'string' && text.length >= 2)
    .slice(0, limit);
}

/** Runs in the panel page before its scripts: types a query as soon as the search box exists, notes when
 * its results are in the DOM and painted, and collects every keystroke measure the panel makes. */
function recordPanel(query: string): void {
  if (location.protocol !== 'chrome-extension:') return;
  const times: PageTimes = {
    typedAt: -1,
    resultsAt: -1,
    paintedAt: -1,
    keystrokes: [],
    longTasks: [],
    dom: { nodes: 0, texts: 0 },
  };
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') times.dom.texts++;
      else times.dom.nodes += record.addedNodes.length + record.removedNodes.length;
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });
  (window as unknown as { __ownitBench: PageTimes }).__ownitBench = times;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) times.longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name !== 'ownit:keystroke') continue;
      const detail = (entry as PerformanceMeasure).detail as { chars?: number; searchMs?: number } | null;
      times.keystrokes.push({
        chars: detail?.chars ?? 0,
        ms: entry.duration,
        searchMs: detail?.searchMs ?? Number.NaN,
        start: entry.startTime,
      });
    }
  }).observe({ type: 'measure', buffered: true });
  const observer = new MutationObserver(() => {
    const input = document.getElementById('kb-search') as HTMLInputElement | null;
    if (input && !input.disabled && times.typedAt < 0) {
      times.typedAt = performance.now();
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    if (times.typedAt >= 0 && times.resultsAt < 0 && document.querySelector('[role="option"]')) {
      times.resultsAt = performance.now();
      observer.disconnect();
      // The frame that paints the results starts with this callback.
      requestAnimationFrame(() => {
        times.paintedAt = performance.now();
      });
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** An extension page holding a connection to the database open (as another Own It window would). */
async function holdConnection(ext: LoadedExtension, write: boolean): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.id}/manifest.json`);
  await page.evaluate(
    (write) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('ownit');
        open.onsuccess = () => {
          const db = open.result;
          (window as unknown as { held: IDBDatabase }).held = db;
          // A usage event every 50 ms, in a transaction of its own (a worker logging as the agent works).
          if (write) {
            setInterval(() => {
              db.transaction('events', 'readwrite')
                .objectStore('events')
                .add({ kind: 'search-empty', at: Date.now(), subject: 'bench writer' });
            }, 50);
          }
          done();
        };
        open.onerror = () => fail(open.error);
      }),
    write,
  );
  return page;
}

async function openPanel(ext: LoadedExtension, query: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.addInitScript(recordPanel, query);
  await page.goto(ext.panelUrl());
  return page;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

/** Opens the panel in the page and waits until its first results are painted. */
async function openUntilPainted(page: Page, ext: LoadedExtension): Promise<void> {
  await page.goto(ext.panelUrl());
  await page.waitForFunction(
    () => (window as unknown as { __ownitBench: PageTimes }).__ownitBench.paintedAt >= 0,
    undefined,
    { timeout: LONG_WAIT, polling: 5 },
  );
}

/** One open under the CPU profiler, from navigation to the typed query's results painted: the main
 * thread's time by function (self time, sampled every 0.1 ms), the busiest first. Figures for finding
 * what runs while the index's bytes arrive, slowed by the profiler itself. */
async function profileOpen(ext: LoadedExtension, query: string): Promise<void> {
  const page = await ext.context.newPage();
  await page.addInitScript(recordPanel, query);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await openUntilPainted(page, ext);
  const marks = await page.evaluate(() => ({
    now: performance.now(),
    painted: (window as unknown as { __ownitBench: PageTimes }).__ownitBench.paintedAt,
    bytes: performance.getEntriesByName('ownit:index-bytes')[0]?.startTime ?? Number.NaN,
  }));
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; endTime: number };
  };
  const painted = marks.painted;
  await cdp.detach();
  await page.close();
  const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  // Sample times in the page's clock: the profile ends about when `now` was read (the stop follows it).
  const sampleAt: number[] = [];
  let at = profile.endTime;
  for (let i = profile.samples.length - 1; i >= 0; i--) {
    sampleAt[i] = marks.now + (at - profile.endTime) / 1000;
    at -= profile.timeDeltas[i] ?? 0;
  }
  // Self time before the index's bytes were read, and from then to the results painted.
  const self = new Map<string, [number, number]>();
  for (let i = 0; i < profile.samples.length; i++) {
    const frame = frames.get(profile.samples[i]!);
    const when = sampleAt[i]!;
    if (!frame || frame.functionName === '(idle)' || when > painted) continue;
    const file = frame.url.split('/').pop() || '';
    const key = `${frame.functionName || '(anonymous)'} ${file}${file ? `:${frame.lineNumber + 1}` : ''}`;
    const sums = self.get(key) ?? [0, 0];
    sums[when < marks.bytes ? 0 : 1] += (profile.timeDeltas[i + 1] ?? 0) / 1000;
    self.set(key, sums);
  }
  const total = (part: 0 | 1) => [...self.values()].reduce((sum, value) => sum + value[part], 0);
  console.log(
    `\nProfiled open: index bytes read at ${ms(marks.bytes)}, results painted at ${ms(painted)}; main thread busy (self time) ${ms(total(0))} before the bytes, ${ms(total(1))} after:`,
  );
  for (const [key, [before, after]] of [...self].sort((a, b) => b[1][0] - a[1][0]).slice(0, 25)) {
    console.log(`  ${ms(before, 1).padStart(9)} ${ms(after, 1).padStart(9)}  ${key}`);
  }
}

/** Keeps the page's main thread busy for 3 ms in a function the profiler can find: when it started (the
 * page's clock), to set the profile's samples on that clock. */
const PROFILE_MARK = `(() => {
  window.__benchProfileMark ??= function benchProfileMark() {
    const start = performance.now();
    while (performance.now() - start < 3);
    return start;
  };
  return window.__benchProfileMark();
})()`;

/** The queries typed once more in the panel under the CPU profiler (sampled every 0.1 ms): self time by
 * function inside the keystrokes' measures (input event to results in the DOM), over all of them and over
 * the slowest 5%, and the same for the time each function was on the stack (inclusive). */
async function profileTyping(page: Page, queries: string[], file: string | undefined): Promise<void> {
  const box = page.getByRole('searchbox', SEARCH_BOX);
  await box.fill('');
  const before = await page.evaluate(
    () => (window as unknown as { __ownitBench: PageTimes }).__ownitBench.keystrokes.length,
  );
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const firstMark = (await page.evaluate(PROFILE_MARK)) as number;
  for (const query of queries) {
    await box.fill('');
    await page.keyboard.type(query);
  }
  const lastMark = (await page.evaluate(PROFILE_MARK)) as number;
  const keys = await page.evaluate(
    (from) =>
      (window as unknown as { __ownitBench: PageTimes }).__ownitBench.keystrokes
        .slice(from)
        .filter((k) => k.chars >= 2),
    before,
  );
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: {
      nodes: (ProfileNode & { children?: number[] })[];
      samples: number[];
      timeDeltas: number[];
      startTime: number;
    };
  };
  await cdp.detach();
  await box.fill('');
  if (file) writeFileSync(file, JSON.stringify(profile));
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const nameOf = (frame: ProfileNode['callFrame']) => {
    const file = frame.url.split('/').pop() || '';
    return `${frame.functionName || '(anonymous)'} ${file}${file ? `:${frame.lineNumber + 1}` : ''}`;
  };
  // Sample times in ms of the profiler's clock, then on the page's: the first sample in each mark.
  const clock: number[] = [];
  let at = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i] ?? 0;
    clock[i] = at / 1000;
  }
  const inMark = (i: number) => nodes.get(profile.samples[i]!)?.callFrame.functionName === 'benchProfileMark';
  const firstIn = profile.samples.findIndex((_, i) => inMark(i));
  let lastIn = -1;
  for (let i = profile.samples.length - 1; i >= 0 && lastIn < 0; i--) if (inMark(i)) lastIn = i;
  while (lastIn > 0 && inMark(lastIn - 1)) lastIn--;
  if (firstIn < 0 || lastIn <= firstIn) {
    console.log('\nProfiled typing: the profile marks were not found.');
    return;
  }
  // The two clocks' offset at each mark, and in between as a straight line.
  const offset = clock[firstIn]! - firstMark;
  const drift = clock[lastIn]! - lastMark - offset;
  const span = clock[lastIn]! - clock[firstIn]!;
  const windows = keys.map((k) => [k.start, k.start + k.ms] as const).sort((a, b) => a[0] - b[0]);
  const slowCut = percentile(
    keys.map((k) => k.ms),
    95,
  );
  const slow = new Set(keys.filter((k) => k.ms >= slowCut).map((k) => k.start));
  // [self all, self slowest, on stack all, on stack slowest]
  const sums = new Map<string, [number, number, number, number]>();
  const add = (name: string, column: number, value: number) => {
    const row = sums.get(name) ?? [0, 0, 0, 0];
    row[column]! += value;
    sums.set(name, row);
  };
  let inside = 0;
  let insideSlow = 0;
  let w = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const when = clock[i]! - offset - (drift * (clock[i]! - clock[firstIn]!)) / span;
    while (w < windows.length && windows[w]![1] < when) w++;
    const window = windows[w];
    if (!window || when < window[0]) continue;
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const isSlow = slow.has(window[0]);
    inside += dt;
    if (isSlow) insideSlow += dt;
    const node = nodes.get(profile.samples[i]!);
    if (!node) continue;
    const self = nameOf(node.callFrame);
    add(self, 0, dt);
    if (isSlow) add(self, 1, dt);
    const seen = new Set<string>();
    for (let id: number | undefined = node.id; id !== undefined; id = parents.get(id)) {
      const name = nameOf(nodes.get(id)!.callFrame);
      if (seen.has(name)) continue;
      seen.add(name);
      add(name, 2, dt);
      if (isSlow) add(name, 3, dt);
    }
  }
  console.log(
    `\nProfiled typing: ${keys.length} keystrokes (p95 ${ms(slowCut, 1)} under the profiler; the profile's clock set by a mark at each end, ${ms(drift, 2)} apart), ${ms(inside)} sampled inside them, ${ms(insideSlow)} inside the slowest 5%; ms by function (self all, self slowest 5%, on stack all, on stack slowest 5%):`,
  );
  const line = ([name, row]: [string, number[]]) =>
    `  ${row.map((v) => v.toFixed(1).padStart(8)).join('')}  ${name}`;
  console.log('  by self time:');
  for (const entry of [...sums].sort((a, b) => b[1][0] - a[1][0]).slice(0, 30)) console.log(line(entry));
  console.log('  by time on the stack:');
  for (const entry of [...sums].sort((a, b) => b[1][2] - a[1][2]).slice(0, 40)) console.log(line(entry));
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string } };
}

/** One open under Chrome's tracing, to the typed query's results painted: the panel's main thread's time
 * by trace event (self time: an event's duration less the events inside it), before the index's bytes
 * were read and after. The CPU profile calls most of this time "(program)": this names it (HTML parsing,
 * script compiling and evaluating, style, layout, paint, the browser's IPC). */
async function traceOpen(ext: LoadedExtension, query: string): Promise<void> {
  const page = await ext.context.newPage();
  await page.addInitScript(recordPanel, query);
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (message) => {
    events.push(...(message.value as unknown as TraceEvent[]));
  });
  const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8',
        'v8.execute',
        'blink',
        'blink.user_timing',
        'loading',
        'toplevel',
        '__metadata',
      ],
    },
  } as never);
  await openUntilPainted(page, ext);
  const marks = await page.evaluate(() => ({
    painted: (window as unknown as { __ownitBench: PageTimes }).__ownitBench.paintedAt,
    bytes: performance.getEntriesByName('ownit:index-bytes')[0]?.startTime ?? Number.NaN,
  }));
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  await page.close();
  // The panel's main thread: the renderer thread that ran the bytes' mark.
  const mark = events.find((e) => e.name === 'ownit:index-bytes' && e.cat.includes('user_timing'));
  const names = new Map<string, string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const main = mark
    ? events.filter((e) => e.pid === mark.pid && names.get(`${e.pid}:${e.tid}`) === 'CrRendererMain')
    : [];
  if (!mark || main.length === 0) {
    console.log("\nTraced open: the panel's main thread was not found in the trace.");
    return;
  }
  // Trace time of the page's time origin: the bytes' mark at `marks.bytes` in the page's clock.
  const origin = mark.ts / 1000 - marks.bytes;
  const spans = main
    .filter((e) => e.ph === 'X' && e.dur !== undefined)
    .map((e) => ({ name: e.name, start: e.ts / 1000 - origin, end: (e.ts + (e.dur ?? 0)) / 1000 - origin }))
    .filter((e) => e.end > 0 && e.start < marks.painted)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  // Self time by name, split at the bytes' mark: each span's time less the spans nested in it.
  const self = new Map<string, [number, number]>();
  const add = (name: string, from: number, to: number) => {
    const sums = self.get(name) ?? [0, 0];
    const cut = Math.min(Math.max(marks.bytes, from), to);
    sums[0] += Math.max(0, cut - from);
    sums[1] += Math.max(0, to - cut);
    self.set(name, sums);
  };
  const stack: { name: string; end: number; at: number }[] = [];
  const close = (until: number) => {
    while (stack.length > 0 && stack[stack.length - 1]!.end <= until) {
      const top = stack.pop()!;
      add(top.name, top.at, top.end);
      if (stack.length > 0) stack[stack.length - 1]!.at = top.end;
    }
  };
  for (const span of spans) {
    close(span.start);
    const parent = stack[stack.length - 1];
    if (parent) {
      add(parent.name, parent.at, span.start);
      parent.at = Math.min(span.end, parent.end);
    }
    stack.push({ name: span.name, end: Math.min(span.end, parent?.end ?? span.end), at: span.start });
  }
  close(Number.POSITIVE_INFINITY);
  const total = (part: 0 | 1) => [...self.values()].reduce((sum, value) => sum + value[part], 0);
  console.log(
    `\nTraced open: index bytes read at ${ms(marks.bytes)}, results painted at ${ms(marks.painted)}; main thread in trace events (self time) ${ms(total(0))} before the bytes, ${ms(total(1))} after:`,
  );
  for (const [name, [before, after]] of [...self].sort((a, b) => b[1][0] - a[1][0]).slice(0, 25)) {
    console.log(`  ${ms(before, 1).padStart(9)} ${ms(after, 1).padStart(9)}  ${name}`);
  }
}

/** After a full GC: the JS heap in use, and array buffer contents (the packed postings), which V8 keeps
 * outside it. */
async function heap(page: Page, cdp?: CDPSession): Promise<{ heapMB: number; buffersMB: number }> {
  const session = cdp ?? (await page.context().newCDPSession(page));
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize, backingStorageSize } = await session.send('Runtime.getHeapUsage');
  if (!cdp) await session.detach();
  return { heapMB: usedSize / 1e6, buffersMB: (backingStorageSize ?? Number.NaN) / 1e6 };
}

async function readyFigures(page: Page): Promise<Omit<OpenFigures, 'heapMB' | 'buffersMB'>> {
  await page.waitForFunction(() => document.body.dataset.indexSource !== undefined, undefined, {
    timeout: LONG_WAIT,
  });
  await page.waitForFunction(
    () => (window as unknown as { __ownitBench: PageTimes }).__ownitBench.paintedAt >= 0,
    undefined,
    { timeout: LONG_WAIT },
  );
  // A stored snapshot's excerpt texts are read apart and attached after ready.
  if ((await page.evaluate(() => document.body.dataset.indexSource)) === 'snapshot') {
    await page
      .waitForFunction(() => performance.getEntriesByName('ownit:index-texts').length > 0, undefined, {
        timeout: 60_000,
      })
      .catch(() => undefined);
  }
  return page.evaluate(() => {
    const times = (window as unknown as { __ownitBench: PageTimes }).__ownitBench;
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    return {
      source: document.body.dataset.indexSource,
      firstPaint: paint ? paint.startTime : null,
      loadStart: performance.getEntriesByName('ownit:index-load')[0]?.startTime ?? Number.NaN,
      indexLoad: performance.getEntriesByName('ownit:index-load')[0]?.duration ?? Number.NaN,
      indexRead: performance.getEntriesByName('ownit:index-read')[0]?.duration ?? Number.NaN,
      indexUnpack: performance.getEntriesByName('ownit:index-unpack')[0]?.duration ?? Number.NaN,
      firstSearch:
        (performance.getEntriesByName('ownit:ready')[0]?.startTime ?? Number.NaN) -
        ((performance.getEntriesByName('ownit:index-load')[0]?.startTime ?? Number.NaN) +
          (performance.getEntriesByName('ownit:index-load')[0]?.duration ?? Number.NaN)),
      textsAttached: (() => {
        const texts = performance.getEntriesByName('ownit:index-texts')[0];
        return texts ? texts.startTime + texts.duration : Number.NaN;
      })(),
      rowAt: performance.getEntriesByName('ownit:index-row')[0]?.startTime ?? Number.NaN,
      earlyStartAt: performance.getEntriesByName('ownit:early-start')[0]?.startTime ?? Number.NaN,
      earlyOpenAt: performance.getEntriesByName('ownit:early-open')[0]?.startTime ?? Number.NaN,
      bytesAt: performance.getEntriesByName('ownit:index-bytes')[0]?.startTime ?? Number.NaN,
      textsRowAt: performance.getEntriesByName('ownit:index-texts-row')[0]?.startTime ?? Number.NaN,
      dbOpenAt: performance.getEntriesByName('ownit:db-open')[0]?.startTime ?? Number.NaN,
      ready: performance.getEntriesByName('ownit:ready')[0]?.startTime ?? Number.NaN,
      resultsPainted: times.paintedAt,
      longTasks: times.longTasks
        .filter((task) => task[0] < times.paintedAt)
        .map((task) => [Math.round(task[0]), Math.round(task[1])] as [number, number]),
    };
  });
}

/** Bytes of the stored snapshot: its Blob (or, stored by an older version, its typed arrays and its strings at
 * one byte a character). */
async function snapshotMB(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((done, fail) => {
        const open = indexedDB.open('ownit');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('searchIndex').objectStore('searchIndex').get('main');
          request.onsuccess = () => {
            db.close();
            let bytes = 0;
            const queue: unknown[] = [request.result?.snapshot];
            while (queue.length > 0) {
              const value = queue.pop();
              if (value instanceof Blob) bytes += value.size;
              else if (typeof value === 'string') bytes += value.length;
              else if (ArrayBuffer.isView(value)) bytes += value.byteLength;
              else if (value && typeof value === 'object') queue.push(...Object.values(value));
            }
            done(bytes / 1e6);
          };
          request.onerror = () => fail(request.error);
        };
      }),
  );
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const ms = (value: number, digits = 0) => (Number.isFinite(value) ? `${value.toFixed(digits)} ms` : '–');
const mb = (value: number) => (Number.isFinite(value) ? `${value.toFixed(0)} MB` : '–');

/** Fixture tickets the meaning benchmark switches between (each asks the host for its closeness once). */
const MEANING_PAGES = [
  'freshdesk-kettle.html',
  'zendesk-ticket.html',
  'freshdesk-ticket.html',
  'servicenow-incident.html',
  'salesforce-case.html',
  'intercom-conversation.html',
  'helpscout-conversation.html',
  'gmail-thread.html',
  'generic-ticket.html',
  'demo-helpdesk.html',
];

/**
 * Tickets the page-change run visits for the first time (no panel asked about them before): their texts
 * are new to the meaning host, so each waits for the model unless the host started on it ahead.
 */
const NEW_PAGES = [
  'front-conversation.html',
  'gorgias-ticket.html',
  'hubspot-ticket.html',
  'jira-sm-request.html',
  'kustomer-conversation.html',
  'outlook-reading-pane.html',
  'zoho-desk-ticket.html',
  'trap-newest-first.html',
];

interface MeaningFigures {
  items: number;
  readyMs: number;
  closenessMs: number[];
  /** One panel following one tab through the fixture tickets: page facts → suggestions in the DOM. */
  pageChange: PageChangeFigures;
  memory: HostMemory;
}

/** Where a page change's time with meaning went (ms; parts as the panel measures them, timing.ts). */
interface PageChangeParts {
  /** Page facts → the panel asks the host (words' suggestions rendered, the effect run). */
  beforeAsk: number;
  /** The panel's own work before sending (messaging code, checking the host is there). */
  panel: number;
  toHost: number;
  modelWait: number;
  embed: number;
  score: number;
  back: number;
  /** Answer → suggestions with meaning in the DOM. */
  render: number;
  texts: number;
  embedded: number;
  /** How long before the request the host started on the page from its content script's report. */
  ahead?: number;
}

interface PageChangeFigures {
  wordsMs: number[];
  meaningMs: number[];
  parts: PageChangeParts[];
  /** Per page change: the ticket's first visit in the run (NEW_PAGES), else seen before. */
  firstVisit: boolean[];
  /**
   * Per page change: page facts → the meaning host's complete answer in the DOM (its small-talk check
   * done too; the suggestions with meaning may come before it), NaN where none was measured.
   */
  completeMs: number[];
}

/**
 * Suggestions by meaning on a fresh install (the starter pack): from the first panel open to every item
 * embedded (model load included), then how long each ticket's text takes to get its closeness (the
 * panel's `ownit:meaning-closeness` measure: request → answer from the offscreen host).
 */
/**
 * One panel follows one tab while it goes from ticket to ticket (twice through the fixture pages): how
 * long from the page's facts reaching the panel to its suggestions in the DOM, by words and with meaning.
 */
async function pageChangeFigures(
  ext: LoadedExtension,
  url: (page: string) => string,
): Promise<PageChangeFigures> {
  const tab = await ext.context.newPage();
  await tab.goto(url(MEANING_PAGES[0]!));
  const panel = await ext.openPanel(await ext.tabIdOf(url(MEANING_PAGES[0]!)));
  const count = () => panel.evaluate(() => performance.getEntriesByName('ownit:suggest-meaning').length);
  await panel
    .waitForFunction(() => performance.getEntriesByName('ownit:suggest-meaning').length > 0, undefined, {
      timeout: 60_000,
    })
    .catch(() => undefined);
  // Tickets seen before (by the fresh panels), new ones interleaved, then the new ones again.
  const route = [
    ...MEANING_PAGES.slice(1).flatMap((page, i) => (NEW_PAGES[i] ? [page, NEW_PAGES[i]!] : [page])),
    ...MEANING_PAGES,
    ...NEW_PAGES,
  ];
  const seen = new Set(MEANING_PAGES);
  // One flag per measured page change (a page that gives no measure gives no flag).
  const firstVisit: boolean[] = [];
  // A build that sends the suggestions before the small-talk check measures its complete answer apart:
  // the next page waits for it, as it waited for the one answer before, so no page starts while the
  // last one's check still has the model.
  const completes = () => panel.evaluate(() => performance.getEntriesByName('ownit:suggest-complete').length);
  const measuresComplete = await panel
    .waitForFunction(() => performance.getEntriesByName('ownit:suggest-complete').length > 0, undefined, {
      timeout: 5_000,
    })
    .then(() => true)
    .catch(() => false);
  for (const page of route) {
    const before = await count();
    const beforeComplete = await completes();
    await tab.goto(url(page));
    await panel
      .waitForFunction(
        (seen) => performance.getEntriesByName('ownit:suggest-meaning').length > seen,
        before,
        { timeout: 30_000 },
      )
      .catch(() => undefined);
    if (measuresComplete) {
      await panel
        .waitForFunction(
          (seen) => performance.getEntriesByName('ownit:suggest-complete').length > seen,
          beforeComplete,
          { timeout: 5_000 },
        )
        .catch(() => undefined);
    }
    for (let i = before; i < (await count()); i++) firstVisit.push(!seen.has(page));
    seen.add(page);
  }
  const figures = await panel.evaluate(() => {
    const pages = performance.getEntriesByName('ownit:suggest-meaning');
    const asks = performance.getEntriesByName('ownit:meaning-closeness') as PerformanceMeasure[];
    const complete = performance.getEntriesByName('ownit:suggest-complete');
    return {
      wordsMs: performance.getEntriesByName('ownit:suggest-words').map((entry) => entry.duration),
      meaningMs: pages.map((entry) => entry.duration),
      // A build that measures no complete answer apart (before it came after the suggestions) gives the
      // suggestions' own time.
      completeMs: pages.map((page) =>
        complete.length === 0
          ? page.duration
          : (complete.find((entry) => entry.startTime === page.startTime)?.duration ?? Number.NaN),
      ),
      // Each page's last answered request that started within it.
      parts: pages.map((page) => {
        const end = page.startTime + page.duration;
        const ask = asks.filter((a) => a.startTime >= page.startTime && a.startTime <= end).at(-1);
        const detail = (ask?.detail ?? {}) as Record<string, number>;
        return {
          ...detail,
          beforeAsk: ask ? ask.startTime - page.startTime : Number.NaN,
          render: ask ? end - (ask.startTime + ask.duration) : Number.NaN,
        };
      }),
    };
  });
  await panel.close();
  await tab.close();
  // The first page's come with the panel's own start.
  return {
    wordsMs: figures.wordsMs.slice(1),
    meaningMs: figures.meaningMs.slice(1),
    parts: (figures.parts as PageChangeParts[]).slice(1),
    firstVisit,
    completeMs: figures.completeMs.slice(1),
  };
}

/** The (e) breakdown: p50 and p95 of each part of a page change's time with meaning. */
function partsLines(parts: PageChangeParts[]): string[] {
  const names: [keyof PageChangeParts, string][] = [
    ['beforeAsk', 'page facts → panel asks (words shown first)'],
    ['panel', 'panel before sending (code, host check)'],
    ['toHost', 'to the host’s worker (after a model call running)'],
    ['modelWait', 'waiting for the model'],
    ['embed', 'model embedding texts not embedded yet'],
    ['score', 'closeness to the articles, rest of host'],
    ['back', 'answer back to the panel'],
    ['ahead', 'host started on the page before the request'],
    ['render', 'answer → suggestions in the DOM'],
  ];
  const lines = names.map(([key, label]) => {
    const values = parts.map((part) => part[key]).filter((value): value is number => Number.isFinite(value));
    return `    ${label.padEnd(44)} p50 ${ms(percentile(values, 50), 1).padStart(9)}   p95 ${ms(percentile(values, 95), 1).padStart(9)}`;
  });
  const texts = parts.reduce((sum, part) => sum + (Number.isFinite(part.texts) ? part.texts : 0), 0);
  const embedded = parts.reduce((sum, part) => sum + (Number.isFinite(part.embedded) ? part.embedded : 0), 0);
  const ahead = parts.filter((part) => Number.isFinite(part.ahead)).length;
  lines.push(`    texts asked ${texts}, embedded by the model for the requests ${embedded}`);
  lines.push(
    `    pages the host started on before the request (content script's report): ${ahead} of ${parts.length}`,
  );
  return lines;
}

async function meaningFigures(): Promise<MeaningFigures> {
  const server = await serveFixtures();
  const ext = await launchExtension();
  try {
    const section = (panel: Page) => panel.locator('section[data-meaning]');
    const open = async (page: string) => {
      const url = server.url(page);
      const tab = await ext.context.newPage();
      await tab.goto(url);
      const panel = await ext.openPanel(await ext.tabIdOf(url));
      return { tab, panel };
    };
    const start = performance.now();
    const first = await open(MEANING_PAGES[0]!);
    await first.panel.waitForFunction(
      () => document.querySelector('section[data-meaning]')?.getAttribute('data-meaning') === 'ready',
      undefined,
      { timeout: LONG_WAIT, polling: 100 },
    );
    const readyMs = performance.now() - start;
    const items = Number(await section(first.panel).getAttribute('data-meaning-embedded'));
    await first.panel.close();
    await first.tab.close();
    const closenessMs: number[] = [];
    for (const page of MEANING_PAGES) {
      const { tab, panel } = await open(page);
      await panel.waitForFunction(
        () => performance.getEntriesByName('ownit:meaning-closeness').length > 0,
        undefined,
        { timeout: 60_000 },
      );
      closenessMs.push(
        await panel.evaluate(() => performance.getEntriesByName('ownit:meaning-closeness')[0]!.duration),
      );
      await panel.close();
      await tab.close();
    }
    const pageChange = await pageChangeFigures(ext, server.url);
    const memory = await hostMemory(ext, await ext.openPanel());
    return { items, readyMs, closenessMs, pageChange, memory };
  } finally {
    await ext.close();
    await server.close();
  }
}

async function main(): Promise<void> {
  const opts = options(process.argv.slice(2));
  if (!existsSync(join(DIST, 'manifest.json'))) {
    throw new Error('dist/ has no build of the extension. Run `npm run build` first, then run this again.');
  }
  const builtAt = statSync(join(DIST, 'manifest.json')).mtime;
  const queries = await corpusQueries(opts.queries);
  const articles = await corpusArticles(opts.articles, Date.now());
  const probe = queries[0] ?? 'refund';
  console.log(
    `\nIn-browser benchmark: built extension (dist/ of ${builtAt.toISOString()}) with ${articles.length} corpus articles`,
  );

  const meaning = opts.meaning === 'off' ? undefined : await meaningFigures();
  const ext = await launchExtension();
  let other: LoadedExtension | undefined;
  try {
    // The starter pack is seeded and indexed first, as on a real install.
    const setup = await openPanel(ext, probe);
    await readyFigures(setup);
    const userAgent = await setup.evaluate(() => navigator.userAgent);
    const importStart = performance.now();
    for (let i = 0; i < articles.length; i += CHUNK) {
      const last = i + CHUNK >= articles.length;
      await writeArticles(setup, articles.slice(i, i + CHUNK), last);
    }
    const importMs = performance.now() - importStart;
    await setup.close();
    console.log(`${userAgent.match(/(Headless)?Chrom(e|ium)\/[\d.]+/)?.[0] ?? userAgent}`);
    console.log(
      `Import: ${articles.length} articles written in ${(importMs / 1000).toFixed(1)} s (raw IndexedDB, ${CHUNK} a transaction, from Node over CDP)`,
    );

    // (a) First open after the import: the index is built from every item, then stored when idle.
    const first = await openPanel(ext, probe);
    const built = await readyFigures(first);
    await first.waitForFunction(
      () => performance.getEntriesByName('ownit:index-save').length > 0,
      undefined,
      {
        timeout: LONG_WAIT,
      },
    );
    const save = await first.evaluate(() => {
      const entry = performance.getEntriesByName('ownit:index-save')[0]!;
      return { start: entry.startTime, duration: entry.duration, end: entry.startTime + entry.duration };
    });
    const firstHeap = await heap(first);
    const storedMB = await snapshotMB(first);
    await first.close();
    if (opts.versus) {
      other = await launchExtension({ dist: opts.versus });
      await importInto(other, articles, probe);
    }

    // (b) Later opens: the index comes from the stored snapshot.
    const opens: OpenFigures[] = [];
    const versusOpens: OpenFigures[] = [];
    let last: Page | undefined;
    let otherLast: Page | undefined;
    const holder = opts.hold ? await holdConnection(ext, opts.hold === 'write') : undefined;
    for (let i = 0; i < opts.opens; i++) {
      if (opts.pause > 0) await new Promise((done) => setTimeout(done, opts.pause * 1000));
      const page = await openPanel(ext, probe);
      const figures = await readyFigures(page);
      opens.push({ ...figures, ...(await heap(page)) });
      if (opens.length < opts.opens) await page.close();
      else last = page;
      if (!other) continue;
      if (opts.pause > 0) await new Promise((done) => setTimeout(done, opts.pause * 1000));
      const otherPage = await openPanel(other, probe);
      versusOpens.push({ ...(await readyFigures(otherPage)), ...(await heap(otherPage)) });
      if (versusOpens.length < opts.opens) await otherPage.close();
      else otherLast = otherPage;
    }

    await holder?.close();
    if (opts.profile) await profileOpen(ext, probe);
    if (opts.trace) await traceOpen(ext, probe);

    // (c) Keystrokes: every query typed key by key into the search box of the last panel.
    const panel = last!;
    const box = panel.getByRole('searchbox', SEARCH_BOX);
    const otherBox = otherLast?.getByRole('searchbox', SEARCH_BOX);
    // Which query each measured render belongs to (the renders' count after each query is typed).
    const keysAfter: number[] = [];
    const measured = () =>
      panel.evaluate(() => (window as unknown as { __ownitBench: PageTimes }).__ownitBench.keystrokes.length);
    const domOf = (page: Page) =>
      page.evaluate(() => ({ ...(window as unknown as { __ownitBench: PageTimes }).__ownitBench.dom }));
    const domBefore = await domOf(panel);
    const otherDomBefore = otherLast ? await domOf(otherLast) : undefined;
    const keysBefore = await measured();
    for (const query of queries) {
      await box.fill('');
      await panel.keyboard.type(query);
      keysAfter.push(await measured());
      if (!otherLast || !otherBox) continue;
      await otherBox.fill('');
      await otherLast.keyboard.type(query);
    }
    const domAfter = await domOf(panel);
    const otherDomAfter = otherLast ? await domOf(otherLast) : undefined;
    await box.fill('');
    const typed = (page: Page) =>
      page.evaluate(() =>
        (window as unknown as { __ownitBench: PageTimes }).__ownitBench.keystrokes.filter(
          (k) => k.chars >= 2,
        ),
      );
    const keystrokes = await typed(panel);
    const allKeys = await panel.evaluate(
      () => (window as unknown as { __ownitBench: PageTimes }).__ownitBench.keystrokes,
    );
    const slowKeys = keyKinds(allKeys, keysBefore, keysAfter, queries);
    if (opts.profileKeys) await profileTyping(panel, queries, opts.profileFile);
    const versusTyped = otherLast ? await typed(otherLast) : [];
    const versusKeys = versusTyped.map((k) => k.ms);
    const typingHeap = await heap(panel);
    await panel.close();
    await otherLast?.close();

    const times = keystrokes.map((k) => k.ms);
    const expected = queries.reduce((sum, query) => sum + query.length - 1, 0);
    const column = (pick: (o: OpenFigures) => number | null) =>
      opens.map(pick).filter((v): v is number => v !== null && Number.isFinite(v));
    const row = (label: string, values: number[], format: (v: number) => string) =>
      `  ${label.padEnd(34)}${[percentile(values, 50), Math.min(...values), Math.max(...values)]
        .map((v) => format(v).padStart(10))
        .join('')}`;
    const sources = [...new Set(opens.map((o) => o.source))].join(', ');

    console.log(`\n(a) First open after the import (index source: ${built.source})`);
    console.log(`  ${'ready (search answers)'.padEnd(34)}${ms(built.ready).padStart(10)}`);
    console.log(`  ${'index read + built'.padEnd(34)}${ms(built.indexLoad).padStart(10)}`);
    console.log(
      `  ${'typed query\u2019s results painted'.padEnd(34)}${ms(built.resultsPainted).padStart(10)}`,
    );
    console.log(
      `  ${'snapshot stored (pack + write)'.padEnd(34)}${ms(save.duration).padStart(10)}  (done ${ms(save.end - built.ready)} after ready; ${storedMB.toFixed(1)} MB)`,
    );
    console.log(
      `  ${'JS heap used after storing'.padEnd(34)}${mb(firstHeap.heapMB).padStart(10)}  (+ ${mb(firstHeap.buffersMB)} array buffers)`,
    );

    console.log(
      `\n(b) Later opens: ${opens.length}, index source: ${sources}; ${opts.pause} s between opens${opts.hold ? `; another page holds a database connection${opts.hold === 'write' ? ' and writes an event every 50 ms' : ''}` : ''}`,
    );
    console.log(`  ${''.padEnd(34)}${['p50', 'min', 'max'].map((h) => h.padStart(10)).join('')}`);
    console.log(
      row(
        'first contentful paint',
        column((o) => o.firstPaint),
        (v) => ms(v),
      ),
    );
    console.log(
      row(
        'panel code runs (load starts)',
        column((o) => o.loadStart),
        (v) => ms(v),
      ),
    );
    console.log(
      row(
        'early read starts',
        column((o) => o.earlyStartAt),
        (v) => ms(v),
      ),
    );
    console.log(
      row(
        'early read\u2019s database open',
        column((o) => o.earlyOpenAt),
        (v) => ms(v),
      ),
    );
    console.log(
      row(
        'index row arrived (early read)',
        column((o) => o.rowAt),
        (v) => ms(v),
      ),
    );
    console.log(
      row(
        'index bytes read (early read)',
        column((o) => o.bytesAt),
        (v) => ms(v),
      ),
    );
    console.log(
      row(
        'panel\u2019s database open',
        column((o) => o.dbOpenAt),
        (v) => ms(v),
      ),
    );
    console.log(
      row(
        'texts row arrived',
        column((o) => o.textsRowAt),
        (v) => ms(v),
      ),
    );
    console.log(
      row(
        'index read + unpacked',
        column((o) => o.indexLoad),
        (v) => ms(v),
      ),
    );
    console.log(
      row(
        '  of which: stored row read',
        column((o) => o.indexRead),
        (v) => ms(v),
      ),
    );
    console.log(
      row(
        '  of which: unpacked',
        column((o) => o.indexUnpack),
        (v) => ms(v),
      ),
    );
    console.log(
      row(
        'index loaded → ready (search, render)',
        column((o) => o.firstSearch),
        (v) => ms(v),
      ),
    );
    console.log(
      row(
        'ready (ownit:ready)',
        column((o) => o.ready),
        (v) => ms(v),
      ),
    );
    console.log(
      row(
        'typed query\u2019s results painted',
        column((o) => o.resultsPainted),
        (v) => ms(v),
      ),
    );
    console.log(
      row(
        'main thread in long tasks to ready',
        column((o) => o.longTasks.reduce((sum, task) => sum + task[1], 0)),
        (v) => ms(v),
      ),
    );
    console.log(
      row(
        'excerpt texts attached (after ready)',
        column((o) => o.textsAttached),
        (v) => ms(v),
      ),
    );
    console.log(
      row(
        'JS heap used after open',
        column((o) => o.heapMB),
        mb,
      ),
    );
    console.log(
      row(
        '+ array buffers',
        column((o) => o.buffersMB),
        mb,
      ),
    );

    console.log(
      `\n(c) Keystrokes: ${expected} prefixes (length ≥ 2) of ${queries.length} queries typed; ${times.length} renders measured (keys faster than a render share one, timed from the first), input event → results in the DOM`,
    );
    console.log(
      `  p50 ${ms(percentile(times, 50), 2)}   p95 ${ms(percentile(times, 95), 2)}   max ${ms(Math.max(...times), 1)}`,
    );
    // Where a keystroke's time goes: the search itself, and the rest (waiting for the main thread, the
    // render, the DOM's update); the slowest 5% of keystrokes apart.
    const searched = keystrokes.filter((k) => Number.isFinite(k.searchMs));
    const slowest = [...searched]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, Math.max(1, Math.ceil(searched.length / 20)));
    const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / Math.max(1, values.length);
    console.log(
      `  of which the search: p50 ${ms(
        percentile(
          searched.map((k) => k.searchMs),
          50,
        ),
        2,
      )}   p95 ${ms(
        percentile(
          searched.map((k) => k.searchMs),
          95,
        ),
        2,
      )}; the rest (render, DOM, waiting): p50 ${ms(
        percentile(
          searched.map((k) => k.ms - k.searchMs),
          50,
        ),
        2,
      )}   p95 ${ms(
        percentile(
          searched.map((k) => k.ms - k.searchMs),
          95,
        ),
        2,
      )}`,
    );
    console.log(
      `  slowest 5% (${slowest.length}): mean ${ms(mean(slowest.map((k) => k.ms)), 1)}, of which the search ${ms(mean(slowest.map((k) => k.searchMs)), 1)}`,
    );
    for (const line of slowKeys) console.log(line);
    const domLine = (before: PageTimes['dom'], after: PageTimes['dom']) =>
      `${after.nodes - before.nodes} nodes inserted or removed (a subtree inserted whole counts once), ${after.texts - before.texts} texts changed in place`;
    console.log(`  the DOM's work while typing: ${domLine(domBefore, domAfter)}`);
    if (otherDomBefore && otherDomAfter) {
      console.log(`  the DOM's work while typing, versus build: ${domLine(otherDomBefore, otherDomAfter)}`);
    }
    console.log(
      `\n(d) JS heap used after typing: ${mb(typingHeap.heapMB)} (+ ${mb(typingHeap.buffersMB)} array buffers)`,
    );

    const meaningJson =
      meaning && opts.meaning === 'on'
        ? await meaningSection(ext, meaning, articles, performance.now() - importStart - importMs)
        : { meaning };
    if (meaning) {
      const { wordsMs, meaningMs, parts, firstVisit, completeMs } = meaning.pageChange;
      console.log(
        `\n(e) Suggestions after the page changes (one panel, one tab going through ${wordsMs.length} tickets; page facts → suggestions in the DOM): by words p50 ${ms(percentile(wordsMs, 50), 1)}, p95 ${ms(percentile(wordsMs, 95), 1)}; with meaning p50 ${ms(percentile(meaningMs, 50), 1)}, p95 ${ms(percentile(meaningMs, 95), 1)} (${meaningMs.length} pages)`,
      );
      for (const [label, first] of [
        ['a ticket seen before', false],
        ['a ticket seen for the first time', true],
      ] as const) {
        const values = meaningMs.filter((_, i) => firstVisit[i] === first);
        const done = completeMs.filter((value, i) => firstVisit[i] === first && Number.isFinite(value));
        console.log(
          `  with meaning, ${label}: p50 ${ms(percentile(values, 50), 1)}, p95 ${ms(percentile(values, 95), 1)} (${values.length} pages); the host's answer complete (small-talk check too) p50 ${ms(percentile(done, 50), 1)}, p95 ${ms(percentile(done, 95), 1)} (${done.length})`,
        );
      }
      console.log('  where the time with meaning went (each page’s request to the meaning host):');
      for (const line of partsLines(parts)) console.log(line);
      console.log('  of which the tickets seen for the first time:');
      for (const line of partsLines(parts.filter((_, i) => firstVisit[i]))) console.log(line);
    }

    if (opts.versus) {
      versusLines(opts.versus, opens, versusOpens, times, versusKeys);
      if (versusTyped.length > 0) searchVersusLine(keystrokes, versusTyped);
    }

    const readyP50 = percentile(
      column((o) => o.resultsPainted),
      50,
    );
    const p95 = percentile(times, 95);
    console.log('\nBudgets (DESIGN.md), at this size:');
    console.log(
      `  ${readyP50 <= 300 ? 'ok  ' : 'MISS'} panel ready with results ≤ 300 ms (p50 ${ms(readyP50)})`,
    );
    console.log(`  ${p95 <= 10 ? 'ok  ' : 'MISS'} keystroke p95 ≤ 10 ms (${ms(p95, 2)})`);
    console.log(`  ${p95 <= 8 ? 'ok  ' : 'MISS'} keystroke p95 ≤ 8 ms, with headroom (${ms(p95, 2)})`);
    console.log(
      JSON.stringify({
        bench: 'browser',
        articles: articles.length,
        importMs: Math.round(importMs),
        first: { ...built, save, ...firstHeap, snapshotMB: storedMB },
        opens,
        keystrokes: {
          count: times.length,
          p50: percentile(times, 50),
          p95: percentile(times, 95),
          max: Math.max(...times),
        },
        typing: typingHeap,
        ...(opts.versus
          ? {
              versus: {
                dist: opts.versus,
                opens: versusOpens,
                keystrokes: {
                  count: versusKeys.length,
                  p50: percentile(versusKeys, 50),
                  p95: percentile(versusKeys, 95),
                  max: Math.max(...versusKeys),
                },
              },
            }
          : {}),
        ...meaningJson,
      }),
    );
  } finally {
    await ext.close();
    await other?.close();
  }
}

/** The same setup as the measured build's: the starter pack seeded, the articles written, the first open
 * building the index and storing it. */
async function importInto(ext: LoadedExtension, articles: Article[], probe: string): Promise<void> {
  const setup = await openPanel(ext, probe);
  await readyFigures(setup);
  for (let i = 0; i < articles.length; i += CHUNK) {
    await writeArticles(setup, articles.slice(i, i + CHUNK), i + CHUNK >= articles.length);
  }
  await setup.close();
  const first = await openPanel(ext, probe);
  await readyFigures(first);
  await first.waitForFunction(() => performance.getEntriesByName('ownit:index-save').length > 0, undefined, {
    timeout: LONG_WAIT,
  });
  await first.close();
}

/**
 * Which keys are slow: each measured render (length ≥ 2) with the query it belongs to, sorted into kinds
 * (the panel's first query; the first letter of a word after the first; a key that ends a word with a space;
 * the rest of a word), each kind's count, p50 and p95 and its share of the slowest 5%; then the slowest
 * keys themselves (the prefix typed, the search's part, the key's place in the query).
 */
function keyKinds(
  keys: PageTimes['keystrokes'],
  keysBefore: number,
  keysAfter: number[],
  queries: string[],
): string[] {
  const rows: { key: PageTimes['keystrokes'][number]; query: string; q: number; kind: string }[] = [];
  let from = keysBefore;
  for (let q = 0; q < queries.length; q++) {
    const to = keysAfter[q] ?? from;
    for (let i = from; i < to; i++) {
      const key = keys[i]!;
      if (key.chars < 2) continue;
      const query = queries[q]!;
      const prefix = query.slice(0, key.chars);
      const kind =
        q === 0
          ? 'first query after open'
          : prefix.endsWith(' ')
            ? 'space after a word'
            : /\s\S$/.test(prefix)
              ? 'first letter of a later word'
              : prefix.includes(' ')
                ? 'later word, 2nd letter on'
                : 'first word, 2nd letter on';
      rows.push({ key, query, q, kind });
    }
    from = to;
  }
  const cut = percentile(
    rows.map((r) => r.key.ms),
    95,
  );
  const lines = [`  keys by kind (count, p50, p95, search p95, in the slowest 5% at ≥ ${ms(cut, 1)}):`];
  for (const kind of [...new Set(rows.map((r) => r.kind))]) {
    const of = rows.filter((r) => r.kind === kind);
    const times = of.map((r) => r.key.ms);
    lines.push(
      `    ${kind.padEnd(30)} ${String(of.length).padStart(4)} ${ms(percentile(times, 50), 1).padStart(9)} ${ms(percentile(times, 95), 1).padStart(9)} ${ms(percentile(of.map((r) => r.key.searchMs).filter(Number.isFinite), 95), 1).padStart(9)} ${String(times.filter((t) => t >= cut).length).padStart(4)}`,
    );
  }
  lines.push('  the slowest keys (ms, search ms, query number, prefix typed):');
  for (const r of [...rows].sort((a, b) => b.key.ms - a.key.ms).slice(0, Math.ceil(rows.length / 20))) {
    lines.push(
      `    ${r.key.ms.toFixed(1).padStart(6)} ${r.key.searchMs.toFixed(1).padStart(6)}  #${String(r.q).padEnd(3)} ${JSON.stringify(r.query.slice(0, r.key.chars))}`,
    );
  }
  return lines;
}

/** This build against the other, opens and typed queries alternated: medians and the ratio of each pair. */
function versusLines(
  folder: string,
  opens: OpenFigures[],
  others: OpenFigures[],
  keys: number[],
  otherKeys: number[],
): void {
  const painted = (list: OpenFigures[]) => list.map((o) => o.resultsPainted);
  const bytes = (list: OpenFigures[]) => list.map((o) => o.bytesAt);
  const ratios = opens.map((o, i) => o.resultsPainted / (others[i]?.resultsPainted ?? Number.NaN));
  console.log(
    `\n(v) Versus ${folder}: ${opens.length} opens each, alternated (this build first in each pair)`,
  );
  console.log(
    `  typed query’s results painted p50 ${ms(percentile(painted(opens), 50))} here, ${ms(percentile(painted(others), 50))} there (${(percentile(painted(opens), 50) / percentile(painted(others), 50)).toFixed(2)}×); pair by pair: median ${percentile(ratios, 50).toFixed(2)}×, ${ratios.map((r) => r.toFixed(2)).join(' ')}`,
  );
  console.log(
    `  index bytes read p50 ${ms(percentile(bytes(opens), 50))} here, ${ms(percentile(bytes(others), 50))} there`,
  );
  if (otherKeys.length > 0)
    console.log(
      `  keystrokes (queries alternated): p50 ${ms(percentile(keys, 50), 2)} / p95 ${ms(percentile(keys, 95), 2)} here, p50 ${ms(percentile(otherKeys, 50), 2)} / p95 ${ms(percentile(otherKeys, 95), 2)} there`,
    );
}

/**
 * The search's own time in the two builds' keystrokes (the part a change to search moves, apart from the
 * waiting and rendering the machine's load spreads): p50, p95 and the mean of the slowest 5%.
 */
function searchVersusLine(keys: PageTimes['keystrokes'], otherKeys: PageTimes['keystrokes']): void {
  const figures = (list: PageTimes['keystrokes']) => {
    const search = list.map((k) => k.searchMs).filter((v) => Number.isFinite(v));
    const slowest = [...search].sort((a, b) => b - a).slice(0, Math.max(1, Math.ceil(search.length / 20)));
    const slowMean = slowest.reduce((sum, v) => sum + v, 0) / slowest.length;
    return `p50 ${ms(percentile(search, 50), 2)} / p95 ${ms(percentile(search, 95), 2)} / slowest 5% ${ms(slowMean, 1)}`;
  };
  console.log(`  the search alone: ${figures(keys)} here, ${figures(otherKeys)} there`);
  // The rest of a keystroke (render, DOM, waiting): the part a change to the result list moves.
  const rest = (list: PageTimes['keystrokes']) =>
    list.filter((k) => Number.isFinite(k.searchMs)).map((k) => ({ ...k, searchMs: k.ms - k.searchMs }));
  console.log(
    `  the rest (render, DOM, waiting): ${figures(rest(keys))} here, ${figures(rest(otherKeys))} there`,
  );
}

/** (e) and (f): the meaning host's pace with the imported articles, then a fresh profile with shipped vectors. */
async function meaningSection(
  ext: LoadedExtension,
  meaning: MeaningFigures,
  articles: Article[],
  sinceImportMs: number,
): Promise<Record<string, unknown>> {
  // The meaning host pauses while panels open and the agent types ((a)–(c) above); left alone for a
  // minute it embeds at its background pace.
  const embedded = await panelVectorCount(ext);
  const sinceImport = sinceImportMs / 1000;
  const idleStart = performance.now();
  await new Promise((done) => setTimeout(done, IDLE_MEANING_MS));
  const embeddedIdle = (await panelVectorCount(ext)) - embedded;
  const idleSeconds = (performance.now() - idleStart) / 1000;
  console.log(
    `\n(e) Suggestions by meaning, fresh install (the starter pack ships its vectors; ${meaning.items} items embedded by the host): meaning ready ${ms(meaning.readyMs)} after the first panel opened (model load included); a ticket's closeness (request → answer) p50 ${ms(percentile(meaning.closenessMs, 50), 1)}, max ${ms(Math.max(...meaning.closenessMs), 1)} over ${meaning.closenessMs.length} tickets`,
  );
  console.log(
    `    With ${articles.length} articles: ${embedded} items had vectors ${sinceImport.toFixed(0)} s after the import (embedding steps aside while panels open and keys are typed); then, left alone, ${embeddedIdle} more in ${idleSeconds.toFixed(0)} s (${((embeddedIdle / idleSeconds) * 60).toFixed(0)} a minute: all ${articles.length} in about ${(articles.length / Math.max(1, embeddedIdle / idleSeconds) / 60).toFixed(0)} min)`,
  );

  console.log(`    Meaning host memory, starter pack: ${memoryLine(meaning.memory)}`);
  await ext.close();
  const shipped = await shippedPackFigures(articles);
  console.log(
    `\n(f) A fresh profile subscribed to a ${articles.length}-article pack with shipped vectors (random numbers in the shipped format; see scripts/bench-browser-meaning.ts): pack ${mbOf(shipped.packBytes)}, vectors ${mbOf(shipped.vectorsBytes)} (${((shipped.packBytes + shipped.vectorsBytes) / shipped.packBytes).toFixed(2)}× the pack alone)`,
  );
  console.log(
    `    subscribed → synced ${ms(shipped.syncMs)}; synced → meaning ready for all ${shipped.total} items ${ms(shipped.meaningMs)} (panel opened right after the sync: index built, host started), ${shipped.embedded} embedded by the host`,
  );
  console.log(`    Meaning host memory, ${articles.length} articles: ${memoryLine(shipped.memory)}`);
  console.log(
    `    The minute after the sync (panels opened one after another, a query typed in each): ${minuteLine(shipped.minute)}`,
  );
  console.log(`    After the sync (seconds from its end): ${startupLine(shipped)}`);

  return {
    meaning: {
      ...meaning,
      embeddedAfterImport: embedded,
      secondsAfterImport: Math.round(sinceImport),
      embeddedIdle,
      idleSeconds: Math.round(idleSeconds),
    },
    shipped,
  };
}

/** Items with stored meaning vectors (the host's own database, read from a fresh panel page). */
async function panelVectorCount(ext: LoadedExtension): Promise<number> {
  const page = await ext.context.newPage();
  await page.goto(ext.panelUrl());
  const count = await page.evaluate(
    () =>
      new Promise<number>((done) => {
        const open = indexedDB.open('ownit-meaning');
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('vectors')) return done(0);
          const request = db.transaction('vectors').objectStore('vectors').count();
          request.onsuccess = () => done(request.result);
          request.onerror = () => done(-1);
        };
        open.onerror = () => done(-1);
      }),
  );
  await page.close();
  return count;
}

main().catch((error: unknown) => {
  process.stderr.write(`bench-browser: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
