// Writing or editing one snippet, with a live preview: its fields as the agent will meet them in the
// panel, and the reply filled with what is typed there. Nothing is saved until valid; a conflicting save
// keeps the text until the writer chooses what to keep (ConflictBanner).
import { useState } from 'preact/hooks';
import { t, uiLanguage } from '../shared/i18n';
import type { Snippet } from '../shared/model';
import { fieldsOf, fillFields, PAGE_FIELDS } from '../shared/snippet-fields';
import { FieldInputs, fieldLabel } from '../shared/ui/FieldInputs';
import { FormActions, TextField } from './fields';
import { type ItemFormProps, ItemFormShell } from './ItemFormShell';
import { notFields, SNIPPET_FORM } from './snippet-form';
import { useItemForm } from './use-item-form';

/** The form's own wording of "fix N fields". */
const FIX_FIELDS = 'snippetNotSaved';

interface Props extends ItemFormProps<Snippet> {
  /** Shortcuts of the other snippets, lowercase. */
  takenShortcuts?: ReadonlySet<string>;
}

export function SnippetForm({ takenShortcuts, ...on }: Props) {
  const { item: snippet, onCancel } = on;
  const form = useItemForm(on, SNIPPET_FORM, { takenShortcuts });
  const { values, field, saving } = form;

  return (
    <ItemFormShell
      kind="snippet"
      heading={snippet ? t('snippetEditHeading', snippet.title) : t('snippetNewHeading')}
      form={form}
      errorsKey={FIX_FIELDS}
    >
      <div class="field-row">
        <TextField {...field('title')} label={t('snippetTitleLabel')} />
        <TextField {...field('tags')} label={t('snippetTagsLabel')} hint={t('snippetTagsHint')} />
        <TextField {...field('shortcut')} label={t('snippetShortcutLabel')} hint={t('snippetShortcutHint')} />
      </div>
      <TextField
        {...field('body')}
        label={t('snippetBodyLabel')}
        multiline
        rows={8}
        hint={t('snippetBodyHint')}
      />
      <SnippetPreview body={values.body} />
      <FormActions
        saving={saving}
        submit={snippet ? t('snippetSaveChanges') : t('snippetAdd')}
        savingLabel={t('snippetSaving')}
        cancelLabel={t('snippetCancel')}
        onCancel={onCancel}
      />
    </ItemFormShell>
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
