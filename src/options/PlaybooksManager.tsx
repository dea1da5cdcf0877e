// Playbooks: the list, writing and editing through PlaybookForm, deleting with an inline confirmation
// and Undo. The panel picks up every change as it is saved.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { Playbook } from '../shared/model';
import type { OwnItDatabase } from '../storage/db';
import { ConflictError, playbooks } from '../storage/repositories';
import { isReadOnly, sourceLabel } from './article-list';
import { Notice, type NoticeState } from './Notice';
import { PlaybookForm } from './PlaybookForm';
import { copyOfPlaybook } from './playbook-form';
import { useFocusTarget } from './use-focus-target';
import { useLive } from './use-live';

type Editing = { kind: 'new' } | { kind: 'edit'; playbook: Playbook; attempt: number };

const HEADING = 'playbooks-heading';
const ADD = 'add-playbook';
const UNDO = 'undo-delete-playbook';
const readAll = async (db: OwnItDatabase) =>
  (await playbooks.all(db)).sort((a, b) =>
    a.title.localeCompare(b.title, undefined, { sensitivity: 'base' }),
  );
const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function PlaybooksManager({ db }: { db: OwnItDatabase }) {
  const state = useLive(db, readAll, 'playbooks');
  const [editing, setEditing] = useState<Editing | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const focus = useFocusTarget();
  const list = state.status === 'ready' ? state.items : [];
  const ids = list.map((p) => p.id);

  const close = (target: string) => {
    setEditing(null);
    focus(target);
  };

  const save = async (playbook: Playbook, baseVersion: number) => {
    const saved = await playbooks.save(db, playbook, baseVersion);
    setNotice({ message: t('optionsSaved', saved.title) });
    close(`edit-playbook-${saved.id}`);
  };

  const saveCopy = async (playbook: Playbook) => {
    const saved = await playbooks.save(db, copyOfPlaybook(playbook, ids), 0);
    setNotice({ message: t('optionsSavedCopy', saved.title) });
    close(`edit-playbook-${saved.id}`);
  };

  const reload = async (id: string) => {
    const latest = await playbooks.get(db, id).catch(() => undefined);
    if (latest) {
      setEditing((current) => ({
        kind: 'edit',
        playbook: latest,
        attempt: current?.kind === 'edit' ? current.attempt + 1 : 0,
      }));
    } else {
      setNotice({ message: t('optionsPlaybookGone'), error: true });
      close(HEADING);
    }
  };

  const restore = async (playbook: Playbook) => {
    try {
      await playbooks.restore(db, playbook);
      setNotice({ message: t('optionsRestored', playbook.title) });
      focus(`edit-playbook-${playbook.id}`);
    } catch (error) {
      const reason = error instanceof ConflictError ? t('optionsPlaybookRestoreTaken') : reasonOf(error);
      setNotice({ message: t('optionsRestoreFailed', playbook.title, reason), error: true });
    }
  };

  const remove = async (playbook: Playbook) => {
    setConfirming(null);
    try {
      await playbooks.remove(db, playbook.id);
      setNotice({ message: t('optionsDeleted', playbook.title), undo: () => void restore(playbook) });
      focus(UNDO);
    } catch (error) {
      setNotice({ message: t('optionsDeleteFailed', playbook.title, reasonOf(error)), error: true });
    }
  };

  const undoExpired = useCallback(
    (hadFocus: boolean) => {
      setNotice((current) => (current ? { message: current.message } : null));
      if (hadFocus) focus(HEADING);
    },
    [focus],
  );

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
          key={editing.kind === 'edit' ? `${editing.playbook.id}:${editing.attempt}` : 'new'}
          playbook={editing.kind === 'edit' ? editing.playbook : undefined}
          takenIds={ids}
          onSave={save}
          onSaveCopy={saveCopy}
          onCancel={() => close(editing.kind === 'edit' ? `edit-playbook-${editing.playbook.id}` : ADD)}
          onReload={() => editing.kind === 'edit' && void reload(editing.playbook.id)}
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
                onEdit={() => {
                  setConfirming(null);
                  setEditing({ kind: 'edit', playbook, attempt: 0 });
                }}
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
