import { useEffect, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import type { Note } from '../../shared/model';
import { database } from '../../storage/db';
import { commitments } from '../../storage/repositories';
import { commitmentsChanged } from '../commitments-changed';
import { labelDue, readDueTime } from '../due-time';

const SNOOZE = 60 * 60_000;

/** Open promises, overdue first, with done / snooze / reschedule. */
export function Commitments({ rows }: { rows: Note[] }) {
  if (rows.length === 0) return null;
  const now = Date.now();
  return (
    <ul class="commitments" aria-label={t('panelOpenCommitments')}>
      {rows.map((note) => (
        <CommitmentItem key={note.id} note={note} overdue={(note.commitment?.dueAt ?? 0) < now} />
      ))}
    </ul>
  );
}

function CommitmentItem({ note, overdue }: { note: Note; overdue: boolean }) {
  const [label, setLabel] = useState('');
  const [rescheduling, setRescheduling] = useState(false);
  const [when, setWhen] = useState('');
  const [problem, setProblem] = useState('');
  const dueAt = note.commitment?.dueAt ?? 0;

  useEffect(() => {
    void labelDue(dueAt).then(setLabel);
  }, [dueAt]);

  const after = (work: Promise<unknown>) =>
    work.then(() => commitmentsChanged()).catch((error: unknown) => setProblem(String(error)));

  // Marking it done records kept or late in the same transaction.
  const done = () => after(commitments.done(database(), note.id));

  const reschedule = async () => {
    const due = await readDueTime(when);
    if (!due) {
      setProblem(t('panelSayWhen'));
      return;
    }
    setRescheduling(false);
    await after(commitments.reschedule(database(), note.id, due.dueAt));
  };

  const ticket = [note.ticketId && `#${note.ticketId}`, note.customer].filter(Boolean).join(' · ');
  return (
    <li class={overdue ? 'commitment overdue' : 'commitment'}>
      <span class="commitment-due">
        {overdue && <span class="chip warn">{t('panelOverdue')}</span>}
        {label}
      </span>
      <span class="case-note" dir="auto">
        {note.commitment?.promise ?? note.text}
      </span>
      {ticket && (
        <span class="muted small" dir="auto">
          {ticket}
        </span>
      )}
      {rescheduling ? (
        <span class="commitment-actions">
          <input
            type="text"
            aria-label={t('panelNewDueTime')}
            placeholder={t('panelNewDuePlaceholder')}
            value={when}
            onInput={(event) => setWhen(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') void reschedule();
            }}
          />
          <button type="button" onClick={() => void reschedule()}>
            {t('panelSet')}
          </button>
        </span>
      ) : (
        <span class="commitment-actions">
          <button type="button" onClick={() => void done()}>
            {t('panelDone')}
          </button>
          <button
            type="button"
            onClick={() => void after(commitments.snooze(database(), note.id, Date.now() + SNOOZE))}
          >
            {t('nudgeSnooze')}
          </button>
          <button type="button" onClick={() => setRescheduling(true)}>
            {t('panelReschedule')}
          </button>
        </span>
      )}
      {problem && (
        <span class="banner error" role="alert">
          {problem}
        </span>
      )}
    </li>
  );
}
