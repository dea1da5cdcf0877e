// Runs an import job in a module Web Worker (src/options/import-worker.ts) so parsing a big file never
// freezes the options page, and falls back to running it on the page when a worker cannot start or
// stops answering. The page only sees summaries and progress either way.
import type { OwnItDatabase } from '../storage/db';
import type { ApplyOutcome } from '../storage/import-apply';
import { type ImportInput, ImportJob, type ImportProgress, type PlanSummary } from './import-job';

/** What the page asks the worker. */
export type JobRequest =
  | { type: 'read'; inputs: ImportInput[] }
  | { type: 'replan'; overwrite: boolean }
  | { type: 'apply' };

/** What the worker answers: progress, or the result (or failure) of request `id`. */
export type JobMessage =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'result'; id: number; value: PlanSummary | ApplyOutcome }
  | { type: 'failed'; id: number; message: string };

export interface ImportRunner {
  read(inputs: ImportInput[]): Promise<PlanSummary>;
  replan(overwrite: boolean): Promise<PlanSummary>;
  apply(): Promise<ApplyOutcome>;
  /** Where the job runs now: `page` after a fallback. */
  where(): 'worker' | 'page';
  close(): void;
}

export type WorkerFactory = () => Worker;

const defaultWorker: WorkerFactory = () =>
  new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module', name: 'ownit-import' });

interface Pending {
  request: JobRequest;
  resolve(value: unknown): void;
  reject(error: Error): void;
}

export function startImport(
  db: OwnItDatabase,
  onProgress: (progress: ImportProgress) => void,
  makeWorker: WorkerFactory | null = defaultWorker,
): ImportRunner {
  let worker: Worker | undefined;
  let job: ImportJob | undefined;
  let inputs: ImportInput[] = [];
  let overwrite = false;
  let seq = 0;
  const pending = new Map<number, Pending>();

  /** The same request on the page; a job that starts here mid-way first reads the files again. */
  const onPage = async (request: JobRequest): Promise<unknown> => {
    if (!job) {
      job = new ImportJob(db, onProgress);
      if (request.type !== 'read' && inputs.length > 0) {
        await job.read(inputs);
        if (overwrite) await job.replan(true);
      }
    }
    if (request.type === 'read') return job.read(request.inputs);
    if (request.type === 'replan') return job.replan(request.overwrite);
    return job.apply();
  };

  const fallBack = (why: unknown) => {
    console.warn('Own It: the import worker stopped; importing on the page instead.', why);
    worker?.terminate();
    worker = undefined;
    for (const [id, entry] of pending) {
      pending.delete(id);
      onPage(entry.request).then(entry.resolve, entry.reject);
    }
  };

  try {
    worker = makeWorker?.() ?? undefined;
  } catch (error) {
    console.warn('Own It: no import worker; importing on the page.', error);
    worker = undefined;
  }
  worker?.addEventListener('message', (event: MessageEvent<JobMessage>) => {
    const message = event.data;
    if (message.type === 'progress') return onProgress(message.progress);
    const entry = pending.get(message.id);
    if (!entry) return;
    pending.delete(message.id);
    if (message.type === 'result') entry.resolve(message.value);
    else entry.reject(new Error(message.message));
  });
  worker?.addEventListener('error', (event) => fallBack(event.message || event));
  worker?.addEventListener('messageerror', (event) => fallBack(event));

  const send = <T>(request: JobRequest): Promise<T> => {
    if (request.type === 'read') inputs = request.inputs;
    if (request.type === 'replan') overwrite = request.overwrite;
    if (!worker) return onPage(request) as Promise<T>;
    const id = ++seq;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { request, resolve: resolve as (value: unknown) => void, reject });
      try {
        worker?.postMessage({ id, ...request });
      } catch (error) {
        fallBack(error);
      }
    });
  };

  return {
    read: (chosen) => send<PlanSummary>({ type: 'read', inputs: chosen }),
    replan: (choice) => send<PlanSummary>({ type: 'replan', overwrite: choice }),
    apply: () => send<ApplyOutcome>({ type: 'apply' }),
    where: () => (worker ? 'worker' : 'page'),
    close: () => {
      worker?.terminate();
      worker = undefined;
    },
  };
}
