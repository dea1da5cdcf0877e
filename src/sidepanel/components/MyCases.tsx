import { useEffect, useState } from 'preact/hooks';
import type { Note } from '../../shared/model';
import { database } from '../../storage/db';
import { notes } from '../../storage/repositories';
import { formatWhen } from '../ticket';

interface CaseSummary {
  ticketKey: string;
  label: string;
  url: string;
  latest: Note;
  count: number;
}

function summarise(rows: Note[]): CaseSummary[] {
  const cases = new Map<string, CaseSummary>();
  for (const note of rows) {
    const existing = cases.get(note.ticketKey);
    if (existing) {
      existing.count++;
      continue;
    }
    const label = [note.ticketId && `#${note.ticketId}`, note.subject ?? note.site].filter(Boolean).join(' ');
    cases.set(note.ticketKey, { ticketKey: note.ticketKey, label, url: note.url, latest: note, count: 1 });
  }
  return [...cases.values()];
}

export function MyCases({ version }: { version: number }) {
  const [state, setState] = useState<{ cases: CaseSummary[] } | { error: string } | null>(null);

  useEffect(() => {
    notes
      .recent(database(), 100)
      .then((rows) => setState({ cases: summarise(rows) }))
      .catch((error: unknown) => setState({ error: `Your cases could not be loaded: ${String(error)}` }));
  }, [version]); // `version` is the reload signal

  return (
    <section class="card" aria-label="My cases">
      <h2>My cases</h2>
      {state === null ? (
        <p class="muted">Loading…</p>
      ) : 'error' in state ? (
        <p class="banner error" role="alert">
          {state.error}
        </p>
      ) : state.cases.length === 0 ? (
        <p class="muted">No cases yet. Press “I own this” on a ticket to keep track of what you promised.</p>
      ) : (
        <ul class="cases">
          {state.cases.map((c) => (
            <li key={c.ticketKey} class="case">
              <a href={c.url} target="_blank" rel="noopener noreferrer" class="case-title">
                {c.label}
              </a>
              <span class="case-note">{c.latest.text}</span>
              <span class="muted small">
                {c.latest.customer ? `${c.latest.customer} · ` : ''}
                {formatWhen(c.latest.createdAt)}
                {c.count > 1 ? ` · ${c.count} notes` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
