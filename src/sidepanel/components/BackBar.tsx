import type { ComponentChildren } from 'preact';
import { t } from '../../shared/i18n';

export function BackBar({ onBack }: { onBack(): void }) {
  return (
    <nav class="backbar">
      <button type="button" class="link back" onClick={onBack}>
        {t('back')}
      </button>
      <span class="muted">Esc</span>
    </nav>
  );
}

const KIND_NAMES = { article: 'kindArticle', playbook: 'kindPlaybook', snippet: 'snippetKind' } as const;

/** What an article, playbook or snippet view shows when the item was deleted meanwhile. */
export function MissingItem({ kind, onBack }: { kind: keyof typeof KIND_NAMES; onBack(): void }) {
  return (
    <main class="detail">
      <BackBar onBack={onBack} />
      <p class="banner error" role="alert">
        {t('itemGone', t(KIND_NAMES[kind]))}
      </p>
    </main>
  );
}

/**
 * An article's, playbook's or snippet's page: the back bar, then the item under its title (its id
 * `<kind>-title` names the article element), `meta` chips, the item's own `children`, and the live status
 * line where the view has one.
 */
export function DetailPage(props: {
  kind: keyof typeof KIND_NAMES;
  title: string;
  meta?: ComponentChildren;
  status?: string;
  class?: string;
  onBack(): void;
  children: ComponentChildren;
}) {
  const titleId = `${props.kind}-title`;
  return (
    <main class="detail">
      <BackBar onBack={props.onBack} />
      <article aria-labelledby={titleId} class={props.class}>
        <h1 id={titleId}>{props.title}</h1>
        {props.meta && <p class="meta">{props.meta}</p>}
        {props.children}
      </article>
      {props.status !== undefined && (
        <p class="status" role="status" aria-live="polite">
          {props.status}
        </p>
      )}
    </main>
  );
}
