// Changes to every selected article at once: add or remove a tag, or delete them (with Undo after).
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { CheckedInput, InputError } from './controls';

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
      setError(t('optionsBulkTagMissing'));
      document.getElementById('bulk-tag')?.focus();
      return;
    }
    setError('');
    apply(tag.trim());
  };
  const selected =
    count === 1
      ? t(hidden > 0 ? 'optionsBulkSelectedOneHidden' : 'optionsBulkSelectedOne')
      : hidden > 0
        ? t('optionsBulkSelectedManyHidden', count, hidden)
        : t('optionsBulkSelectedMany', count);
  return (
    <section class="bulk card" aria-label={t('optionsBulkRegion')}>
      <p class="bulk-count">{selected}</p>
      <div class="bulk-controls">
        <label for="bulk-tag">{t('optionsBulkTag')}</label>
        <CheckedInput
          id="bulk-tag"
          value={tag}
          error={error}
          autoComplete="off"
          onValue={(value) => {
            setTag(value);
            setError('');
          }}
        />
        <button type="button" disabled={busy} onClick={withTag(onAddTag)}>
          {t('optionsBulkAddTag')}
        </button>
        <button type="button" disabled={busy} onClick={withTag(onRemoveTag)}>
          {t('optionsBulkRemoveTag')}
        </button>
        {confirming ? (
          <fieldset class="confirm inline">
            <legend>{count === 1 ? t('optionsBulkDeleteOne') : t('optionsBulkDeleteMany', count)}</legend>
            <button
              type="button"
              class="danger"
              disabled={busy}
              onClick={() => {
                setConfirming(false);
                onDelete();
              }}
            >
              {t('optionsYesDelete')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('optionsKeepThem')}
            </button>
          </fieldset>
        ) : (
          <button type="button" disabled={busy} onClick={() => setConfirming(true)}>
            {t('optionsBulkDelete')}
          </button>
        )}
        <button type="button" class="link" onClick={onClear}>
          {t('optionsBulkClear')}
        </button>
      </div>
      <InputError id="bulk-tag" error={error} />
    </section>
  );
}
