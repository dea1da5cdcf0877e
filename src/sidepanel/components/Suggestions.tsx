import { useMemo, useState } from 'preact/hooks';
import { queryFromPage, type SearchHit } from '../../search';
import { t } from '../../shared/i18n';
import type { PageContext } from '../../shared/model';
import type { KnowledgeState } from '../knowledge';
import { grantSite, type PageState } from '../page-context';

interface Props {
  page: PageState;
  knowledge: KnowledgeState;
  context: PageContext | undefined;
  onOpen(hit: SearchHit): void;
}

export function Suggestions({ page, knowledge, context, onOpen }: Props) {
  const kb = knowledge.status === 'ready' ? knowledge.kb : undefined;
  const pageText = context ? queryFromPage(context) : '';
  const hits = useMemo(
    () => (kb && pageText ? kb.index.suggest(pageText, { limit: 5 }) : []),
    [kb, pageText],
  );

  return (
    <section class="card" aria-label="Suggested for this page">
      <h2>Suggested for this page</h2>
      {context?.subject && <p class="context-line">{context.subject}</p>}
      <SuggestionBody page={page} loading={!kb} hits={hits} hasText={pageText.length > 0} onOpen={onOpen} />
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
        Reading the page…
      </p>
    );
  }
  if (page.status === 'no-tab') return <p class="muted">{page.message}</p>;
  if (page.status === 'unreadable') return <SiteAccess page={page} />;
  if (!hasText) {
    return <p class="muted">This page shows no ticket text to suggest from. Search above instead.</p>;
  }
  if (hits.length === 0) {
    return <p class="muted">Nothing in your knowledge base fits this ticket yet. Search above.</p>;
  }
  return (
    <ul class="suggestions">
      {hits.map((hit) => (
        <li key={hit.id}>
          <button type="button" class="suggestion" onClick={() => onOpen(hit)}>
            {hit.kind === 'playbook' && <span class="chip">Playbook</span>}
            {hit.kind === 'snippet' && <span class="chip">{t('snippetChip')}</span>}
            {hit.title}
          </button>
        </li>
      ))}
    </ul>
  );
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
              .then((granted) =>
                setMessage(
                  granted ? 'Own It now reads this site.' : 'Access was not granted; nothing changed.',
                ),
              )
              .catch((error: unknown) => setMessage(`Could not turn Own It on here: ${String(error)}`));
          }}
        >
          Use Own It on this site
        </button>
      ) : (
        page.message.endsWith('yet.') && (
          <p class="muted">Click the Own It toolbar button on that tab to let it read the page.</p>
        )
      )}
      {message && <p role="status">{message}</p>}
    </div>
  );
}
