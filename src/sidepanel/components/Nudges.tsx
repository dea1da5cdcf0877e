import { useEffect, useRef, useState } from 'preact/hooks';
import type { Nudge } from '../../nudges';
import type { PageContext } from '../../shared/model';
import { database } from '../../storage/db';
import { events } from '../../storage/repositories';
import { isMuted, loadMutes, mute, nudgeKey } from '../nudge-mutes';
import { replaceInPage } from '../page-context';
import { ticketKeyOf } from '../ticket';

const TITLES: Record<Nudge['kind'], string> = {
  'within-limit': 'Yours to approve',
  'over-limit': 'Above your limit: keep ownership',
  handoff: 'Keep the customer',
  cant: 'Say what you can do',
};

/** One line on each principle, shown when the agent asks why. */
const WHY: Record<Nudge['kind'], string> = {
  'within-limit':
    'You are empowered to say yes at the point of contact. Approvals are for exceptions, and this is not one.',
  'over-limit':
    'Get the approval behind the scenes, stay the customer’s single contact, and tell them when you will be back.',
  handoff:
    'Every transfer makes the experience worse. Do the legwork with colleagues yourself and commit to a time.',
  cant: 'Customers remember what you could do. Explain what and why, and offer the next step you can take.',
};

interface Props {
  nudges: Nudge[];
  context: PageContext;
  tabId: number;
}

export function Nudges({ nudges, context, tabId }: Props) {
  const ticketKey = ticketKeyOf(context);
  const [mutes, setMutes] = useState<Awaited<ReturnType<typeof loadMutes>> | null>(null);
  const [status, setStatus] = useState('');
  const shown = useRef(new Set<string>());

  useEffect(() => {
    loadMutes()
      .then(setMutes)
      .catch(() => setMutes({}));
  }, []);

  const visible = mutes ? nudges.filter((n) => !isMuted(mutes, nudgeKey(ticketKey, n))) : [];

  useEffect(() => {
    for (const nudge of visible) {
      const key = nudgeKey(ticketKey, nudge);
      if (shown.current.has(key)) continue;
      shown.current.add(key);
      void events.record(database(), 'nudge-shown', nudge.kind).catch(() => undefined);
    }
  });

  if (visible.length === 0) return null;

  const silence = (nudge: Nudge, snooze: boolean) => {
    mute(nudgeKey(ticketKey, nudge), snooze)
      .then(setMutes)
      .catch((error: unknown) => setStatus(`Could not hide the nudge: ${String(error)}`));
  };

  const useRewrite = async (nudge: Nudge) => {
    const draft = context.draft ?? '';
    if (!nudge.range || !nudge.rewrite) return;
    const sentence = draft.slice(nudge.range[0], nudge.range[1]);
    const problem = await replaceInPage(tabId, sentence, nudge.rewrite);
    if (problem) {
      setStatus(problem);
      return;
    }
    setStatus('Your reply was updated. Fill in any [brackets] before sending.');
    void events.record(database(), 'nudge-acted', nudge.kind).catch(() => undefined);
  };

  return (
    <section class="nudges" aria-label="Nudges">
      {visible.map((nudge) => (
        <article
          key={nudgeKey(ticketKey, nudge)}
          class={`nudge nudge-${nudge.kind}`}
          aria-label={TITLES[nudge.kind]}
        >
          <h2>{TITLES[nudge.kind]}</h2>
          <p>{withoutTitle(nudge.message, TITLES[nudge.kind])}</p>
          {nudge.rewrite && (
            <blockquote class="rewrite" aria-label="Suggested wording">
              {nudge.rewrite}
            </blockquote>
          )}
          <details>
            <summary>Why: {nudge.principle}</summary>
            <p>{WHY[nudge.kind]}</p>
          </details>
          <div class="nudge-actions">
            {nudge.rewrite && nudge.range && (
              <button type="button" class="primary" onClick={() => void useRewrite(nudge)}>
                Use this wording
              </button>
            )}
            <button type="button" onClick={() => silence(nudge, true)}>
              Snooze 1 h
            </button>
            <button type="button" onClick={() => silence(nudge, false)}>
              Dismiss for this ticket
            </button>
          </div>
        </article>
      ))}
      {status && (
        <p class="status" role="status">
          {status}
        </p>
      )}
    </section>
  );
}

/** The engine's message may open with the same words as the card's heading; say them once. */
function withoutTitle(message: string, title: string): string {
  const prefix = `${title}:`;
  if (!message.toLowerCase().startsWith(prefix.toLowerCase())) return message;
  const rest = message.slice(prefix.length).trim();
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}
