// Writing or editing one snippet, with a live preview: its fields as the agent will meet them in the
// panel, and the reply filled with what is typed there. Nothing is saved until valid; a conflicting save
// keeps the text until the writer chooses what to keep (ConflictBanner).
import { useState } from 'preact/hooks';
import { t, uiLanguage } from '../shared/i18n';
import type { Snippet } from '../shared/model';
import { fieldsOf, fillFields, PAGE_FIELDS } from '../shared/snippet-fields';
import { FieldInputs, fieldLabel } from '../sidepanel/components/FieldInputs';
import { FormProblems } from './FormProblems';
import { TextField } from './fields';
import {
  emptySnippetForm,
  formFromSnippet,
  notFields,
  type SnippetFormErrors,
  type SnippetFormValues,
  snippetFromForm,
} from './snippet-form';
import { useItemForm } from './use-item-form';

/** The form's own wording of "fix N fields". */
const FIX_FIELDS = 'snippetNotSaved';

interface Props {
  snippet?: Snippet;
  takenIds: string[];
  /** Shortcuts of the other snippets, lowercase. */
  takenShortcuts?: ReadonlySet<string>;
  onSave(snippet: Snippet, baseVersion: number): Promise<void>;
  onSaveCopy(snippet: Snippet): Promise<void>;
  onCancel(): void;
  onReload(): void;
}

export function SnippetForm({
  snippet,
  takenIds,
  takenShortcuts,
  onSave,
  onSaveCopy,
  onCancel,
  onReload,
}: Props) {
  const { values, set, errors, errorCount, problem, setProblem, saving, formRef, headingRef, attempt } =
    useItemForm<Snippet, SnippetFormValues, SnippetFormErrors>({
      initial: () => (snippet ? formFromSnippet(snippet) : emptySnippetForm()),
      validate: (typed) => {
        const result = snippetFromForm(typed, { existing: snippet, takenIds, takenShortcuts });
        return result.ok ? { ok: true, item: result.snippet } : result;
      },
      editing: Boolean(snippet),
      words: { newTakenKey: 'snippetSameTitleAdded', failedKey: 'snippetSaveFailed' },
    });

  const submit = (event: Event) => {
    event.preventDefault();
    setProblem(null);
    void attempt((item) => onSave(item, snippet?.version ?? 0));
  };

  const overwrite = (storedVersion: number) => void attempt((item) => onSave(item, storedVersion));
  const saveCopy = () => void attempt(onSaveCopy);
  return (
    <form
      ref={formRef}
      class="item-form card"
      aria-labelledby="snippet-form-title"
      noValidate
      onSubmit={submit}
    >
      <h2 id="snippet-form-title" ref={headingRef} tabIndex={-1}>
        {snippet ? t('snippetEditHeading', snippet.title) : t('snippetNewHeading')}
      </h2>
      <FormProblems
        kind="snippet"
        title={snippet?.title ?? values.title}
        errorCount={errorCount}
        errorsKey={FIX_FIELDS}
        problem={problem}
        busy={saving}
        onOverwrite={overwrite}
        onSaveCopy={saveCopy}
        onSaveNew={() => void attempt((item) => onSave(item, 0))}
        onReload={onReload}
        onDiscard={onCancel}
      />
      <div class="field-row">
        <TextField
          name="sn-title"
          label={t('snippetTitleLabel')}
          value={values.title}
          error={errors.title}
          onInput={set('title')}
        />
        <TextField
          name="sn-tags"
          label={t('snippetTagsLabel')}
          value={values.tags}
          error={undefined}
          hint={t('snippetTagsHint')}
          onInput={set('tags')}
        />
        <TextField
          name="sn-shortcut"
          label={t('snippetShortcutLabel')}
          value={values.shortcut}
          error={errors.shortcut}
          hint={t('snippetShortcutHint')}
          onInput={set('shortcut')}
        />
      </div>
      <TextField
        name="sn-body"
        label={t('snippetBodyLabel')}
        multiline
        rows={8}
        value={values.body}
        error={errors.body}
        hint={t('snippetBodyHint')}
        onInput={set('body')}
      />
      <SnippetPreview body={values.body} />
      <div class="form-actions">
        <button type="submit" class="primary" disabled={saving}>
          {saving ? t('snippetSaving') : snippet ? t('snippetSaveChanges') : t('snippetAdd')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('snippetCancel')}
        </button>
      </div>
    </form>
  );
}

/** The fields as the panel will ask for them, and the reply filled with what is typed here. */
function SnippetPreview({ body }: { body: string }) {
  const [values, setValues] = useState<Record<string, string>>({});
  const fields = fieldsOf(body);
  const asked = fields.filter((field) => !PAGE_FIELDS.includes(field.name));
  const fromPage = fields.filter((field) => PAGE_FIELDS.includes(field.name));
  const stray = notFields(body);
  const setValue = (name: string, value: string) => setValues((before) => ({ ...before, [name]: value }));
  if (!body.trim()) return null;
  return (
    <section class="snippet-preview" aria-label={t('snippetPreviewLabel')}>
      <h3>{t('snippetPreviewLabel')}</h3>
      {fromPage.length > 0 && (
        <p class="muted small">{t('snippetFromPage', fromPage.map(fieldLabel).join(', '))}</p>
      )}
      {stray.length > 0 && (
        <p class="field-error" role="status">
          {t('snippetNotFields', stray.join(' '))}
        </p>
      )}
      <div class="snippet-filler">
        <FieldInputs fields={asked} values={values} onChange={setValue} />
      </div>
      <pre class="snippet-preview-text">{fillFields(body, values, uiLanguage())}</pre>
    </section>
  );
}
