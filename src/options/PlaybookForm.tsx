// Writing or editing one playbook. Same promises as the article form: nothing saved until valid, and a
// conflicting save keeps the agent's text until they choose what to keep.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { Playbook } from '../shared/model';
import { describeSaveFailure, FormProblems, type SaveProblem } from './FormProblems';
import { TextField } from './fields';
import {
  emptyPlaybookForm,
  formFromPlaybook,
  type PlaybookFormErrors,
  type PlaybookFormValues,
  playbookFromForm,
} from './playbook-form';
import { StepsEditor } from './StepsEditor';

interface Props {
  playbook?: Playbook;
  takenIds: string[];
  onSave(playbook: Playbook, baseVersion: number): Promise<void>;
  onSaveCopy(playbook: Playbook): Promise<void>;
  onCancel(): void;
  onReload(): void;
}

type TextKey = 'title' | 'summary' | 'triggers' | 'tags';

export function PlaybookForm({ playbook, takenIds, onSave, onSaveCopy, onCancel, onReload }: Props) {
  const [values, setValues] = useState<PlaybookFormValues>(() =>
    playbook ? formFromPlaybook(playbook) : emptyPlaybookForm(),
  );
  const [errors, setErrors] = useState<PlaybookFormErrors>({});
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => headingRef.current?.focus(), []);

  const set = (field: TextKey) => (value: string) => setValues((current) => ({ ...current, [field]: value }));

  const attempt = async (write: (item: Playbook) => Promise<void>) => {
    if (saving) return;
    const result = playbookFromForm(values, { existing: playbook, takenIds });
    if (!result.ok) {
      setErrors(result.errors);
      requestAnimationFrame(() =>
        formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      await write(result.playbook);
    } catch (error) {
      setSaving(false);
      setProblem(
        describeSaveFailure(error, Boolean(playbook), {
          newTakenKey: 'optionsPlaybookConflictNew',
          failedKey: 'optionsPlaybookSaveFailed',
        }),
      );
    }
  };

  const submit = (event: Event) => {
    event.preventDefault();
    setProblem(null);
    void attempt((item) => onSave(item, playbook?.version ?? 0));
  };

  const errorCount = Object.keys(errors).length;
  return (
    <form
      ref={formRef}
      class="item-form card"
      aria-labelledby="playbook-form-title"
      noValidate
      onSubmit={submit}
    >
      <h2 id="playbook-form-title" ref={headingRef} tabIndex={-1}>
        {playbook ? t('optionsEditTitle', playbook.title) : t('optionsPlaybookNew')}
      </h2>
      <FormProblems
        kind="playbook"
        title={playbook?.title ?? values.title}
        errorCount={errorCount}
        problem={problem}
        busy={saving}
        onOverwrite={(storedVersion) => void attempt((typedItem) => onSave(typedItem, storedVersion))}
        onSaveCopy={() => void attempt(onSaveCopy)}
        onSaveNew={() => void attempt((typedItem) => onSave(typedItem, 0))}
        onReload={onReload}
        onDiscard={onCancel}
      />
      <TextField
        name="pb-title"
        label={t('optionsTitle')}
        value={values.title}
        error={errors.title}
        onInput={set('title')}
      />
      <TextField
        name="pb-summary"
        label={t('optionsSummary')}
        multiline
        rows={2}
        value={values.summary}
        error={errors.summary}
        onInput={set('summary')}
      />
      <div class="field-row">
        <TextField
          name="pb-triggers"
          label={t('optionsTriggers')}
          value={values.triggers}
          error={undefined}
          hint={t('optionsTriggersHint')}
          onInput={set('triggers')}
        />
        <TextField
          name="pb-tags"
          label={t('optionsTags')}
          value={values.tags}
          error={undefined}
          hint={t('optionsTagsHint')}
          onInput={set('tags')}
        />
      </div>
      <StepsEditor
        steps={values.steps}
        errors={errors}
        onChange={(steps) => setValues((current) => ({ ...current, steps }))}
      />
      <div class="form-actions">
        <button type="submit" class="primary" disabled={saving}>
          {saving ? t('optionsSaving') : playbook ? t('optionsSaveChanges') : t('optionsPlaybookAdd')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('optionsCancel')}
        </button>
      </div>
    </form>
  );
}
