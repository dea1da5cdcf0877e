// One help-center connection: what it is, how its last sync went, Sync now, a new token, Disconnect.
import { useState } from 'preact/hooks';
import type { HelpCenterConnection } from '../shared/help-center';
import { t } from '../shared/i18n';
import { SourceCard } from './cards';
import { helpCenterStatus, kindName } from './help-center-status';

export function ConnectionRow({
  connection,
  now,
  syncing,
  onSync,
  onToken,
  onDisconnect,
}: {
  connection: HelpCenterConnection;
  now: number;
  syncing: boolean;
  onSync(): void;
  onToken(token: string): Promise<void>;
  onDisconnect(): void;
}) {
  const [token, setToken] = useState<string | null>(null);
  const title = `${kindName(connection.kind)}: ${new URL(connection.base).host}`;
  const failed = connection.status === 'error';
  return (
    <SourceCard id={`hc-${connection.id}`} title={title}>
      <p class="pack-status" data-status={failed ? 'error' : connection.status} role="status">
        {syncing ? t('helpCenterSyncing') : helpCenterStatus(connection, now)}
      </p>
      <div class="rule-actions">
        <button type="button" disabled={syncing} onClick={onSync}>
          {t('helpCenterSyncNow')}
        </button>
        <button
          type="button"
          onClick={() => setToken(token === null ? '' : null)}
          aria-expanded={token !== null}
        >
          {t('helpCenterChangeToken')}
        </button>
        <button type="button" aria-label={t('helpCenterDisconnectNamed', title)} onClick={onDisconnect}>
          {t('helpCenterDisconnect')}
        </button>
      </div>
      {token !== null && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (token.trim() === '') return;
            void onToken(token.trim()).then(() => setToken(null));
          }}
        >
          <label for={`token-${connection.id}`}>{t('helpCenterNewToken', title)}</label>{' '}
          <input
            id={`token-${connection.id}`}
            type="password"
            autoComplete="off"
            value={token}
            onInput={(e) => setToken(e.currentTarget.value)}
          />{' '}
          <button type="submit">{t('helpCenterSaveToken')}</button>
        </form>
      )}
    </SourceCard>
  );
}
