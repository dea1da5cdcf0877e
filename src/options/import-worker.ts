// The import worker: runs one import job (src/options/import-job.ts) off the options page's main thread,
// with its own connection to the database. Requests come from src/options/import-runner.ts.
import { database } from '../storage/db';
import { ImportJob, type ImportProgress } from './import-job';
import type { JobMessage, JobRequest } from './import-runner';

const scope = self as unknown as {
  postMessage(message: JobMessage): void;
  addEventListener(
    type: 'message',
    listener: (event: MessageEvent<JobRequest & { id: number }>) => void,
  ): void;
};

/** Progress at most every 50 ms, and always the last of a stage, so messages never flood the page. */
let lastSent = 0;
function report(progress: ImportProgress): void {
  const now = performance.now();
  if (progress.done < progress.total && progress.done > 0 && now - lastSent < 50) return;
  lastSent = now;
  scope.postMessage({ type: 'progress', progress });
}

const job = new ImportJob(database(), report);

scope.addEventListener('message', (event) => {
  const { id, ...request } = event.data;
  const run =
    request.type === 'read'
      ? job.read(request.inputs)
      : request.type === 'replan'
        ? job.replan(request.overwrite)
        : job.apply();
  run.then(
    (value) => scope.postMessage({ type: 'result', id, value }),
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      scope.postMessage({ type: 'failed', id, message });
    },
  );
});
