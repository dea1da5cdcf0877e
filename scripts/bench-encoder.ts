// Where one call of the sentence encoder goes (issue 16: a page's suggestion by meaning within 50 ms).
//   npx tsx scripts/bench-encoder.ts [--calls 30] [--browser] [--threads 2]
// Node: the model's first calls one by one after it loads (CPU time of the process, which counts V8
// compiling hot code in the background, and wall time), then, warm, one short and one page-long text:
// the kernels' time (TensorFlow.js's profiler, the least of several runs) against the whole call (the
// rest is TensorFlow.js's graph executor and engine in JS). --browser runs the same first calls in a
// Chromium page (scripts/encoder-page/, built here with Vite, served on 127.0.0.1), with --threads N
// the threaded WebAssembly build in a cross-origin isolated page as well (the extension's meaning host
// is not isolated and ships the SIMD build only).
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { GraphModel } from '@tensorflow/tfjs-converter';
import { env, profile, type Tensor, tensor1d, tensor2d } from '@tensorflow/tfjs-core';
import { chromium } from 'playwright-core';
import { SMALL_TALK_TEXTS } from '../src/meaning/knowledge';
import { modelFolder, nodeEncoder } from '../src/meaning/node-encoder';
import { findChrome, ROOT } from './chromium';

/** The calls timed one by one: short texts and page-like ones in turn, as the host gets them. */
function firstCalls(count: number): string[][] {
  const page =
    'My kettle stopped heating up after two weeks. I tried another socket but it still does not heat. Could you send a replacement please?';
  return Array.from({ length: count }, (_, i) =>
    i % 2 === 0 ? [`${SMALL_TALK_TEXTS[i % SMALL_TALK_TEXTS.length]} ${i}`] : [`${page} (${i})`],
  );
}

const cpuMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};
const round = (values: number[]) => values.map((value) => Math.round(value)).join(' ');
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function node(count: number): Promise<void> {
  const started = performance.now();
  const encoder = await nodeEncoder();
  console.log(
    `Node: model loaded in ${Math.round(performance.now() - started)} ms; WebAssembly SIMD ${await env().getAsync('WASM_HAS_SIMD_SUPPORT')}, threads ${await env().getAsync('WASM_HAS_MULTITHREAD_SUPPORT')}`,
  );
  const cpu: number[] = [];
  const wall: number[] = [];
  for (const texts of firstCalls(count)) {
    const [c, w] = [cpuMs(), performance.now()];
    await encoder.embed(texts);
    cpu.push(cpuMs() - c);
    wall.push(performance.now() - w);
  }
  console.log(`  first ${count} calls, CPU ms: ${round(cpu)}`);
  console.log(`  first ${count} calls, wall ms: ${round(wall)}`);
  const model = (encoder as unknown as { model: GraphModel }).model;
  const tokenizer = (encoder as unknown as { tokenizer: { encode(text: string): number[] } }).tokenizer;
  for (const text of [firstCalls(1)[0]![0]!, firstCalls(2)[1]![0]!]) {
    const ids = tokenizer.encode(text);
    const indices = tensor2d(
      ids.flatMap((_, column) => [0, column]),
      [ids.length, 2],
      'int32',
    );
    const values = tensor1d(ids, 'int32');
    const once = async () => {
      const output = (await model.executeAsync({ indices, values })) as Tensor;
      await output.data();
      output.dispose();
    };
    const calls: number[] = [];
    const callCpu: number[] = [];
    let kernels = Number.POSITIVE_INFINITY;
    let kernelCount = 0;
    for (let i = 0; i < 9; i++) {
      const [c, w] = [cpuMs(), performance.now()];
      await once();
      calls.push(performance.now() - w);
      callCpu.push(cpuMs() - c);
      const info = await profile(once);
      let sum = 0;
      for (const kernel of info.kernels) sum += (await kernel.kernelTimeMs) as number;
      kernels = Math.min(kernels, sum);
      kernelCount = info.kernels.length;
    }
    indices.dispose();
    values.dispose();
    console.log(
      `  warm, ${ids.length} pieces: a call ${Math.min(...calls).toFixed(1)} ms at least (median ${median(calls).toFixed(1)} wall, ${median(callCpu).toFixed(1)} CPU); its ${kernelCount} kernels ${kernels.toFixed(1)} ms`,
    );
  }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

async function browser(count: number, threads: number): Promise<void> {
  const { build } = await import('vite');
  const out = await mkdtemp(join(tmpdir(), 'ownit-encoder-page-'));
  await build({
    configFile: false,
    logLevel: 'warn',
    root: join(ROOT, 'scripts/encoder-page'),
    build: { outDir: out, emptyOutDir: true, target: 'chrome123' },
  });
  const wasmFolder = join(ROOT, 'node_modules/@tensorflow/tfjs-backend-wasm/dist');
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    const path = decodeURIComponent(url.pathname);
    const name = path.startsWith('/model/') ? path.slice('/model/'.length) : path.slice(1) || 'index.html';
    const folder = !path.startsWith('/model/') ? out : name.endsWith('.wasm') ? wasmFolder : modelFolder();
    const file = normalize(join(folder, name));
    if (!file.startsWith(folder) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    // The page is cross-origin isolated (threads need it) only when asked for: /?isolated. Its own
    // scripts, workers and model files are same-origin, so need no header of their own.
    const isolated = path === '/' && url.searchParams.has('isolated');
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      ...(isolated
        ? { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' }
        : {}),
    });
    response.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const chrome = await chromium.launch({ executablePath: findChrome(), headless: true });
  try {
    for (const [label, query, threadCount] of [
      ['SIMD, one thread (as the extension)', '', 0],
      ...(threads > 0
        ? [[`threads (${threads}), cross-origin isolated`, '?isolated', threads] as const]
        : []),
    ] as const) {
      const page = await chrome.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error') console.log(`  (page: ${message.text()})`);
      });
      page.on('crash', () => console.log('  (the page crashed)'));
      await page.goto(`${origin}/${query}`);
      const result = await page.evaluate(
        ([calls, threadCount]) =>
          (
            globalThis as unknown as {
              runEncoder(run: { calls: string[][]; threads: number }): Promise<Record<string, unknown>>;
            }
          ).runEncoder({ calls, threads: threadCount }),
        [firstCalls(count), threadCount] as const,
      );
      const callMs = result.callMs as number[];
      console.log(
        `Chromium, ${label}: model loaded in ${Math.round(result.loadMs as number)} ms; SIMD ${result.simd}, threads ${result.threads}, isolated ${result.isolated}`,
      );
      console.log(`  first ${count} calls, wall ms: ${round(callMs)}`);
      console.log(
        `  median of calls 1-5 ${median(callMs.slice(0, 5)).toFixed(1)} ms, of the last 10 ${median(callMs.slice(-10)).toFixed(1)} ms`,
      );
      await page.close();
    }
  } finally {
    await chrome.close();
    server.close();
    await rm(out, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const value = (name: string, fallback: number) => {
    const at = argv.indexOf(`--${name}`);
    return at >= 0 ? Number(argv[at + 1]) : fallback;
  };
  const count = value('calls', 30);
  const threads = value('threads', 0);
  console.log(
    `Load average: ${loadavg()
      .map((load) => load.toFixed(1))
      .join(' ')}`,
  );
  if (argv.includes('--browser')) await browser(count, threads);
  else await node(count);
}

await main();
