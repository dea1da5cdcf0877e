// Writing or editing one playbook. Same promises as the article form: nothing saved until valid, and a
// conflicting save keeps the agent's text until they choose what to keep.
import { t } from '../shared/i18n';
import type { Playbook } from '../shared/model';
import { FormProblems } from './FormProblems';
import { TextField } from './fields';
import {
  emptyPlaybookForm,
  formFromPlaybook,
  type PlaybookFormErrors,
  type PlaybookFormValues,
  playbookFromForm,
} from './playbook-form';
import { StepsEditor } from './StepsEditor';
import { useItemForm } from './use-item-form';

interface Props {
  playbook?: Playbook;
  takenIds: string[];
  onSave(playbook: Playbook, baseVersion: number): Promise<void>;
  onSaveCopy(playbook: Playbook): Promise<void>;
  onCancel(): void;
  onReload(): void;
}

export function PlaybookForm({ playbook, takenIds, onSave, onSaveCopy, onCancel, onReload }: Props) {
  const {
    values,
    setValues,
    set,
    errors,
    errorCount,
    problem,
    setProblem,
    saving,
    formRef,
    headingRef,
    attempt,
  } = useItemForm<Playbook, PlaybookFormValues, PlaybookFormErrors>({
    initial: () => (playbook ? formFromPlaybook(playbook) : emptyPlaybookForm()),
    validate: (typed) => {
      const result = playbookFromForm(typed, { existing: playbook, takenIds });
      return result.ok ? { ok: true, item: result.playbook } : result;
    },
    editing: Boolean(playbook),
    words: { newTakenKey: 'optionsPlaybookConflictNew', failedKey: 'optionsPlaybookSaveFailed' },
  });

  const submit = (event: Event) => {
    event.preventDefault();
    setProblem(null);
    void attempt((item) => onSave(item, playbook?.version ?? 0));
  };

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
