// Shown when a save was refused because another window saved the same item first. The agent's text
// stays in the form underneath; nothing is dropped until they choose.
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../shared/i18n';

interface Props {
  /** "article", "playbook". */
  kind: string;
  title: string;
  busy: boolean;
  onOverwrite(): void;
  onSaveCopy(): void;
  onReload(): void;
}

/** The headline names the item by kind in a whole sentence, so each language can word it its own way. */
const HEADLINES: Record<string, string> = {
  article: 'optionsConflictArticle',
  playbook: 'optionsConflictPlaybook',
};

export function ConflictBanner({ kind, title, busy, onOverwrite, onSaveCopy, onReload }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div
      ref={ref}
      class="banner error conflict"
      role="alert"
      tabIndex={-1}
      aria-labelledby={`conflict-${kind}-title`}
    >
      <p id={`conflict-${kind}-title`}>
        <strong>{t(HEADLINES[kind] ?? 'optionsConflictItem', title)}</strong> {t('optionsConflictChoose')}
      </p>
      <div class="form-actions">
        <button type="button" class="primary" disabled={busy} onClick={onOverwrite}>
          {t('optionsConflictOverwrite')}
        </button>
        <button type="button" disabled={busy} onClick={onSaveCopy}>
          {t('optionsConflictCopy')}
        </button>
        <button type="button" disabled={busy} onClick={onReload}>
          {t('optionsConflictReload')}
        </button>
      </div>
    </div>
  );
}
