// Import and export of the knowledge base. Import: choose files (pack, CSV, Markdown or a .zip of it,
// helpdesk exports), see a preview against what is stored, then write everything or nothing. Export:
// a pack, CSV or a Markdown zip, downloaded as a file.
import { useState } from 'preact/hooks';
import { articlesToCsv } from '../export/articles-csv';
import { articlesToMarkdownZip } from '../export/markdown-zip';
import { kbToPack, packToJson } from '../export/pack-export';
import { type FileResult, parseImportFile } from '../import/parse-file';
import { type ImportPlan, planImport, rejections, type StoredKb } from '../import/plan';
import { describeIssue } from '../import/types';
import { t } from '../shared/i18n';
import type { OwnItDatabase } from '../storage/db';
import { applyImport } from '../storage/import-apply';
import { ConflictError } from '../storage/repositories';
import './import-export.css';

type Phase =
  | { kind: 'idle' }
  | { kind: 'busy'; label: string; done: number; total: number }
  | { kind: 'preview'; files: FileResult[]; plan: ImportPlan; overwrite: boolean }
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

/** Gives the page a chance to paint the progress bar between steps. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function storedKb(db: OwnItDatabase): Promise<StoredKb> {
  const [articles, playbooks, rules] = await Promise.all([
    db.articles.toArray(),
    db.playbooks.toArray(),
    db.rules.toArray(),
  ]);
  return { articles, playbooks, rules };
}

function planOf(files: FileResult[], kb: StoredKb, overwrite: boolean): ImportPlan {
  return planImport(
    kb,
    files.flatMap((f) => f.items),
    files.flatMap((f) => f.errors),
    { overwriteLocalEdits: overwrite },
  );
}

function download(name: string, type: string, content: string | Uint8Array): void {
  const url = URL.createObjectURL(new Blob([content as BlobPart], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const today = () => new Date().toISOString().slice(0, 10);

export function ImportExport({ db }: { db: OwnItDatabase }) {
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });

  const choose = async (input: HTMLInputElement) => {
    const chosen = [...(input.files ?? [])];
    input.value = '';
    if (chosen.length === 0) return;
    const files: FileResult[] = [];
    for (const [index, file] of chosen.entries()) {
      setPhase({
        kind: 'busy',
        label: t('optionsImportReading', file.name),
        done: index,
        total: chosen.length,
      });
      await nextFrame();
      files.push(parseImportFile(file.name, new Uint8Array(await file.arrayBuffer())));
    }
    setPhase({
      kind: 'busy',
      label: t('optionsImportComparing'),
      done: chosen.length,
      total: chosen.length,
    });
    await nextFrame();
    setPhase({ kind: 'preview', files, plan: planOf(files, await storedKb(db), false), overwrite: false });
  };

  const toggleOverwrite = async (files: FileResult[], overwrite: boolean) => {
    setPhase({ kind: 'preview', files, plan: planOf(files, await storedKb(db), overwrite), overwrite });
  };

  const apply = async (plan: ImportPlan) => {
    const total = plan.counts.new + plan.counts.updated;
    setPhase({ kind: 'busy', label: t('optionsImporting'), done: 0, total });
    await nextFrame();
    try {
      const outcome = await applyImport(db, plan, {
        onProgress: (done) => setPhase({ kind: 'busy', label: t('optionsImporting'), done, total }),
      });
      const kept = plan.counts['edited-locally'];
      setPhase({
        kind: 'done',
        message: importedMessage(outcome.added, outcome.updated, kept),
      });
    } catch (error) {
      const reason =
        error instanceof ConflictError
          ? error.message
          : error instanceof Error
            ? error.message
            : String(error);
      setPhase({ kind: 'done', error: true, message: t('optionsImportFailed', reason) });
    }
  };

  const exportAs = async (format: 'pack' | 'csv' | 'markdown') => {
    const pack = kbToPack(
      { ...(await storedKb(db)), snippets: await db.snippets.toArray() },
      {
        id: 'ownit-export',
        name: t('optionsExportPackName'),
        version: today(),
      },
    );
    if (format === 'pack') download(`ownit-kb-${today()}.json`, 'application/json', packToJson(pack));
    else if (format === 'csv')
      download(`ownit-articles-${today()}.csv`, 'text/csv', articlesToCsv(pack.articles));
    else download(`ownit-articles-${today()}.zip`, 'application/zip', articlesToMarkdownZip(pack.articles));
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
          onOverwrite={(overwrite) => void toggleOverwrite(phase.files, overwrite)}
          onApply={() => void apply(phase.plan)}
          onCancel={() => setPhase({ kind: 'idle' })}
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
  const { plan, files } = phase;
  const writes = plan.counts.new + plan.counts.updated;
  const problems = rejections(plan);
  const warnings = plan.issues.filter((i) => i.severity === 'warning');
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
              <td>{plan.counts[status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {problems.length > 0 && (
        <div role="alert">
          <h3>{t('optionsImportRejected')}</h3>
          <ul class="import-problems">
            {problems.slice(0, SHOWN_PROBLEMS).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {problems.length > SHOWN_PROBLEMS && (
            <p class="muted">{t('optionsImportMoreProblems', problems.length - SHOWN_PROBLEMS)}</p>
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
            {warnings.slice(0, SHOWN_PROBLEMS).map((w) => (
              <li key={describeIssue(w)}>{describeIssue(w)}</li>
            ))}
          </ul>
        </details>
      )}
      {(plan.counts['edited-locally'] > 0 || phase.overwrite) && (
        <label class="choice">
          <input
            type="checkbox"
            checked={phase.overwrite}
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
