// Writing or editing one playbook. Same promises as the article form: nothing saved until valid, and a
// conflicting save keeps the agent's text until they choose what to keep.
import { t } from '../shared/i18n';
import type { Playbook } from '../shared/model';
import { FormActions, fieldBinder, TextField } from './fields';
import { type ItemFormProps, ItemFormShell } from './ItemFormShell';
import {
  emptyPlaybookForm,
  formFromPlaybook,
  type PlaybookFormErrors,
  type PlaybookFormValues,
  playbookFromForm,
} from './playbook-form';
import { StepsEditor } from './StepsEditor';
import { useItemForm } from './use-item-form';

interface Props extends ItemFormProps<Playbook> {
  /** The playbook to edit; absent to write one. */
  playbook?: Playbook;
}

export function PlaybookForm({ playbook, ...on }: Props) {
  const { takenIds, onCancel } = on;
  const form = useItemForm<Playbook, PlaybookFormValues, PlaybookFormErrors>({
    initial: () => (playbook ? formFromPlaybook(playbook) : emptyPlaybookForm()),
    validate: (typed) => {
      const result = playbookFromForm(typed, { existing: playbook, takenIds });
      return result.ok ? { ok: true, item: result.playbook } : result;
    },
    editing: Boolean(playbook),
    words: { newTakenKey: 'optionsPlaybookConflictNew', failedKey: 'optionsPlaybookSaveFailed' },
  });
  const { values, setValues, set, errors, saving } = form;
  const field = fieldBinder('pb', values, errors, set);

  return (
    <ItemFormShell
      kind="playbook"
      heading={playbook ? t('optionsEditTitle', playbook.title) : t('optionsPlaybookNew')}
      item={playbook}
      typedTitle={values.title}
      form={form}
      on={on}
    >
      <TextField {...field('title')} label={t('optionsTitle')} />
      <TextField {...field('summary')} label={t('optionsSummary')} multiline rows={2} />
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
      <FormActions
        saving={saving}
        submit={playbook ? t('optionsSaveChanges') : t('optionsPlaybookAdd')}
        onCancel={onCancel}
      />
    </ItemFormShell>
  );
}
