import { useState } from 'preact/hooks';
import { t, uiLanguage } from '../../shared/i18n';
import { type Note, STAGES } from '../../shared/model';
import { Options } from '../../shared/ui/Options';
import { database } from '../../storage/db';
import { commitments, notes } from '../../storage/repositories';
import { formatWhen } from '../ticket';
import { useLiveRead } from '../use-live-read';
import { Commitments } from './Commitments';
import { DraftButton } from './DraftButton';
import { stageName } from './stage-name';

interface CaseSummary {
  ticketKey: string;
  label: string;
  url: string;
  notes: Note[];
}

function summarise(rows: Note[]): CaseSummary[] {
  const cases = new Map<string, CaseSummary>();
  for (const note of rows) {
    const existing = cases.get(note.ticketKey);
    if (existing) {
      existing.notes.push(note);
      continue;
    }
    const label = [note.ticketId && `#${note.ticketId}`, note.subject ?? note.site].filter(Boolean).join(' ');
    cases.set(note.ticketKey, { ticketKey: note.ticketKey, label, url: note.url, notes: [note] });
  }
  return [...cases.values()];
}

interface Filters {
  stage: string;
  cause: string;
  text: string;
}

function matches(note: Note, filters: Filters): boolean {
  if (filters.stage && note.stage !== filters.stage) return false;
  if (filters.cause && note.rootCause !== filters.cause) return false;
  const text = filters.text.trim().toLowerCase();
  if (!text) return true;
  return [note.text, note.subject, note.customer, note.ticketId].some((f) => f?.toLowerCase().includes(text));
}

type Loaded = { open: Note[]; recent: Note[] } | { error: string } | null;

/** Open promises and recent notes, read again whenever a note changes (in this panel or any other window). */
function useCases(): Loaded {
  const state = useLiveRead(() => {
    const db = database();
    return Promise.all([commitments.open(db), notes.recent(db, 300)]);
  });
  if (state === null) return null;
  if ('error' in state) return { error: t('panelCasesFailed', String(state.error)) };
  const [open, recent] = state.value;
  return { open, recent };
}

/**
 * "My cases": open promises by due time, then recent cases with their timelines. It follows the database,
 * so a note saved in another panel or window, or a reminder marked done from a notification, shows at once.
 */
export function MyCases({ ticketKey }: { ticketKey?: string }) {
  const state = useCases();
  const [filters, setFilters] = useState<Filters>({ stage: '', cause: '', text: '' });
  const [expanded, setExpanded] = useState<string | null>(null);

  if (state === null || 'error' in state) {
    return (
      <section class="card" aria-label={t('panelMyCases')}>
        <h2>{t('panelMyCases')}</h2>
        {state === null ? (
          <p class="muted">{t('panelLoadingView')}</p>
        ) : (
          <p class="banner error" role="alert">
            {state.error}
          </p>
        )}
      </section>
    );
  }

  const mine = ticketKey ? state.recent.filter((n) => n.ticketKey === ticketKey) : [];
  const cases = summarise(state.recent.filter((n) => matches(n, filters)));
  const causes = [...new Set(state.recent.map((n) => n.rootCause).filter((c): c is string => !!c))];
  const filtering = filters.stage || filters.cause || filters.text.trim();

  return (
    <>
      {mine.length > 0 && (
        <section class="card owned" aria-label={t('panelYouOwnCase')}>
          <h2>{t('panelYouOwnCase')}</h2>
          <p class="small">
            {mine.length === 1
              ? t('panelOwnedNotesOne', formatWhen(mine[0]?.createdAt ?? 0), mine[0]?.text ?? '')
              : t(
                  'panelOwnedNotesMany',
                  mine.length,
                  formatWhen(mine[0]?.createdAt ?? 0),
                  mine[0]?.text ?? '',
                )}
          </p>
          <Commitments rows={state.open.filter((n) => n.ticketKey === ticketKey)} />
        </section>
      )}
      <section class="card" aria-label={t('panelMyCases')}>
        <h2>{t('panelMyCases')}</h2>
        <Commitments rows={state.open} />
        {state.recent.length === 0 ? (
          <p class="muted">{t('panelNoCases')}</p>
        ) : (
          <>
            <div class="case-filters">
              <input
                type="search"
                aria-label={t('panelSearchNotes')}
                placeholder={t('panelSearchNotes')}
                value={filters.text}
                onInput={(event) => setFilters({ ...filters, text: event.currentTarget.value })}
              />
              <select
                aria-label={t('panelFilterStage')}
                value={filters.stage}
                onChange={(event) => setFilters({ ...filters, stage: event.currentTarget.value })}
              >
                <Options none={t('panelAllStages')} values={STAGES} label={stageName} />
              </select>
              {causes.length > 0 && (
                <select
                  aria-label={t('panelFilterCause')}
                  value={filters.cause}
                  onChange={(event) => setFilters({ ...filters, cause: event.currentTarget.value })}
                >
                  <Options none={t('panelAllCauses')} values={causes} />
                </select>
              )}
            </div>
            {cases.length === 0 && filtering && <p class="muted">{t('panelNoNotesMatch')}</p>}
            <ul class="cases">
              {cases.map((c) => (
                <CaseItem
                  key={c.ticketKey}
                  summary={c}
                  allNotes={state.recent.filter((n) => n.ticketKey === c.ticketKey)}
                  open={expanded === c.ticketKey}
                  onToggle={() => setExpanded(expanded === c.ticketKey ? null : c.ticketKey)}
                />
              ))}
            </ul>
          </>
        )}
      </section>
    </>
  );
}

interface CaseItemProps {
  summary: CaseSummary;
  /** Every note of the case, whatever the filters show: a drafted article starts from all of them. */
  allNotes: Note[];
  open: boolean;
  onToggle(): void;
}

function CaseItem({ summary, allNotes, open, onToggle }: CaseItemProps) {
  const latest = summary.notes[0] as Note;
  // A link only to a web page: a stored javascript: or data: address stays plain text. (The same test as
  // src/shared/web-url.ts, written out to keep the panel's first paint as small as it was.)
  const href = /^https?:\/\//i.test(summary.url) ? summary.url : undefined;
  return (
    <li class="case">
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer" class="case-title">
          {summary.label}
        </a>
      ) : (
        <span class="case-title">{summary.label}</span>
      )}
      <span class="case-note">{latest.text}</span>
      <span class="muted small">
        {latest.customer ? `${latest.customer} · ` : ''}
        {formatWhen(latest.createdAt)}
        {latest.rootCause ? ` · ${latest.rootCause}` : ''}
        {summary.notes.length > 1 && (
          <>
            {' · '}
            <button type="button" class="link" aria-expanded={open} onClick={onToggle}>
              {open ? t('panelHideTimeline') : t('panelNotesMany', summary.notes.length)}
            </button>
          </>
        )}
      </span>
      <DraftButton from={{ notes: allNotes }} label={t('captureDraftFromCase', summary.label)} class="link" />
      {open && (
        <ol class="timeline" aria-label={t('panelTimelineOf', summary.label)}>
          {[...summary.notes].reverse().map((note) => (
            <li key={note.id}>
              <span class="muted small">
                {new Date(note.createdAt).toLocaleString(uiLanguage())} · {stageName(note.stage)}
              </span>
              <span class="case-note">{note.text}</span>
            </li>
          ))}
        </ol>
      )}
    </li>
  );
}
