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
