// Shown when a save was refused because another window deleted the item after the agent opened it.
// Saving anyway would have brought it back without a word; the agent's text stays in the form until
// they choose to keep it as a new item or to let it go.
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../shared/i18n';

interface Props {
  /** Used for the banner's element ids: "article", "playbook", "rule". */
  kind: string;
  title: string;
  busy: boolean;
  onSaveNew(): void;
  onDiscard(): void;
}

export function DeletedBanner({ kind, title, busy, onSaveNew, onDiscard }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div
      ref={ref}
      class="banner error conflict"
      role="alert"
      tabIndex={-1}
      aria-labelledby={`deleted-${kind}-title`}
    >
      <p id={`deleted-${kind}-title`}>
        <strong>{t('captureDeletedTitle', title)}</strong> {t('captureDeletedBody')}
      </p>
      <div class="form-actions">
        <button type="button" class="primary" disabled={busy} onClick={onSaveNew}>
          {t('captureDeletedSaveNew')}
        </button>
        <button type="button" disabled={busy} onClick={onDiscard}>
          {t('captureDeletedDiscard')}
        </button>
      </div>
    </div>
  );
}
