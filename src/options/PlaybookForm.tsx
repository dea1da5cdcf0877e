// Writing or editing one playbook. Same promises as the article form: nothing saved until valid, and a
// conflicting save keeps the agent's text until they choose what to keep.
import { t } from '../shared/i18n';
import type { Playbook } from '../shared/model';
import { FormActions, TextField } from './fields';
import { type ItemFormProps, ItemFormShell } from './ItemFormShell';
import { PLAYBOOK_FORM } from './playbook-form';
import { StepsEditor } from './StepsEditor';
import { useItemForm } from './use-item-form';

export function PlaybookForm(on: ItemFormProps<Playbook>) {
  const { item: playbook, onCancel } = on;
  const form = useItemForm(on, PLAYBOOK_FORM);
  const { values, setValues, field, errors, saving } = form;

  return (
    <ItemFormShell
      kind="playbook"
      heading={playbook ? t('optionsEditTitle', playbook.title) : t('optionsPlaybookNew')}
      form={form}
    >
      <TextField {...field('title')} label={t('optionsTitle')} />
      <TextField {...field('summary')} label={t('optionsSummary')} multiline rows={2} />
      <div class="field-row">
        <TextField {...field('triggers')} label={t('optionsTriggers')} hint={t('optionsTriggersHint')} />
        <TextField {...field('tags')} label={t('optionsTags')} hint={t('optionsTagsHint')} />
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
