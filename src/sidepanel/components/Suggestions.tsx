import { useMemo, useState } from 'preact/hooks';
import { pageMeaningText } from '../../meaning/page-text';
import { queryFromPage, type SearchHit } from '../../search';
import { t } from '../../shared/i18n';
import type { MeaningStatus } from '../../shared/messages';
import type { PageContext } from '../../shared/model';
import type { KnowledgeState } from '../knowledge';
import { useMeaning } from '../meaning';
import { grantSite, type PageState } from '../page-context';
import { useSuggestionTimings } from '../timing';
import { LinkActions, useArticleLinks } from './LinkActions';

interface Props {
  page: PageState;
  knowledge: KnowledgeState;
  context: PageContext | undefined;
  /** The page's nudges are not known yet: the list waits (Home.tsx, NUDGE_WAIT_MS). */
  hold?: boolean;
  onOpen(hit: SearchHit): void;
}

export function Suggestions({ page, knowledge, context, hold = false, onOpen }: Props) {
  const kb = knowledge.status === 'ready' ? knowledge.kb : undefined;
  // Once per reading of the page, not at every render (the meaning host's status comes in many times).
  const pageText = useMemo(() => (context ? queryFromPage(context) : ''), [context]);
  const sentence = useMemo(() => (context ? pageMeaningText(context) : ''), [context]);
  const tab = page.status === 'ready' ? page.tabId : undefined;
  const { closeness, quiet, more, status } = useMeaning(
    kb?.index,
    pageText,
    sentence,
    kb,
    tab,
    context?.customerMessage,
  );
  // Small talk only (the host's `quiet`) counts as no text: nothing to suggest from.
  const hasText = !quiet && (pageText.length > 0 || sentence.length > 0);
  const hits = useMemo(
    () => (kb && (pageText || closeness) ? kb.index.suggest(pageText, { limit: 5, meaning: closeness }) : []),
    [kb, pageText, closeness],
  );
  useSuggestionTimings(
    hasText ? pageText + sentence : '',
    Boolean(kb) && !hold,
    closeness !== undefined,
    closeness !== undefined && !more,
  );

  return (
    <section
      class="card"
      aria-label={t('panelSuggested')}
      data-meaning={status.state}
      data-meaning-embedded={status.state === 'ready' ? (status.counts?.items ?? 0) : undefined}
      data-meaning-done={status.state === 'preparing' ? status.done : undefined}
    >
      <h2>{t('panelSuggested')}</h2>
      {context?.subject && (
        <p class="context-line" dir="auto">
          {context.subject}
        </p>
      )}
      <SuggestionBody page={page} loading={!kb || hold} hits={hits} hasText={hasText} onOpen={onOpen} />
      <MeaningLine status={status} shown={Boolean(kb && sentence)} />
    </section>
  );
}

function SuggestionBody({
  page,
  loading,
  hits,
  hasText,
  onOpen,
}: {
  page: PageState;
  loading: boolean;
  hits: SearchHit[];
  hasText: boolean;
  onOpen(hit: SearchHit): void;
}) {
  if (page.status === 'loading' || (page.status === 'ready' && loading)) {
    return (
      <p class="muted" role="status">
        {t('panelReadingPage')}
      </p>
    );
  }
  if (page.status === 'no-tab') return <p class="muted">{page.message}</p>;
  if (page.status === 'unreadable') return <SiteAccess page={page} />;
  if (!hasText) {
    // A customer message there but nothing to suggest from: it states no problem (no-problem.ts, or the
    // meaning host found it small talk).
    return (
      <p class="muted">{t(page.context.customerMessage ? 'panelNoProblemStated' : 'panelNoPageText')}</p>
    );
  }
  return <SuggestionList tabId={page.tabId} hits={hits} onOpen={onOpen} />;
}

function SuggestionList({
  tabId,
  hits,
  onOpen,
}: {
  tabId: number;
  hits: SearchHit[];
  onOpen(hit: SearchHit): void;
}) {
  const links = useArticleLinks(hits.filter((hit) => hit.kind === 'article').map((hit) => hit.id));
  if (hits.length === 0) {
    return <p class="muted">{t('panelNoSuggestion')}</p>;
  }
  return (
    <ul class="suggestions">
      {hits.map((hit) => {
        const why = whyText(hit);
        return (
          <li key={hit.id}>
            <button
              type="button"
              class="suggestion"
              aria-describedby={why ? `why-${hit.id}` : undefined}
              onClick={() => onOpen(hit)}
            >
              {hit.kind === 'playbook' && <span class="chip">{t('panelPlaybookChip')}</span>}
              {hit.kind === 'snippet' && <span class="chip">{t('snippetChip')}</span>}
              {hit.title}
            </button>
            {why && (
              <p class="why" id={`why-${hit.id}`}>
                {why}
              </p>
            )}
            {links.has(hit.id) && <LinkActions title={hit.title} url={links.get(hit.id)!} tabId={tabId} />}
          </li>
        );
      })}
    </ul>
  );
}

/** Why a suggestion is there, shown when it has focus or the pointer: the shared words, closeness in meaning. */
function whyText(hit: SearchHit): string {
  const why = hit.why;
  return [why?.words.length && t('panelWhyWords', why.words.join(', ')), why?.meaning && t('panelWhyMeaning')]
    .filter(Boolean)
    .join(' · ');
}

/** A quiet line while the articles are read for meaning (suggestions use words alone until then). */
function MeaningLine({ status, shown }: { status: MeaningStatus; shown: boolean }) {
  if (!shown || status.state === 'ready' || status.state === 'failed') return null;
  const text =
    status.state === 'preparing'
      ? t('panelMeaningPreparing', status.done, status.total)
      : t('panelMeaningLoading');
  return <p class="muted meaning-line">{text}</p>;
}

function SiteAccess({ page }: { page: Extract<PageState, { status: 'unreadable' }> }) {
  const [message, setMessage] = useState('');
  const origin = page.origin;
  return (
    <div>
      <p class="muted">{page.message}</p>
      {origin ? (
        <button
          type="button"
          onClick={() => {
            grantSite(origin, page.tabId)
              .then((granted) => setMessage(t(granted ? 'panelSiteGranted' : 'panelSiteNotGranted')))
              .catch((error: unknown) => setMessage(t('panelSiteFailed', String(error))));
          }}
        >
          {t('panelUseOnSite')}
        </button>
      ) : (
        page.reason === 'not-reading' && <p class="muted">{t('panelClickToolbar')}</p>
      )}
      {message && <p role="status">{message}</p>}
    </div>
  );
}
