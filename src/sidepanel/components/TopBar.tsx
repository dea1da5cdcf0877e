import browser from '../../shared/browser';
import { t } from '../../shared/i18n';
import { memo } from './memo';

/** The panel's header: the brand, the options page, Insights and "I own this" (not rendered again as the
 * agent types). */
export const TopBar = memo(({ onInsights, onOwnThis }: { onInsights(): void; onOwnThis(): void }) => (
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
));
