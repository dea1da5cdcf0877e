// Import and export of the knowledge base. Import: choose files (pack, CSV, Markdown or a .zip of it,
// helpdesk exports), see a preview against what is stored, then write everything or nothing. Reading,
// planning and writing run in the import worker (src/options/import-runner.ts), so the page stays
// responsive and the bar moves as rows are read. Export: a pack, CSV or a Markdown zip, downloaded.
import { useEffect, useRef, useState } from 'preact/hooks';
import { articlesToCsv } from '../export/articles-csv';
import { learnedToFile } from '../export/learned-file';
import { articlesToMarkdownZip } from '../export/markdown-zip';
import { kbToPack, packToJson } from '../export/pack-export';
import { downloadFile } from '../shared/download';
import { t } from '../shared/i18n';
import type { OwnItDatabase } from '../storage/db';
import { articlesWithLearned, learned } from '../storage/learned';
import type { ImportProgress, PlanSummary } from './import-job';
import { type ImportRunner, startImport } from './import-runner';
import './import-export.css';

type Phase =
  | { kind: 'idle' }
  | { kind: 'busy'; label: string; done: number; total: number }
  | { kind: 'preview'; summary: PlanSummary }
  | { kind: 'done'; message: string; error?: boolean };

const SHOWN_PROBLEMS = 10;
const STATUS_LABELS = [
  ['new', 'optionsImportNew'],
  ['updated', 'optionsImportUpdated'],
  ['unchanged', 'optionsImportUnchanged'],
  ['edited-locally', 'optionsImportKept'],
  ['rejected', 'optionsImportRejected'],
] as const;

/** "Imported 3 items: 2 new, 1 updated." in one sentence, so each language can order it its own way. */
function importedMessage(added: number, updated: number, kept: number): string {
  const total = added + updated;
  if (kept)
    return t(total === 1 ? 'optionsImportedOneKept' : 'optionsImportedManyKept', total, added, updated, kept);
  return t(total === 1 ? 'optionsImportedOne' : 'optionsImportedMany', total, added, updated);
}

/** Format codes ("csv", "zendesk"…) read the same everywhere; only "unknown" is a word. */
const formatName = (format: string) => (format === 'unknown' ? t('optionsImportFormatUnknown') : format);

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

async function exportKb(db: OwnItDatabase) {
  const [articles, playbooks, rules, snippets] = await Promise.all([
    db.articles.toArray(),
    db.playbooks.toArray(),
    db.rules.toArray(),
    db.snippets.toArray(),
  ]);
  // The agent's learned phrasings travel with a pack export, so a team lead's export ships them.
  return { articles: await articlesWithLearned(db, articles), playbooks, rules, snippets };
}

const today = () => new Date().toISOString().slice(0, 10);

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

  const [learnedStatus, setLearnedStatus] = useState('');
  const exportLearned = async () => {
    try {
      const [rows, articles] = await Promise.all([learned.all(db), db.articles.toArray()]);
      const file = learnedToFile(rows, articles);
      const count = file.articles.reduce((sum, entry) => sum + entry.phrasings.length, 0);
      if (count === 0) {
        setLearnedStatus(t('optionsLearnedExportNone'));
        return;
      }
      downloadFile(`ownit-learned-${today()}.json`, 'application/json', `${JSON.stringify(file, null, 2)}\n`);
      setLearnedStatus(t('optionsLearnedExported', count, file.articles.length));
    } catch (error) {
      setLearnedStatus(t('optionsLearnedExportFailed', String(error)));
    }
  };

  const exportAs = async (format: 'pack' | 'csv' | 'markdown') => {
    const pack = kbToPack(await exportKb(db), {
      id: 'ownit-export',
      name: t('optionsExportPackName'),
      version: today(),
    });
    if (format === 'pack') downloadFile(`ownit-kb-${today()}.json`, 'application/json', packToJson(pack));
    else if (format === 'csv')
      downloadFile(`ownit-articles-${today()}.csv`, 'text/csv', articlesToCsv(pack.articles));
    else
      downloadFile(`ownit-articles-${today()}.zip`, 'application/zip', articlesToMarkdownZip(pack.articles));
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
        <Preview
          phase={phase}
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
      <h2>{t('optionsExportHeading')}</h2>
      <div class="export-actions">
        <button type="button" onClick={() => void exportAs('pack')}>
          {t('optionsExportPack')}
        </button>
        <button type="button" onClick={() => void exportAs('csv')}>
          {t('optionsExportCsv')}
        </button>
        <button type="button" onClick={() => void exportAs('markdown')}>
          {t('optionsExportMarkdown')}
        </button>
      </div>
      <h2>{t('optionsLearnedExportHeading')}</h2>
      <p class="muted">{t('optionsLearnedExportHelp')}</p>
      <div class="export-actions">
        <button type="button" onClick={() => void exportLearned()}>
          {t('optionsLearnedExport')}
        </button>
        {learnedStatus && (
          <span class="muted small" role="status">
            {learnedStatus}
          </span>
        )}
      </div>
    </section>
  );
}

interface PreviewProps {
  phase: Extract<Phase, { kind: 'preview' }>;
  onOverwrite(overwrite: boolean): void;
  onApply(): void;
  onCancel(): void;
}

function Preview({ phase, onOverwrite, onApply, onCancel }: PreviewProps) {
  const { summary } = phase;
  const { files, counts: planCounts, problems, problemCount, warnings } = summary;
  const writes = planCounts.new + planCounts.updated;
  return (
    <div class="import-preview card">
      <h2>{t('optionsImportPreview')}</h2>
      <p class="muted">
        {files.map((f) => t('optionsImportFileFormat', f.file, formatName(f.format))).join(', ')}
      </p>
      <table class="import-counts" aria-label={t('optionsImportPreviewTable')}>
        <tbody>
          {STATUS_LABELS.map(([status, label]) => (
            <tr key={status}>
              <th scope="row">{t(label)}</th>
              <td>{planCounts[status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {problemCount > 0 && (
        <div role="alert">
          <h3>{t('optionsImportRejected')}</h3>
          <ul class="import-problems">
            {problems.slice(0, SHOWN_PROBLEMS).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {problemCount > SHOWN_PROBLEMS && (
            <p class="muted">{t('optionsImportMoreProblems', problemCount - SHOWN_PROBLEMS)}</p>
          )}
        </div>
      )}
      {warnings.length > 0 && (
        <details>
          <summary>
            {warnings.length === 1
              ? t('optionsImportWarningsOne')
              : t('optionsImportWarningsMany', warnings.length)}
          </summary>
          <ul class="import-problems">
            {warnings.slice(0, SHOWN_PROBLEMS).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>
      )}
      {(planCounts['edited-locally'] > 0 || summary.overwrite) && (
        <label class="choice">
          <input
            type="checkbox"
            checked={summary.overwrite}
            onChange={(e) => onOverwrite(e.currentTarget.checked)}
          />
          {t('optionsImportOverwrite')}
        </label>
      )}
      <div class="form-actions">
        <button type="button" class="primary" disabled={writes === 0} onClick={onApply}>
          {writes === 1 ? t('optionsImportApplyOne') : t('optionsImportApplyMany', writes)}
        </button>
        <button type="button" onClick={onCancel}>
          {t('optionsCancel')}
        </button>
      </div>
    </div>
  );
}
