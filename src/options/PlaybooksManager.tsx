// Playbooks: the list, writing and editing through PlaybookForm, deleting with an inline confirmation
// and Undo. The panel picks up every change as it is saved.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
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
    setNotice({ message: `Saved “${saved.title}”.` });
    close(`edit-playbook-${saved.id}`);
  };

  const saveCopy = async (playbook: Playbook) => {
    const saved = await playbooks.save(db, copyOfPlaybook(playbook, ids), 0);
    setNotice({ message: `Saved your version as “${saved.title}”; the other window’s version is kept too.` });
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
      setNotice({ message: 'That playbook was deleted in another window.', error: true });
      close(HEADING);
    }
  };

  const restore = async (playbook: Playbook) => {
    try {
      await playbooks.restore(db, playbook);
      setNotice({ message: `Restored “${playbook.title}”.` });
      focus(`edit-playbook-${playbook.id}`);
    } catch (error) {
      const reason =
        error instanceof ConflictError
          ? 'a playbook with the same name was added meanwhile'
          : reasonOf(error);
      setNotice({ message: `“${playbook.title}” could not be restored: ${reason}.`, error: true });
    }
  };

  const remove = async (playbook: Playbook) => {
    setConfirming(null);
    try {
      await playbooks.remove(db, playbook.id);
      setNotice({ message: `Deleted “${playbook.title}”.`, undo: () => void restore(playbook) });
      focus(UNDO);
    } catch (error) {
      setNotice({ message: `“${playbook.title}” could not be deleted (${reasonOf(error)}).`, error: true });
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
          Playbooks
        </h1>
        {!editing && state.status === 'ready' && (
          <button type="button" id={ADD} class="primary" onClick={() => setEditing({ kind: 'new' })}>
            Write a playbook
          </button>
        )}
      </div>
      <p class="muted intro">Step-by-step guides for a kind of case, from first message to follow-up.</p>
      <Notice notice={notice} onUndoExpired={undoExpired} undoId={UNDO} />
      {state.status === 'error' && (
        <p class="banner error" role="alert">
          {state.message}
        </p>
      )}
      {state.status === 'loading' && <p class="muted">Loading playbooks…</p>}
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
          <p class="muted">No playbooks yet.</p>
        ) : (
          <ul class="item-list" aria-label="Playbooks">
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
          {playbook.source !== 'local' && playbook.editedLocally ? `${from}, edited` : from}
        </span>
        <span class="chip subtle">
          {steps} {steps === 1 ? 'step' : 'steps'}
        </span>
      </div>
      {playbook.summary && <p class="muted small item-meta">{playbook.summary}</p>}
      {confirming ? (
        <fieldset
          class="confirm"
          onKeyDown={(event) => {
            if (event.key === 'Escape') onCancelDelete();
          }}
        >
          <legend>Delete “{playbook.title}”?</legend>
          <p>Agents will no longer find it in the panel. You can undo for a few seconds.</p>
          <button type="button" class="danger" onClick={onConfirmDelete}>
            Yes, delete
          </button>
          <button type="button" ref={keepRef} onClick={onCancelDelete}>
            Keep it
          </button>
        </fieldset>
      ) : (
        <div class="rule-actions">
          <button
            type="button"
            id={`edit-playbook-${playbook.id}`}
            aria-label={`${readOnly ? 'Edit a local copy of' : 'Edit'} ${playbook.title}`}
            onClick={onEdit}
          >
            {readOnly ? 'Edit a local copy' : 'Edit'}
          </button>
          <button
            type="button"
            id={`delete-playbook-${playbook.id}`}
            aria-label={`Delete ${playbook.title}`}
            onClick={onAskDelete}
          >
            Delete
          </button>
        </div>
      )}
    </li>
  );
}
