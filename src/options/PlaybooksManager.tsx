// Playbooks: the list, writing and editing through PlaybookForm, deleting with an inline confirmation
// and Undo. The panel picks up every change as it is saved.
import { t } from '../shared/i18n';
import type { Playbook } from '../shared/model';
import type { OwnItDatabase } from '../storage/db';
import { playbooks } from '../storage/repositories';
import { isReadOnly, sourceLabel } from './article-list';
import { ItemSection, itemRowWords, RowActions, type RowHandlers } from './ItemSection';
import { PlaybookForm } from './PlaybookForm';
import { copyOfPlaybook } from './playbook-form';
import { useItemEditor } from './use-item-editor';
import { useLive } from './use-live';

const IDS = {
  heading: 'playbooks-heading',
  add: 'add-playbook',
  undo: 'undo-delete-playbook',
  edit: (id: string) => `edit-playbook-${id}`,
  delete: (id: string) => `delete-playbook-${id}`,
};
const readAll = async (db: OwnItDatabase) =>
  (await playbooks.all(db)).sort((a, b) =>
    a.title.localeCompare(b.title, undefined, { sensitivity: 'base' }),
  );

export function PlaybooksManager({ db }: { db: OwnItDatabase }) {
  const state = useLive(db, readAll, 'playbooks');
  const list = state.status === 'ready' ? state.items : [];
  const editor = useItemEditor<Playbook>(db, list, {
    repository: playbooks,
    words: {
      saved: 'optionsSaved',
      savedCopy: 'optionsSavedCopy',
      goneWhileEditing: 'optionsPlaybookGone',
      restored: 'optionsRestored',
      restoreIdTaken: 'optionsPlaybookRestoreTaken',
      restoreFailed: 'optionsRestoreFailed',
      deleted: 'optionsDeleted',
      deleteFailed: 'optionsDeleteFailed',
    },
    ids: IDS,
    copyOf: copyOfPlaybook,
  });

  return (
    <ItemSection
      name="playbooks"
      heading={t('optionsPlaybooksHeading')}
      intro={t('optionsPlaybooksIntro')}
      addLabel={t('optionsPlaybookWrite')}
      state={state}
      loading={t('optionsPlaybooksLoading')}
      editor={editor}
      form={<PlaybookForm key={editor.formKey} {...editor.formProps} />}
    >
      {list.length === 0 ? (
        <p class="muted">{t('optionsPlaybooksEmpty')}</p>
      ) : (
        <ul class="item-list" aria-label={t('optionsPlaybooksHeading')}>
          {list.map((playbook) => (
            <PlaybookRow key={playbook.id} playbook={playbook} {...editor.rowProps(playbook)} />
          ))}
        </ul>
      )}
    </ItemSection>
  );
}

function PlaybookRow({ playbook, ...handlers }: RowHandlers & { playbook: Playbook }) {
  const readOnly = isReadOnly(playbook);
  const from = sourceLabel(playbook.source);
  const steps = playbook.steps.length;
  return (
    <li class="card item">
      <div class="item-head">
        <h2 class="item-title">{playbook.title}</h2>
        <span class="chip subtle">
          {playbook.source !== 'local' && playbook.editedLocally ? t('optionsSourceEdited', from) : from}
        </span>
        <span class="chip subtle">{steps === 1 ? t('optionsStepsOne') : t('optionsStepsMany', steps)}</span>
      </div>
      {playbook.summary && <p class="muted small item-meta">{playbook.summary}</p>}
      <RowActions
        editId={IDS.edit(playbook.id)}
        deleteId={IDS.delete(playbook.id)}
        words={{
          ...itemRowWords(playbook.title, readOnly),
          effect: t('optionsPlaybookDeleteEffect'),
        }}
        {...handlers}
      />
    </li>
  );
}
