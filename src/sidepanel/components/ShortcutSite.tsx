// Under an opened snippet that has a shortcut: the shortcut as the agent types it, and whether it
// expands on the open tab's site, with a button to turn it on (or off) there.
import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { askWorker } from '../../shared/send';
import { database } from '../../storage/db';
import { loadShortcutSettings, type ShortcutSettings, siteOf } from '../../storage/shortcut-settings';
import { useLiveState } from '../use-live-read';

export function ShortcutSite({ shortcut, url }: { shortcut: string; url: string | undefined }) {
  // Followed live: turning a site on here, in another panel or on the options page shows at once.
  const [found, setFound] = useLiveState<ShortcutSettings | null>(
    () => loadShortcutSettings(database()),
    null,
  );
  const [problem, setProblem] = useState('');
  if (!found) return null;
  let host = '';
  try {
    host = url && /^https?:/.test(url) ? siteOf(new URL(url).hostname) : '';
  } catch {
    host = '';
  }
  const on = host !== '' && found.sites.includes(host);
  const turn = async () => {
    const reply = await askWorker({ type: 'panel/shortcut-site', host, on: !on });
    if (reply?.ok) {
      setFound({ ...found, sites: reply.sites });
      setProblem('');
    } else setProblem(t('shortcutsFailed', reply && !reply.ok ? reply.reason : ''));
  };
  return (
    <p class="meta shortcut-site">
      {t('shortcutPanelTyped')} <kbd>{`${found.prefix}${shortcut}`}</kbd>{' '}
      {host && (
        <>
          <span>{on ? t('shortcutPanelOn', host) : t('shortcutPanelOff', host)}</span>{' '}
          <button type="button" class="link" onClick={() => void turn()}>
            {on ? t('shortcutsTurnOff', host) : t('shortcutPanelTurnOn', host)}
          </button>
        </>
      )}
      {problem && <span role="alert"> {problem}</span>}
    </p>
  );
}
