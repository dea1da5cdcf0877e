// An opened snippet: its title and tags, then the filler (fields, live preview, Copy and Insert).
import { useState } from 'preact/hooks';
import type { Snippet } from '../../shared/model';
import type { PageState } from '../page-context';
import { DetailPage, MissingItem } from './BackBar';
import { ShortcutSite } from './ShortcutSite';
import { SnippetFiller } from './SnippetFiller';

export function SnippetView({
  snippet,
  page,
  onBack,
}: {
  snippet: Snippet | undefined;
  page: PageState;
  onBack(): void;
}) {
  const [status, setStatus] = useState('');
  if (!snippet) return <MissingItem kind="snippet" onBack={onBack} />;
  const ready = page.status === 'ready';
  return (
    <DetailPage
      kind="snippet"
      title={snippet.title}
      class="snippet-view"
      status={status}
      onBack={onBack}
      meta={snippet.tags.length ? tagChips(snippet.tags) : undefined}
    >
      {snippet.shortcut && (
        <ShortcutSite shortcut={snippet.shortcut} url={ready ? page.context.url : undefined} />
      )}
      <SnippetFiller
        snippet={snippet.body}
        context={ready ? page.context : undefined}
        tabId={ready ? page.tabId : undefined}
        subject={snippet.id}
        onStatus={setStatus}
      />
    </DetailPage>
  );
}

function tagChips(tags: readonly string[]) {
  return tags.map((tag) => (
    <span key={tag} class="chip">
      {tag}
    </span>
  ));
}
