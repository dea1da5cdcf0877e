// Playbooks: the list, writing and editing through PlaybookForm, deleting with an inline confirmation
// and Undo. The panel picks up every change as it is saved.
import { t } from '../shared/i18n';
import type { Playbook } from '../shared/model';
import type { OwnItDatabase } from '../storage/db';
import { playbooks } from '../storage/repositories';
import { isReadOnly, sourceLabel } from './article-list';
import { ItemSection, itemRowWords, RowActions } from './ItemSection';
import { PlaybookForm } from './PlaybookForm';
import { copyOfPlaybook } from './playbook-form';
import { useItemEditor } from './use-item-editor';
import { useLive } from './use-live';

const HEADING = 'playbooks-heading';
const ADD = 'add-playbook';
const UNDO = 'undo-delete-playbook';
const readAll = async (db: OwnItDatabase) =>
  (await playbooks.all(db)).sort((a, b) =>
    a.title.localeCompare(b.title, undefined, { sensitivity: 'base' }),
  );

export function PlaybooksManager({ db }: { db: OwnItDatabase }) {
  const state = useLive(db, readAll, 'playbooks');
  const list = state.status === 'ready' ? state.items : [];
  const ids = list.map((p) => p.id);
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
    heading: HEADING,
    undoId: UNDO,
    editButtonId: (id) => `edit-playbook-${id}`,
    copyOf: copyOfPlaybook,
  });
  const { editing, confirming, setConfirming } = editor;

  return (
    <ItemSection
      name="playbooks"
      headingId={HEADING}
      heading={t('optionsPlaybooksHeading')}
      intro={t('optionsPlaybooksIntro')}
      add={{ id: ADD, label: t('optionsPlaybookWrite'), onClick: () => editor.setEditing({ kind: 'new' }) }}
      state={state}
      loading={t('optionsPlaybooksLoading')}
      notice={editor.notice}
      undoId={UNDO}
      onUndoExpired={editor.undoExpired}
      editor={
        editing && (
          <PlaybookForm
            key={editing.kind === 'edit' ? `${editing.item.id}:${editing.attempt}` : 'new'}
            playbook={editing.kind === 'edit' ? editing.item : undefined}
            takenIds={ids}
            onSave={editor.save}
            onSaveCopy={editor.saveCopy}
            onCancel={() => editor.cancel(ADD)}
            onReload={editor.reloadEdited}
          />
        )
      }
    >
      {list.length === 0 ? (
        <p class="muted">{t('optionsPlaybooksEmpty')}</p>
      ) : (
        <ul class="item-list" aria-label={t('optionsPlaybooksHeading')}>
          {list.map((playbook) => (
            <PlaybookRow
              key={playbook.id}
              playbook={playbook}
              confirming={confirming === playbook.id}
              onEdit={() => editor.edit(playbook)}
              onAskDelete={() => setConfirming(playbook.id)}
              onConfirmDelete={() => void editor.remove(playbook)}
              onCancelDelete={() => {
                setConfirming(null);
                editor.focus(`delete-playbook-${playbook.id}`);
              }}
            />
          ))}
        </ul>
      )}
    </ItemSection>
  );
}

interface RowProps {
  playbook: Playbook;
  confirming: boolean;
  onEdit(): void;
  onAskDelete(): void;
  onConfirmDelete(): void;
  onCancelDelete(): void;
}

function PlaybookRow({ playbook, confirming, ...handlers }: RowProps) {
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
        editId={`edit-playbook-${playbook.id}`}
        deleteId={`delete-playbook-${playbook.id}`}
        confirming={confirming}
        words={{
          ...itemRowWords(playbook.title, readOnly),
          effect: t('optionsPlaybookDeleteEffect'),
        }}
        {...handlers}
      />
    </li>
  );
}
