// The Team phrases section, loaded when first opened (the options page's first load stays as it was).
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { OwnItDatabase } from '../storage/db';

type Manager = ComponentType<{ db: OwnItDatabase }>;

function LazyPhrasesManager({ db }: { db: OwnItDatabase }) {
  const [Manager, setManager] = useState<Manager | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    import('./PhrasesManager')
      .then((module) => setManager(() => module.PhrasesManager))
      .catch((error: unknown) => setFailed(String(error)));
  }, []);
  if (Manager) return <Manager db={db} />;
  return (
    <section aria-labelledby="phrases-heading">
      <h1 id="phrases-heading">{t('optionsPhrasesHeading')}</h1>
      <p class={failed ? 'banner error' : 'muted'}>
        {failed ? t('optionsPhrasesReadFailed', failed) : t('optionsSettingsLoading')}
      </p>
    </section>
  );
}

export const PHRASES_SECTION = {
  id: 'phrases',
  label: t('optionsPhrasesHeading'),
  Component: LazyPhrasesManager,
};
