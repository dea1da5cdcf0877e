// Snippet shortcuts: the prefix typed before a shortcut, and the sites where typing one expands it (off
// everywhere until the agent turns a site on). The worker stores a change and starts or stops the
// shortcut script (src/background/snippet-keys.ts).
import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { askWorker } from '../shared/send';
import type { OwnItDatabase } from '../storage/db';
import { isValidPrefix, loadShortcutSettings, setShortcutPrefix, siteOf } from '../storage/shortcut-settings';
import { InputField } from './controls';

/** A host name, not words: the same in every language. */
const EXAMPLE_HOST = 'acme.zendesk.com';

/** The host of an address or a bare host name ("https://acme.zendesk.com/agent" → acme.zendesk.com). */
export function hostOfInput(typed: string): string {
  const text = typed.trim();
  try {
    return siteOf(new URL(/^[a-z]+:\/\//i.test(text) ? text : `https://${text}`).hostname);
  } catch {
    return '';
  }
}

export function ShortcutSites({ db }: { db: OwnItDatabase }) {
  const [sites, setSites] = useState<string[] | null>(null);
  const [prefix, setPrefix] = useState('');
  const [site, setSite] = useState('');
  const [error, setError] = useState<{ field: 'prefix' | 'site'; message: string } | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    loadShortcutSettings(db)
      .then((found) => {
        setSites(found.sites);
        setPrefix(found.prefix);
      })
      .catch((problem: unknown) => setStatus(String(problem)));
  }, [db]);

  const turn = async (host: string, on: boolean) => {
    const reply = await askWorker({ type: 'panel/shortcut-site', host, on });
    if (reply?.ok) {
      setSites(reply.sites);
      setStatus(on ? t('shortcutsTurnedOn', host) : t('shortcutsTurnedOff', host));
    } else setStatus(t('shortcutsFailed', reply && !reply.ok ? reply.reason : ''));
  };

  const add = (event: Event) => {
    event.preventDefault();
    const host = hostOfInput(site);
    if (!host) {
      setError({ field: 'site', message: t('shortcutsSiteInvalid') });
      return;
    }
    setError(null);
    setSite('');
    void turn(host, true);
  };

  const savePrefix = (event: Event) => {
    event.preventDefault();
    if (!isValidPrefix(prefix)) {
      setError({ field: 'prefix', message: t('shortcutsPrefixInvalid') });
      return;
    }
    setError(null);
    setShortcutPrefix(db, prefix)
      .then(() => setStatus(t('shortcutsPrefixSaved', prefix)))
      .catch((problem: unknown) => setStatus(String(problem)));
  };

  return (
    <section class="card" aria-labelledby="shortcuts-heading" id="shortcuts">
      <h2 id="shortcuts-heading">{t('shortcutsHeading')}</h2>
      <p class="muted">{t('shortcutsIntro', prefix || ';')}</p>
      <form class="field-row" onSubmit={savePrefix} noValidate>
        <InputField
          id="shortcut-prefix"
          label={t('shortcutsPrefixLabel')}
          value={prefix}
          maxLength={3}
          error={error?.field === 'prefix' ? error.message : null}
          onValue={setPrefix}
        />
        <div class="form-actions">
          <button type="submit">{t('shortcutsPrefixSave')}</button>
        </div>
      </form>
      {sites && sites.length === 0 && <p class="muted">{t('shortcutsNoSites')}</p>}
      {sites && sites.length > 0 && (
        <ul class="site-list" aria-label={t('shortcutsSitesList')}>
          {sites.map((host) => (
            <li key={host}>
              <span>{host}</span>{' '}
              <button type="button" onClick={() => void turn(host, false)}>
                {t('shortcutsTurnOff', host)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="field-row" onSubmit={add} noValidate>
        <InputField
          id="shortcut-site"
          label={t('shortcutsSiteLabel')}
          value={site}
          placeholder={EXAMPLE_HOST}
          error={error?.field === 'site' ? error.message : null}
          onValue={setSite}
        />
        <div class="form-actions">
          <button type="submit" class="primary">
            {t('shortcutsTurnOn')}
          </button>
        </div>
      </form>
      <p class="muted" role="status">
        {status}
      </p>
    </section>
  );
}
