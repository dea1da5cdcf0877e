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

/** What an article or playbook view shows when the item was deleted meanwhile. */
export function MissingItem({ kind, onBack }: { kind: 'article' | 'playbook'; onBack(): void }) {
  return (
    <main class="detail">
      <BackBar onBack={onBack} />
      <p class="banner error" role="alert">
        {t('itemGone', t(kind === 'article' ? 'kindArticle' : 'kindPlaybook'))}
      </p>
    </main>
  );
}
