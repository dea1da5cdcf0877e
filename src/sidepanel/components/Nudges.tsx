import { useEffect, useRef, useState } from 'preact/hooks';
import type { Nudge } from '../../nudges';
import { t } from '../../shared/i18n';
import type { PageContext } from '../../shared/model';
import { database } from '../../storage/db';
import { events } from '../../storage/repositories';
import { isMuted, mute, mutesReadEarly, nudgeKey, readMutesEarly } from '../nudge-mutes';
import { replaceInPage } from '../page-context';
import { ticketKeyOf } from '../ticket';

/** Message keys per nudge kind: the card's heading, the principle it points to, and why, in one line. */
const WORDS: Record<Nudge['kind'], { title: string; principle: string; why: string }> = {
  'within-limit': { title: 'nudgeTitleWithin', principle: 'nudgePrincipleWithin', why: 'nudgeWhyWithin' },
  'over-limit': { title: 'nudgeTitleOver', principle: 'nudgePrincipleOver', why: 'nudgeWhyOver' },
  handoff: { title: 'nudgeTitleHandoff', principle: 'nudgePrincipleHandoff', why: 'nudgeWhyHandoff' },
  cant: { title: 'nudgeTitleCant', principle: 'nudgePrincipleCant', why: 'nudgeWhyCant' },
  'rule-note': { title: 'nudgeTitleRuleNote', principle: 'nudgePrincipleWithin', why: 'nudgeWhyRuleNote' },
};

interface Props {
  nudges: Nudge[];
  context: PageContext;
  tabId: number;
}

export function Nudges({ nudges, context, tabId }: Props) {
  const ticketKey = ticketKeyOf(context);
  const [mutes, setMutes] = useState(mutesReadEarly);
  const [status, setStatus] = useState('');
  const shown = useRef(new Set<string>());

  useEffect(() => {
    if (mutes) return;
    readMutesEarly()
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
      .catch((error: unknown) => setStatus(t('nudgeHideFailed', String(error))));
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
    setStatus(t('nudgeReplyUpdated'));
    void events.record(database(), 'nudge-acted', nudge.kind).catch(() => undefined);
  };

  return (
    <section class="nudges" aria-label={t('nudgeRegion')}>
      {visible.map((nudge) => {
        const words = WORDS[nudge.kind];
        const title = t(words.title);
        return (
          <article key={nudgeKey(ticketKey, nudge)} class={`nudge nudge-${nudge.kind}`} aria-label={title}>
            <h2>{title}</h2>
            <p>{withoutTitle(nudge.message, title)}</p>
            {nudge.rewrite && (
              // The customer's reply may be in any script: the browser picks the direction.
              <blockquote class="rewrite" dir="auto" aria-label={t('nudgeSuggestedWording')}>
                {nudge.rewrite}
              </blockquote>
            )}
            <details>
              <summary>{t('nudgeWhy', t(words.principle))}</summary>
              <p>{t(words.why)}</p>
            </details>
            <div class="nudge-actions">
              {nudge.rewrite && nudge.range && (
                <button type="button" class="primary" onClick={() => void useRewrite(nudge)}>
                  {t('nudgeUseWording')}
                </button>
              )}
              <button type="button" onClick={() => silence(nudge, true)}>
                {t('nudgeSnooze')}
              </button>
              <button type="button" onClick={() => silence(nudge, false)}>
                {t('nudgeDismiss')}
              </button>
            </div>
          </article>
        );
      })}
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
