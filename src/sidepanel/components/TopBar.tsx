import browser from '../../shared/browser';
import { t } from '../../shared/i18n';

/** The panel's header: the brand, the options page, Insights and "I own this". */
export function TopBar({ onInsights, onOwnThis }: { onInsights(): void; onOwnThis(): void }) {
  return (
    <header class="topbar">
      <span class="brand" aria-hidden="true">
        <span class="brand-mark">✓</span> <span class="brand-name">{t('extName')}</span>
      </span>
      <span class="topbar-actions">
        <button
          type="button"
          title={t('panelManage')}
          aria-label={t('panelManage')}
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          ⚙
        </button>
        <button type="button" onClick={onInsights}>
          {t('panelInsights')}
        </button>
        <button type="button" class="primary" onClick={onOwnThis}>
          {t('panelOwnThis')}
        </button>
      </span>
    </header>
  );
}
