// Shown when a save was refused because another window saved the same item first. The agent's text
// stays in the form underneath; nothing is dropped until they choose.
import { useEffect, useRef } from 'preact/hooks';

interface Props {
  /** "article", "playbook". */
  kind: string;
  title: string;
  busy: boolean;
  onOverwrite(): void;
  onSaveCopy(): void;
  onReload(): void;
}

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
        <strong>
          This {kind}, “{title}”, was changed in another window after you opened it.
        </strong>{' '}
        Your changes are not saved yet and are still in the form below. Choose what to keep:
      </p>
      <div class="form-actions">
        <button type="button" class="primary" disabled={busy} onClick={onOverwrite}>
          Overwrite with mine
        </button>
        <button type="button" disabled={busy} onClick={onSaveCopy}>
          Save mine as a copy
        </button>
        <button type="button" disabled={busy} onClick={onReload}>
          Reload theirs (drops my changes)
        </button>
      </div>
    </div>
  );
}
