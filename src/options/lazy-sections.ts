// Sections whose code loads only when the agent opens them (the options page's first load stays as it
// was): "Connect a help center".
import { createElement, type FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { OwnItDatabase } from '../storage/db';

type Section = FunctionComponent<{ db: OwnItDatabase }>;

function lazySection(load: () => Promise<Section>): Section {
  return function LazySection({ db }) {
    const [Loaded, setLoaded] = useState<Section | null>(null);
    const [failed, setFailed] = useState('');
    useEffect(() => {
      load()
        .then((component) => setLoaded(() => component))
        .catch((error: unknown) => setFailed(String(error)));
    }, []);
    if (failed)
      return createElement('p', { class: 'field-error', role: 'alert' }, t('optionsSectionFailed', failed));
    if (!Loaded) return createElement('p', { class: 'muted', role: 'status' }, t('optionsSectionLoading'));
    return createElement(Loaded, { db });
  };
}

export const HELP_CENTERS_SECTION = {
  id: 'helpcenters',
  label: t('helpCentersHeading'),
  Component: lazySection(() => import('./HelpCentersManager').then((module) => module.HelpCentersManager)),
};
