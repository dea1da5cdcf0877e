// "I own this": a note on the open ticket, with the promise in it kept as a commitment (a reminder when
// it is due), its complaint stage and root cause. The unsaved note is kept as a draft (use-note-draft.ts).
import { useRef, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { database } from '../../storage/db';
import { learnFromNote } from '../../storage/learned';
import { notes, settings } from '../../storage/repositories';
import { commitmentsChanged } from '../commitments-changed';
import { readDueTime, useDueTime } from '../due-time';
import { newNote } from '../new-note';
import type { PageState } from '../page-context';
import { ticketKeyOf } from '../ticket';
import { useNoteDraft } from '../use-note-draft';
import { DueField, StageAndCause } from './NoteFields';
import { useRootCauses } from './RootCauseEditor';
import { TicketFacts } from './TicketFacts';

interface Props {
  page: PageState;
  onDone(saved: boolean): void;
  /** Text to start from when there is no unsaved draft (e.g. a playbook's follow-up step). */
  initialText?: string;
}

export function OwnThisForm({ page, onDone, initialText }: Props) {
  const context = page.status === 'ready' ? page.context : undefined;
  const ticketKey = useRef(context ? ticketKeyOf(context) : 'unlinked').current;
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const { draft, change, storedUnder } = useNoteDraft(ticketKey, initialText, () => noteRef.current?.focus());
  const { text, stage, rootCause } = draft;
  const [remind, setRemind] = useState(true);
  const causes = useRootCauses();
  // An explicit "Due" entry wins; otherwise the promise in the note gives the time.
  const dueSource = draft.due.trim() ? draft.due : text;
  const due = useDueTime(dueSource);
  const [error, setError] = useState('');

  async function save() {
    const body = text.trim();
    if (!body) {
      setError(t('panelWriteNoteFirst'));
      noteRef.current?.focus();
      return;
    }
    // Read the due time again: a fast Ctrl+Enter can come before the preview caught up with typing.
    const finalDue = remind ? await readDueTime(dueSource).catch(() => due) : null;
    const note = newNote(body, context, { stage, rootCause, due: finalDue });
    try {
      const db = database();
      await db.transaction('rw', [db.notes, db.settings], async (tx) => {
        await notes.add(tx, note);
        await settings.set(tx, storedUnder(), null);
      });
      if (note.commitment) commitmentsChanged();
      // An article linked in the note was used on this ticket: it learns the customer's wording.
      await learnFromNote(db, body, context);
      onDone(true);
    } catch (problem) {
      setError(t('panelNoteNotSaved', String(problem)));
    }
  }

  return (
    <main class="detail">
      <form
        class="note-form"
        aria-label={t('panelOwnThis')}
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <h1>{t('panelOwnThis')}</h1>
        <TicketFacts context={context} />
        <label for="note-text">{t('panelNote')}</label>
        <textarea
          id="note-text"
          ref={noteRef}
          rows={5}
          dir="auto"
          placeholder={t('panelNotePlaceholder')}
          value={text}
          onInput={(event) => {
            change({ text: event.currentTarget.value });
            setError('');
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              void save();
            }
          }}
        />
        <DueField
          typed={draft.due}
          onType={(typed) => change({ due: typed })}
          due={due}
          remind={remind}
          onRemind={setRemind}
        />
        <StageAndCause
          stage={stage}
          onStage={(next) => change({ stage: next })}
          rootCause={rootCause}
          onRootCause={(cause) => change({ rootCause: cause })}
          causes={causes}
        />
        {error && (
          <p class="banner error" role="alert">
            {error}
          </p>
        )}
        <div class="form-actions">
          <button type="submit" class="primary">
            {t('panelSave')}
          </button>
          <button type="button" onClick={() => onDone(false)}>
            {t('panelCancel')}
          </button>
          <span class="muted small">{t('panelCtrlEnterSaves')}</span>
        </div>
      </form>
    </main>
  );
}
