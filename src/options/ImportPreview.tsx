// The import preview: the files read and their formats, how many items are new, updated, unchanged, kept
// (edited here) or rejected, the first problems and warnings, "overwrite my edits", and Import or Cancel.
import { t } from '../shared/i18n';
import type { PlanSummary } from './import-job';

const SHOWN_PROBLEMS = 10;
const STATUS_LABELS = [
  ['new', 'optionsImportNew'],
  ['updated', 'optionsImportUpdated'],
  ['unchanged', 'optionsImportUnchanged'],
  ['edited-locally', 'optionsImportKept'],
  ['rejected', 'optionsImportRejected'],
] as const;

/** Format codes ("csv", "zendesk"…) read the same everywhere; only "unknown" is a word. */
const formatName = (format: string) => (format === 'unknown' ? t('optionsImportFormatUnknown') : format);

interface PreviewProps {
  summary: PlanSummary;
  onOverwrite(overwrite: boolean): void;
  onApply(): void;
  onCancel(): void;
}

export function ImportPreview({ summary, onOverwrite, onApply, onCancel }: PreviewProps) {
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
