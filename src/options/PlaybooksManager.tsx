// Playbooks: the list, writing and editing through PlaybookForm, deleting with an inline confirmation
// and Undo. The panel picks up every change as it is saved.
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { Playbook } from '../shared/model';
import type { OwnItDatabase } from '../storage/db';
import { playbooks } from '../storage/repositories';
import { isReadOnly, sourceLabel } from './article-list';
import { Notice } from './Notice';
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
  const {
    focus,
    editing,
    setEditing,
    confirming,
    setConfirming,
    notice,
    save,
    saveCopy,
    remove,
    undoExpired,
    edit,
    cancel,
    reloadEdited,
  } = useItemEditor<Playbook>(db, list, {
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

  return (
    <section class="playbooks" aria-labelledby={HEADING}>
      <div class="section-head">
        <h1 id={HEADING} tabIndex={-1}>
          {t('optionsPlaybooksHeading')}
        </h1>
        {!editing && state.status === 'ready' && (
          <button type="button" id={ADD} class="primary" onClick={() => setEditing({ kind: 'new' })}>
            {t('optionsPlaybookWrite')}
          </button>
        )}
      </div>
      <p class="muted intro">{t('optionsPlaybooksIntro')}</p>
      <Notice notice={notice} onUndoExpired={undoExpired} undoId={UNDO} />
      {state.status === 'error' && (
        <p class="banner error" role="alert">
          {state.message}
        </p>
      )}
      {state.status === 'loading' && <p class="muted">{t('optionsPlaybooksLoading')}</p>}
      {editing ? (
        <PlaybookForm
          key={editing.kind === 'edit' ? `${editing.item.id}:${editing.attempt}` : 'new'}
          playbook={editing.kind === 'edit' ? editing.item : undefined}
          takenIds={ids}
          onSave={save}
          onSaveCopy={saveCopy}
          onCancel={() => cancel(ADD)}
          onReload={reloadEdited}
        />
      ) : (
        state.status === 'ready' &&
        (list.length === 0 ? (
          <p class="muted">{t('optionsPlaybooksEmpty')}</p>
        ) : (
          <ul class="item-list" aria-label={t('optionsPlaybooksHeading')}>
            {list.map((playbook) => (
              <PlaybookRow
                key={playbook.id}
                playbook={playbook}
                confirming={confirming === playbook.id}
                onEdit={() => edit(playbook)}
                onAskDelete={() => setConfirming(playbook.id)}
                onConfirmDelete={() => void remove(playbook)}
                onCancelDelete={() => {
                  setConfirming(null);
                  focus(`delete-playbook-${playbook.id}`);
                }}
              />
            ))}
          </ul>
        ))
      )}
    </section>
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

function PlaybookRow({
  playbook,
  confirming,
  onEdit,
  onAskDelete,
  onConfirmDelete,
  onCancelDelete,
}: RowProps) {
  const keepRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) keepRef.current?.focus();
  }, [confirming]);
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
      {confirming ? (
        <fieldset
          class="confirm"
          onKeyDown={(event) => {
            if (event.key === 'Escape') onCancelDelete();
          }}
        >
          <legend>{t('optionsDeleteQuestion', playbook.title)}</legend>
          <p>{t('optionsPlaybookDeleteEffect')}</p>
          <button type="button" class="danger" onClick={onConfirmDelete}>
            {t('optionsYesDelete')}
          </button>
          <button type="button" ref={keepRef} onClick={onCancelDelete}>
            {t('optionsKeepIt')}
          </button>
        </fieldset>
      ) : (
        <div class="rule-actions">
          <button
            type="button"
            id={`edit-playbook-${playbook.id}`}
            aria-label={t(readOnly ? 'optionsEditCopyNamed' : 'optionsEditNamed', playbook.title)}
            onClick={onEdit}
          >
            {t(readOnly ? 'optionsEditCopy' : 'optionsEdit')}
          </button>
          <button
            type="button"
            id={`delete-playbook-${playbook.id}`}
            aria-label={t('optionsDeleteNamed', playbook.title)}
            onClick={onAskDelete}
          >
            {t('optionsDelete')}
          </button>
        </div>
      )}
    </li>
  );
}
