import { useEffect, useRef, useState } from 'preact/hooks';
import browser from '../../shared/browser';
import { t } from '../../shared/i18n';
import { type Note, STAGES, type Stage } from '../../shared/model';
import { Options } from '../../shared/ui/Options';
import { database } from '../../storage/db';
import { learnFromNote } from '../../storage/learned';
import { notes, settings } from '../../storage/repositories';
import { commitmentsChanged } from '../commitments-changed';
import { readDueTime, useDueTime } from '../due-time';
import type { PageState } from '../page-context';
import { ticketKeyOf } from '../ticket';
import { ROOT_CAUSES_KEY, RootCauseEditor } from './RootCauseEditor';
import { stageName } from './stage-name';

/** The starting root-cause list, in the agent's language; the team edits and stores its own. */
export function defaultRootCauses(): string[] {
  return [
    t('panelCauseDefect'),
    t('panelCauseShipping'),
    t('panelCauseBilling'),
    t('panelCausePolicy'),
    t('panelCauseDocs'),
    t('panelCauseAccess'),
    t('panelCauseAgent'),
    t('panelCauseEducation'),
  ];
}

const DRAFT_KEY = 'noteDraft';
const DRAFT_DELAY = 300;

interface Draft {
  text: string;
  stage: Stage;
  due?: string;
  rootCause?: string;
}

/** Message keys of the stage names. */

interface Props {
  page: PageState;
  onDone(saved: boolean): void;
  /** Text to start from when there is no unsaved draft (e.g. a playbook's follow-up step). */
  initialText?: string;
}

export function OwnThisForm({ page, onDone, initialText }: Props) {
  const context = page.status === 'ready' ? page.context : undefined;
  // One draft per window and ticket: two panels never write over each other's unsaved text.
  const ticketKey = useRef(context ? ticketKeyOf(context) : 'unlinked').current;
  const draftKey = useRef(`${DRAFT_KEY}:${ticketKey}`);
  const [text, setText] = useState('');
  const [stage, setStage] = useState<Stage>('capture');
  const [dueText, setDueText] = useState('');
  const [rootCause, setRootCause] = useState('');
  const [remind, setRemind] = useState(true);
  const [causes, setCauses] = useState(defaultRootCauses);
  const [editingCauses, setEditingCauses] = useState(false);
  // An explicit "Due" entry wins; otherwise the promise in the note gives the time.
  const due = useDueTime(dueText.trim() ? dueText : text);
  const [error, setError] = useState('');
  const [loaded, setLoaded] = useState(false);
  const noteRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    browser.windows
      .getCurrent()
      .then((window) => {
        draftKey.current = `${DRAFT_KEY}:${window.id ?? 'unknown'}:${ticketKey}`;
      })
      .catch(() => undefined)
      .then(() => settings.get<Draft | null>(database(), draftKey.current, null))
      .then((draft) => {
        if (!draft && initialText) setText(initialText);
        if (draft) {
          setText(draft.text);
          setStage(draft.stage);
          setDueText(draft.due ?? '');
          setRootCause(draft.rootCause ?? '');
        }
      })
      .catch(() => undefined)
      .finally(() => {
        setLoaded(true);
        noteRef.current?.focus();
      });
    settings
      .get<string[]>(database(), ROOT_CAUSES_KEY, defaultRootCauses())
      .then(setCauses)
      .catch(() => undefined);
  }, []);

  // Unsaved text survives closing the panel: every pause in typing is written to the database.
  useEffect(() => {
    if (!loaded) return;
    const timer = setTimeout(() => {
      const draft: Draft = { text, stage, due: dueText, rootCause };
      void settings.set(database(), draftKey.current, draft).catch(() => undefined);
    }, DRAFT_DELAY);
    return () => clearTimeout(timer);
  }, [text, stage, dueText, rootCause, loaded]);

  async function save() {
    const body = text.trim();
    if (!body) {
      setError(t('panelWriteNoteFirst'));
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
    if (rootCause) note.rootCause = rootCause;
    // Read the due time again: a fast Ctrl+Enter can come before the preview caught up with typing.
    const finalDue = remind ? await readDueTime(dueText.trim() ? dueText : text).catch(() => due) : null;
    if (finalDue) note.commitment = { promise: body, dueAt: finalDue.dueAt, status: 'open' };
    try {
      const db = database();
      await db.transaction('rw', db.notes, db.settings, async () => {
        await notes.add(db, note);
        await settings.set(db, draftKey.current, null);
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
        <dl class="ticket-facts">
          {context ? (
            <>
              <dt>{t('panelTicket')}</dt>
              <dd dir="auto">
                {context.ticketId ? `#${context.ticketId} · ` : ''}
                {context.subject ?? context.title}
              </dd>
              {context.customerName && (
                <>
                  <dt>{t('panelCustomer')}</dt>
                  <dd dir="auto">{context.customerName}</dd>
                </>
              )}
              <dt>{t('panelSite')}</dt>
              <dd>{context.site}</dd>
            </>
          ) : (
            <>
              <dt>{t('panelTicket')}</dt>
              <dd>{t('panelNotLinked')}</dd>
            </>
          )}
        </dl>
        <label for="note-text">{t('panelNote')}</label>
        <textarea
          id="note-text"
          ref={noteRef}
          rows={5}
          dir="auto"
          placeholder={t('panelNotePlaceholder')}
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
        <label for="note-due">{t('panelDue')}</label>
        <input
          id="note-due"
          type="text"
          placeholder={t('panelDuePlaceholder')}
          value={dueText}
          onInput={(event) => setDueText(event.currentTarget.value)}
        />
        {due ? (
          <label class="due-confirm">
            <input
              type="checkbox"
              checked={remind}
              onChange={(event) => setRemind(event.currentTarget.checked)}
            />
            <span>
              {t('panelRemindMe')} <strong data-due-at={due.dueAt}>{due.label}</strong>
              {due.assumedTime ? ` ${t('panelTimeAssumed')}` : ''}
            </span>
          </label>
        ) : (
          <p class="muted small">{t('panelNoDueTime')}</p>
        )}
        <div class="form-row">
          <div>
            <label for="note-stage">{t('panelStage')}</label>
            <select
              id="note-stage"
              value={stage}
              onChange={(event) => setStage(event.currentTarget.value as Stage)}
            >
              <Options values={STAGES} label={stageName} />
            </select>
          </div>
          <div>
            <label for="note-cause">{t('panelRootCause')}</label>
            <select
              id="note-cause"
              value={rootCause}
              onChange={(event) => setRootCause(event.currentTarget.value)}
            >
              <Options none={t('panelCauseUnknown')} values={causes} />
            </select>
            <button type="button" class="link small" onClick={() => setEditingCauses(!editingCauses)}>
              {t(editingCauses ? 'panelCloseList' : 'panelEditList')}
            </button>
          </div>
        </div>
        {editingCauses && (
          <RootCauseEditor
            causes={causes}
            onSaved={(next) => {
              setCauses(next);
              setEditingCauses(false);
            }}
          />
        )}
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
