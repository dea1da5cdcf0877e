// Playbooks: the list, writing and editing through PlaybookForm, deleting with an inline confirmation
// and Undo. The panel picks up every change as it is saved.
import { t } from '../shared/i18n';
import type { Playbook } from '../shared/model';
import type { OwnItDatabase } from '../storage/db';
import { playbooks } from '../storage/repositories';
import { isReadOnly } from './article-list';
import { ItemCard } from './cards';
import { ItemSection } from './ItemSection';
import { PlaybookForm } from './PlaybookForm';
import { copyOfPlaybook } from './playbook-form';
import { itemRowWords, RowActions, type RowHandlers } from './RowActions';
import { type ItemSectionSpec, idsOf, useItemEditor } from './use-item-editor';
import { useLive } from './use-live';

const SECTION: ItemSectionSpec = {
  name: 'playbooks',
  ids: idsOf('playbook'),
  words: {
    heading: 'optionsPlaybooksHeading',
    intro: 'optionsPlaybooksIntro',
    add: 'optionsPlaybookWrite',
    loading: 'optionsPlaybooksLoading',
    saved: 'optionsSaved',
    savedCopy: 'optionsSavedCopy',
    goneWhileEditing: 'optionsPlaybookGone',
    restored: 'optionsRestored',
    restoreIdTaken: 'optionsPlaybookRestoreTaken',
    restoreFailed: 'optionsRestoreFailed',
    deleted: 'optionsDeleted',
    deleteFailed: 'optionsDeleteFailed',
  },
};
const byTitle = (a: Playbook, b: Playbook) =>
  a.title.localeCompare(b.title, undefined, { sensitivity: 'base' });
const readAll = async (db: OwnItDatabase) => (await playbooks.all(db)).sort(byTitle);

export function PlaybooksManager({ db }: { db: OwnItDatabase }) {
  const state = useLive(db, readAll, 'playbooks');
  const list = state.status === 'ready' ? state.items : [];
  const editor = useItemEditor<Playbook>(db, list, SECTION, {
    repository: playbooks,
    copyOf: copyOfPlaybook,
  });
  return (
    <ItemSection
      state={state}
      editor={editor}
      form={<PlaybookForm key={editor.formKey} {...editor.formProps} />}
      items={list}
      empty={t('optionsPlaybooksEmpty')}
      row={(playbook) => <PlaybookRow key={playbook.id} playbook={playbook} {...editor.rowProps(playbook)} />}
    />
  );
}

function PlaybookRow({ playbook, ...handlers }: RowHandlers & { playbook: Playbook }) {
  const readOnly = isReadOnly(playbook);
  const steps = playbook.steps.length;
  return (
    <ItemCard
      item={playbook}
      editedKey="optionsSourceEdited"
      chips={
        <span class="chip subtle">{steps === 1 ? t('optionsStepsOne') : t('optionsStepsMany', steps)}</span>
      }
    >
      {playbook.summary && <p class="muted small item-meta">{playbook.summary}</p>}
      <RowActions
        editId={SECTION.ids.edit(playbook.id)}
        deleteId={SECTION.ids.delete(playbook.id)}
        words={{
          ...itemRowWords(playbook.title, readOnly),
          effect: t('optionsPlaybookDeleteEffect'),
        }}
        {...handlers}
      />
    </ItemCard>
  );
}
