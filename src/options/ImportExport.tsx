// Import and export of the knowledge base. Import: choose files (pack, CSV, Markdown or a .zip of it,
// helpdesk exports), see a preview against what is stored, then write everything or nothing. Reading,
// planning and writing run in the import worker (src/options/import-runner.ts), so the page stays
// responsive and the bar moves as rows are read. Export (ExportTools.tsx): a pack, CSV or a Markdown zip.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { OwnItDatabase } from '../storage/db';
import { ExportTools } from './ExportTools';
import { ImportPreview } from './ImportPreview';
import type { ImportProgress, PlanSummary } from './import-job';
import { type ImportRunner, startImport } from './import-runner';
import './import-export.css';

type Phase =
  | { kind: 'idle' }
  | { kind: 'busy'; label: string; done: number; total: number }
  | { kind: 'preview'; summary: PlanSummary }
  | { kind: 'done'; message: string; error?: boolean };

/** "Imported 3 items: 2 new, 1 updated." in one sentence, so each language can order it its own way. */
function importedMessage(added: number, updated: number, kept: number): string {
  const total = added + updated;
  if (kept)
    return t(total === 1 ? 'optionsImportedOneKept' : 'optionsImportedManyKept', total, added, updated, kept);
  return t(total === 1 ? 'optionsImportedOne' : 'optionsImportedMany', total, added, updated);
}

/** The bar for one progress report: reading a file, comparing with the knowledge base, or writing. */
function busyOf(progress: ImportProgress): Extract<Phase, { kind: 'busy' }> {
  const label =
    progress.stage === 'read'
      ? t('optionsImportReading', progress.file)
      : progress.stage === 'compare'
        ? t('optionsImportComparing')
        : t('optionsImporting');
  return { kind: 'busy', label, done: progress.done, total: progress.total };
}

const failure = (error: unknown): Phase => ({
  kind: 'done',
  error: true,
  message: t('optionsImportFailed', error instanceof Error ? error.message : String(error)),
});

export function ImportExport({ db }: { db: OwnItDatabase }) {
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const runner = useRef<ImportRunner | null>(null);
  // A write under way finishes even if the agent leaves the section; it closes the worker itself.
  const applying = useRef(false);
  const finish = () => {
    runner.current?.close();
    runner.current = null;
  };
  useEffect(
    () => () => {
      if (!applying.current) finish();
    },
    [],
  );

  const choose = async (input: HTMLInputElement) => {
    const chosen = [...(input.files ?? [])];
    input.value = '';
    if (chosen.length === 0) return;
    finish();
    const total = chosen.reduce((sum, file) => sum + file.size, 0);
    setPhase({ kind: 'busy', label: t('optionsImportReading', chosen[0]!.name), done: 0, total });
    // Progress of a job the agent cancelled meanwhile is not shown, and planning again for "overwrite"
    // keeps the preview (and the focus on its checkbox) in place.
    const current: ImportRunner = startImport(db, (progress) => {
      if (runner.current !== current) return;
      setPhase((before) => (before.kind === 'preview' ? before : busyOf(progress)));
    });
    runner.current = current;
    try {
      const summary = await current.read(chosen);
      if (runner.current === current) setPhase({ kind: 'preview', summary });
    } catch (error) {
      if (runner.current !== current) return;
      finish();
      setPhase(failure(error));
    }
  };

  const toggleOverwrite = async (overwrite: boolean) => {
    const current = runner.current;
    if (!current) return;
    try {
      setPhase({ kind: 'preview', summary: await current.replan(overwrite) });
    } catch (error) {
      finish();
      setPhase(failure(error));
    }
  };

  const apply = async (summary: PlanSummary) => {
    const current = runner.current;
    if (!current) return;
    const total = summary.counts.new + summary.counts.updated;
    setPhase({ kind: 'busy', label: t('optionsImporting'), done: 0, total });
    applying.current = true;
    try {
      const outcome = await current.apply();
      const kept = summary.counts['edited-locally'];
      setPhase({ kind: 'done', message: importedMessage(outcome.added, outcome.updated, kept) });
    } catch (error) {
      setPhase(failure(error));
    } finally {
      applying.current = false;
      finish();
    }
  };

  return (
    <section class="import-export" aria-labelledby="import-heading">
      <h1 id="import-heading">{t('optionsImportHeading')}</h1>
      <p class="muted intro">{t('optionsImportIntro')}</p>
      <div class="field">
        <label for="import-files">{t('optionsImportChoose')}</label>
        <input
          id="import-files"
          type="file"
          multiple
          accept=".json,.csv,.md,.markdown,.zip"
          disabled={phase.kind === 'busy'}
          onChange={(event) => void choose(event.currentTarget)}
        />
      </div>
      {phase.kind === 'busy' && (
        <div class="import-progress">
          <label for="import-progress">{phase.label}…</label>
          <progress id="import-progress" max={Math.max(1, phase.total)} value={phase.done} />
        </div>
      )}
      {phase.kind === 'preview' && (
        <ImportPreview
          summary={phase.summary}
          onOverwrite={(overwrite) => void toggleOverwrite(overwrite)}
          onApply={() => void apply(phase.summary)}
          onCancel={() => {
            finish();
            setPhase({ kind: 'idle' });
          }}
        />
      )}
      {phase.kind === 'done' && (
        <p class={`banner ${phase.error ? 'error' : ''}`} role={phase.error ? 'alert' : 'status'}>
          {phase.message}
        </p>
      )}
      <ExportTools db={db} />
    </section>
  );
}
