// The options page's import job: progress while reading, planning and writing; a summary the page can
// receive from a worker; the worker protocol; and the fallback to the page when a worker cannot run.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { type ImportInput, ImportJob, type ImportProgress } from '../../../src/options/import-job';
import { startImport, type WorkerFactory } from '../../../src/options/import-runner';
import { database } from '../../../src/storage/db';
import { loadSearchIndex } from '../../../src/storage/search-store';
import { freshDatabase } from '../storage/helpers';

function csvOf(rows: number, bad = 0): string {
  const lines = ['id,title,body,tags'];
  for (let i = 0; i < rows; i++)
    lines.push(`a${i},Article ${i},"Body of article ${i}, with a comma",t${i % 7}`);
  for (let i = 0; i < bad; i++) lines.push(`bad${i},,no title here,`);
  return `${lines.join('\r\n')}\r\n`;
}

const input = (name: string, text: string): ImportInput => {
  const bytes = new TextEncoder().encode(text);
  return { name, size: bytes.byteLength, arrayBuffer: async () => bytes.buffer.slice(0) as ArrayBuffer };
};

describe('ImportJob', () => {
  it('reports reading in bytes as rows are parsed, then comparing and writing, each up to its total', async () => {
    const db = freshDatabase();
    const seen: ImportProgress[] = [];
    const job = new ImportJob(db, (progress) => seen.push(progress));
    const file = input('big.csv', csvOf(3000));
    const summary = await job.read([file]);
    expect(summary.counts).toMatchObject({ new: 3000, rejected: 0 });
    expect(summary.files).toEqual([{ file: 'big.csv', format: 'csv' }]);

    const reads = seen.filter((p) => p.stage === 'read');
    // Several reports inside the one file, never going back, ending at its size.
    const inside = reads.filter((p) => p.done > 0 && p.done < file.size);
    expect(inside.length).toBeGreaterThanOrEqual(5);
    expect(reads.map((p) => p.done)).toEqual([...reads.map((p) => p.done)].sort((a, b) => a - b));
    expect(reads.at(-1)).toMatchObject({ file: 'big.csv', done: file.size, total: file.size });
    expect(seen.filter((p) => p.stage === 'compare').at(-1)).toMatchObject({ done: 3000, total: 3000 });

    seen.length = 0;
    expect(await job.apply()).toEqual({ added: 3000, updated: 0, removed: 0 });
    expect(seen.filter((p) => p.stage === 'write').map((p) => p.done)).toEqual([1000, 2000, 3000]);
    expect(await db.articles.count()).toBe(3000);
    await expect(job.apply()).rejects.toThrow('nothing to import');
    // The index was built and stored by the job (in the import's worker): the panel reads it, builds nothing.
    const opened = await loadSearchIndex(db);
    expect(opened).toMatchObject({ source: 'snapshot', replayed: 0 });
    expect(opened.index.size).toBe(3000);
  });

  it('sends the first problems and counts them all, in a summary a worker can post', async () => {
    const db = freshDatabase();
    const summary = await new ImportJob(db).read([input('mixed.csv', csvOf(2, 80))]);
    expect(summary.counts).toMatchObject({ new: 2, rejected: 80 });
    expect(summary.problemCount).toBe(80);
    expect(summary.problems).toHaveLength(50);
    expect(summary.problems[0]).toBe('mixed.csv:4: title: must not be empty');
    expect(structuredClone(summary)).toEqual(summary);
  });

  it('plans again with "overwrite my edits" against what is stored now', async () => {
    const db = freshDatabase();
    const job = new ImportJob(db);
    await job.read([input('a.csv', csvOf(2))]);
    await job.apply();
    await db.articles.update('a0', { title: 'Mine', editedLocally: true });
    await db.articles.update('a1', { title: 'Mine too', editedLocally: true });
    expect((await job.read([input('a.csv', csvOf(2))])).counts).toMatchObject({ 'edited-locally': 2 });
    expect(await job.replan(true)).toMatchObject({ counts: { updated: 2 }, overwrite: true });
    await job.apply();
    expect((await db.articles.get('a0'))?.title).toBe('Article 0');
  });
});

describe('startImport', () => {
  it('runs on the page when a worker cannot be created', async () => {
    const db = freshDatabase();
    const runner = startImport(
      db,
      () => {},
      () => {
        throw new Error('workers are disabled');
      },
    );
    expect(runner.where()).toBe('page');
    expect((await runner.read([input('a.csv', csvOf(3))])).counts.new).toBe(3);
    expect(await runner.apply()).toEqual({ added: 3, updated: 0, removed: 0 });
    expect(await db.articles.count()).toBe(3);
  });

  it('moves to the page when the worker fails to load, and the import still completes', async () => {
    const db = freshDatabase();
    const broken = new EventTarget();
    const fake = Object.assign(broken, {
      postMessage: () => queueMicrotask(() => broken.dispatchEvent(new Event('error'))),
      terminate: () => {},
    });
    const runner = startImport(
      db,
      () => {},
      () => fake as unknown as Worker,
    );
    expect(runner.where()).toBe('worker');
    expect((await runner.read([input('a.csv', csvOf(4))])).counts.new).toBe(4);
    expect(runner.where()).toBe('page');
    expect(await runner.apply()).toEqual({ added: 4, updated: 0, removed: 0 });
  });
});

describe('the import worker', () => {
  const shared = database();
  afterEach(async () => {
    await shared.delete();
    await shared.open();
  });

  it('reads, plans and writes through messages, with progress, into the database', async () => {
    const page = new EventTarget();
    const inside = new EventTarget();
    // The worker's global scope: what it posts arrives on the page as a structured clone.
    Object.assign(globalThis, {
      self: {
        postMessage: (data: unknown) =>
          page.dispatchEvent(new MessageEvent('message', { data: structuredClone(data) })),
        addEventListener: inside.addEventListener.bind(inside),
      },
    });
    await import('../../../src/options/import-worker');
    const worker: WorkerFactory = () =>
      Object.assign(page, {
        postMessage: (data: unknown) => inside.dispatchEvent(new MessageEvent('message', { data })),
        terminate: () => {},
      }) as unknown as Worker;
    const stages = new Set<string>();
    const runner = startImport(shared, (progress) => stages.add(progress.stage), worker);
    const summary = await runner.read([input('w.csv', csvOf(600))]);
    expect(summary.counts.new).toBe(600);
    expect(await runner.apply()).toEqual({ added: 600, updated: 0, removed: 0 });
    expect(runner.where()).toBe('worker');
    expect([...stages].sort()).toEqual(['compare', 'read', 'write']);
    expect(await shared.articles.count()).toBe(600);
  });
});
