// The sites Own It may read besides the built-in helpdesks: list, remove one, add one by address.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { CheckedInput, InputError } from './controls';
import { grantedSites, grantSite, revokeSite, siteLabel, sitePattern } from './site-access';

/** An address, not words: the same in every language. */
const EXAMPLE_SITE = 'https://support.example.com';
const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function SitesAccess() {
  const [sites, setSites] = useState<string[] | null>(null);
  const [builtIn, setBuiltIn] = useState<string[]>([]);
  const [input, setInput] = useState('');
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');

  const refresh = () =>
    grantedSites()
      .then((found) => {
        setSites(found.sites);
        setBuiltIn(found.builtIn);
      })
      .catch((problem: unknown) => setStatus(t('optionsSitesReadFailed', reasonOf(problem))));

  useEffect(() => {
    void refresh();
  }, []);

  // The browser asks its question only from a click: request first, before anything else awaits.
  const add = () => {
    const parsed = sitePattern(input);
    if (!parsed.ok) {
      setError(parsed.message);
      document.getElementById('site-origin')?.focus();
      return;
    }
    setError('');
    grantSite(parsed.pattern)
      .then((granted) => {
        setStatus(
          granted
            ? t('optionsSiteAdded', siteLabel(parsed.pattern))
            : t('optionsSiteRefused', siteLabel(parsed.pattern)),
        );
        if (granted) setInput('');
        return refresh();
      })
      .catch((problem: unknown) => setStatus(t('optionsSiteAddFailed', reasonOf(problem))));
  };

  const remove = (pattern: string) => {
    revokeSite(pattern)
      .then(() => {
        setStatus(t('optionsSiteRemoved', siteLabel(pattern)));
        return refresh();
      })
      .catch((problem: unknown) => setStatus(t('optionsSiteRemoveFailed', reasonOf(problem))));
  };

  return (
    <section class="card sites" aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('optionsSitesHeading')}</h2>
      <p class="muted small">{t('optionsSitesIntro', builtIn.length)}</p>
      {sites === null ? (
        <p class="muted">{t('optionsSitesLoading')}</p>
      ) : sites.length === 0 ? (
        <p class="muted">{t('optionsSitesEmpty')}</p>
      ) : (
        <ul class="site-list" aria-label={t('optionsSitesList')}>
          {sites.map((pattern) => (
            <li key={pattern}>
              <span>{siteLabel(pattern)}</span>
              <button
                type="button"
                aria-label={t('optionsRemoveNamed', siteLabel(pattern))}
                onClick={() => remove(pattern)}
              >
                {t('optionsRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="field">
        <label for="site-origin">{t('optionsSiteAdd')}</label>
        <div class="inline-controls">
          <CheckedInput
            id="site-origin"
            value={input}
            error={error}
            autoComplete="off"
            placeholder={EXAMPLE_SITE}
            onValue={(value) => {
              setInput(value);
              setError('');
            }}
            onEnter={add}
          />
          <button type="button" onClick={add}>
            {t('optionsSiteAddButton')}
          </button>
        </div>
        <InputError id="site-origin" error={error} />
      </div>
      <p class="muted small" role="status">
        {status}
      </p>
    </section>
  );
}
