// The rules interchange file in the Rules section: export every rule as one JSON file a team can share,
// and import such a file (or a pack's rules) after a preview of what it adds and changes.
import { useState } from 'preact/hooks';
import { downloadFile } from '../shared/download';
import { t } from '../shared/i18n';
import { type InterchangeRule, parseRulesFile, rulesFileJson } from '../shared/rules-file';
import type { OwnItDatabase } from '../storage/db';
import { rules } from '../storage/repositories';
import { applyRulesImport, planRulesImport, type RulesImportPlan } from '../storage/rules-import';

type Phase =
  | { kind: 'idle' }
  | { kind: 'preview'; file: string; incoming: InterchangeRule[]; plan: RulesImportPlan }
  | { kind: 'rejected'; file: string; errors: string[] };

const MAX_BYTES = 5_000_000;
const SHOWN_ERRORS = 10;

interface Props {
  db: OwnItDatabase;
  /** Tells the section what happened (its status line). */
  onDone(message: string): void;
}

export function RulesFile({ db, onDone }: Props) {
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });

  const exportRules = async () => {
    const all = await rules.all(db);
    downloadFile('own-it-rules.json', 'application/json', rulesFileJson(all));
  };

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setPhase({ kind: 'rejected', file: file.name, errors: [t('optionsRulesFileTooBig')] });
      return;
    }
    let data: unknown;
    try {
      data = JSON.parse(await file.text());
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setPhase({ kind: 'rejected', file: file.name, errors: [t('optionsRulesFileNotJson', reason)] });
      return;
    }
    const parsed = parseRulesFile(data);
    if (!parsed.ok) {
      setPhase({ kind: 'rejected', file: file.name, errors: parsed.errors });
      return;
    }
    const plan = planRulesImport(await rules.all(db), parsed.rules);
    setPhase({ kind: 'preview', file: file.name, incoming: parsed.rules, plan });
  };

  const apply = async (file: string, incoming: InterchangeRule[]) => {
    try {
      const plan = await applyRulesImport(db, incoming);
      setPhase({ kind: 'idle' });
      onDone(t('optionsRulesFileImported', file, plan.added.length, plan.changed.length));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setPhase({ kind: 'rejected', file, errors: [t('optionsRulesFileWriteFailed', reason)] });
    }
  };

  return (
    <div class="rules-file">
      <button type="button" onClick={() => void exportRules()}>
        {t('optionsRulesFileExport')}
      </button>
      <div class="file-pick">
        <label for="rules-file-input">{t('optionsRulesFileImport')}</label>
        <input
          id="rules-file-input"
          type="file"
          accept=".json,application/json"
          onChange={(event) => void choose(event.currentTarget)}
        />
      </div>
      {phase.kind === 'rejected' && (
        <div class="banner error" role="alert">
          <p>{t('optionsRulesFileRejected', phase.file)}</p>
          <ul>
            {phase.errors.slice(0, SHOWN_ERRORS).map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      )}
      {phase.kind === 'preview' && (
        <section class="card" aria-label={t('optionsRulesFilePreviewLabel')}>
          <p role="status">
            {t(
              'optionsRulesFilePreview',
              phase.file,
              phase.plan.added.length,
              phase.plan.changed.length,
              phase.plan.unchanged.length,
            )}
          </p>
          <div class="actions">
            <button
              type="button"
              class="primary"
              disabled={phase.plan.added.length + phase.plan.changed.length === 0}
              onClick={() => void apply(phase.file, phase.incoming)}
            >
              {t('optionsRulesFileApply')}
            </button>
            <button type="button" onClick={() => setPhase({ kind: 'idle' })}>
              {t('optionsRulesFileCancel')}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
