import { useEffect, useRef, useState } from 'preact/hooks';
import { type Note, STAGES, type Stage } from '../../shared/model';
import { database } from '../../storage/db';
import { notes, settings } from '../../storage/repositories';
import type { PageState } from '../page-context';
import { ticketKeyOf } from '../ticket';

const DRAFT_KEY = 'noteDraft';
const DRAFT_DELAY = 300;

interface Draft {
  text: string;
  stage: Stage;
}

const STAGE_LABELS: Record<Stage, string> = {
  capture: 'Capture',
  investigate: 'Investigate',
  resolve: 'Resolve',
  communicate: 'Communicate',
  'follow-up': 'Follow up',
};

export function OwnThisForm({ page, onDone }: { page: PageState; onDone(saved: boolean): void }) {
  const context = page.status === 'ready' ? page.context : undefined;
  const [text, setText] = useState('');
  const [stage, setStage] = useState<Stage>('capture');
  const [error, setError] = useState('');
  const [loaded, setLoaded] = useState(false);
  const noteRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    settings
      .get<Draft | null>(database(), DRAFT_KEY, null)
      .then((draft) => {
        if (draft) {
          setText(draft.text);
          setStage(draft.stage);
        }
      })
      .catch(() => undefined)
      .finally(() => {
        setLoaded(true);
        noteRef.current?.focus();
      });
  }, []);

  // Unsaved text survives closing the panel: every pause in typing is written to the database.
  useEffect(() => {
    if (!loaded) return;
    const timer = setTimeout(() => {
      void settings.set(database(), DRAFT_KEY, { text, stage } satisfies Draft).catch(() => undefined);
    }, DRAFT_DELAY);
    return () => clearTimeout(timer);
  }, [text, stage, loaded]);

  async function save() {
    const body = text.trim();
    if (!body) {
      setError('Write a note first: what you promised, or what happens next.');
      noteRef.current?.focus();
      return;
    }
    const site = context?.site ?? 'unlinked';
    const note: Note = {
      id: crypto.randomUUID(),
      ticketKey: context ? ticketKeyOf(context) : `unlinked:${Date.now()}`,
      site,
      url: context?.url ?? '',
      text: body,
      stage,
      createdAt: Date.now(),
    };
    if (context?.ticketId) note.ticketId = context.ticketId;
    const subject = context?.subject ?? context?.title;
    if (subject) note.subject = subject;
    if (context?.customerName) note.customer = context.customerName;
    try {
      const db = database();
      await db.transaction('rw', db.notes, db.settings, async () => {
        await notes.add(db, note);
        await settings.set(db, DRAFT_KEY, null);
      });
      onDone(true);
    } catch (problem) {
      setError(`The note was not saved (${String(problem)}). Your text is still here; try again.`);
    }
  }

  return (
    <main class="detail">
      <form
        class="note-form"
        aria-label="I own this"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <h1>I own this</h1>
        <dl class="ticket-facts">
          {context ? (
            <>
              <dt>Ticket</dt>
              <dd>
                {context.ticketId ? `#${context.ticketId} · ` : ''}
                {context.subject ?? context.title}
              </dd>
              {context.customerName && (
                <>
                  <dt>Customer</dt>
                  <dd>{context.customerName}</dd>
                </>
              )}
              <dt>Site</dt>
              <dd>{context.site}</dd>
            </>
          ) : (
            <>
              <dt>Ticket</dt>
              <dd>Not linked: Own It cannot read the current tab.</dd>
            </>
          )}
        </dl>
        <label for="note-text">Note</label>
        <textarea
          id="note-text"
          ref={noteRef}
          rows={5}
          placeholder="What did you promise? e.g. Call back tomorrow 3pm with the refund status"
          value={text}
          onInput={(event) => {
            setText(event.currentTarget.value);
            setError('');
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              void save();
            }
          }}
        />
        <label for="note-stage">Stage</label>
        <select
          id="note-stage"
          value={stage}
          onChange={(event) => setStage(event.currentTarget.value as Stage)}
        >
          {STAGES.map((s) => (
            <option key={s} value={s}>
              {STAGE_LABELS[s]}
            </option>
          ))}
        </select>
        {error && (
          <p class="banner error" role="alert">
            {error}
          </p>
        )}
        <div class="form-actions">
          <button type="submit" class="primary">
            Save
          </button>
          <button type="button" onClick={() => onDone(false)}>
            Cancel
          </button>
          <span class="muted small">Ctrl+Enter saves</span>
        </div>
      </form>
    </main>
  );
}
