// Changes to every selected article at once: add or remove a tag, or delete them (with Undo after).
import { useState } from 'preact/hooks';

interface Props {
  count: number;
  /** Selected but filtered out of the list: said aloud so nothing changes unseen. */
  hidden: number;
  busy: boolean;
  onAddTag(tag: string): void;
  onRemoveTag(tag: string): void;
  onDelete(): void;
  onClear(): void;
}

export function BulkBar({ count, hidden, busy, onAddTag, onRemoveTag, onDelete, onClear }: Props) {
  const [tag, setTag] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState('');
  const withTag = (apply: (tag: string) => void) => () => {
    if (!tag.trim()) {
      setError('Type the tag first.');
      document.getElementById('bulk-tag')?.focus();
      return;
    }
    setError('');
    apply(tag.trim());
  };
  const noun = count === 1 ? 'article' : 'articles';
  return (
    <section class="bulk card" aria-label="Change the selected articles">
      <p class="bulk-count">
        <strong>{count}</strong> {noun} selected
        {hidden > 0 && <span class="muted">, {hidden} of them hidden by the filters</span>}
      </p>
      <div class="bulk-controls">
        <label for="bulk-tag">Tag</label>
        <input
          id="bulk-tag"
          type="text"
          value={tag}
          autocomplete="off"
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'bulk-tag-error' : undefined}
          onInput={(e) => {
            setTag(e.currentTarget.value);
            setError('');
          }}
        />
        <button type="button" disabled={busy} onClick={withTag(onAddTag)}>
          Add tag
        </button>
        <button type="button" disabled={busy} onClick={withTag(onRemoveTag)}>
          Remove tag
        </button>
        {confirming ? (
          <fieldset class="confirm inline">
            <legend>
              Delete {count} {noun}?
            </legend>
            <button
              type="button"
              class="danger"
              disabled={busy}
              onClick={() => {
                setConfirming(false);
                onDelete();
              }}
            >
              Yes, delete
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Keep them
            </button>
          </fieldset>
        ) : (
          <button type="button" disabled={busy} onClick={() => setConfirming(true)}>
            Delete selected
          </button>
        )}
        <button type="button" class="link" onClick={onClear}>
          Clear selection
        </button>
      </div>
      {error && (
        <p id="bulk-tag-error" class="field-error">
          {error}
        </p>
      )}
    </section>
  );
}
