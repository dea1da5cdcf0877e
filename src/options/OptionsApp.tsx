// The options page: one place to manage what the panel knows. Each section is one entry of SECTIONS
// (a link in the nav, selected by the URL's hash, so a section can be linked and reloaded).
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { OwnItDatabase } from '../storage/db';
import { ArticlesManager } from './ArticlesManager';
import { ImportExport } from './ImportExport';
import { HELP_CENTERS_SECTION } from './lazy-sections';
import { PacksManager } from './PacksManager';
import { PlaybooksManager } from './PlaybooksManager';
import { PHRASES_SECTION } from './phrases-section';
import { RulesManager } from './RulesManager';
import { SettingsPanel } from './SettingsPanel';
import { SNIPPETS_SECTION } from './SnippetsManager';
import { ensureSeeded } from './use-rules';

interface Section {
  /** The URL hash that opens it. */
  id: string;
  label: string;
  Component: ComponentType<{ db: OwnItDatabase }>;
}

export const SECTIONS: readonly Section[] = [
  { id: 'articles', label: t('optionsSectionArticles'), Component: ArticlesManager },
  { id: 'playbooks', label: t('optionsPlaybooksHeading'), Component: PlaybooksManager },
  SNIPPETS_SECTION,
  { id: 'rules', label: t('optionsSectionRules'), Component: RulesManager },
  PHRASES_SECTION,
  { id: 'import', label: t('optionsSectionImport'), Component: ImportExport },
  { id: 'packs', label: t('optionsPacksHeading'), Component: PacksManager },
  HELP_CENTERS_SECTION,
  { id: 'settings', label: t('optionsSettingsHeading'), Component: SettingsPanel },
];

function sectionOf(hash: string): Section {
  // A section may take more after a slash (`#articles/edit/<id>`); the first part names it.
  const id = hash.replace(/^#/, '').split('/')[0];
  return SECTIONS.find((section) => section.id === id) ?? (SECTIONS[0] as Section);
}

export function OptionsApp({ db }: { db: OwnItDatabase }) {
  const [current, setCurrent] = useState(() => sectionOf(location.hash));
  // A section stays on the page once opened, hidden while another is shown, so a half-written
  // article survives a look at another section.
  const [opened, setOpened] = useState<ReadonlySet<Section>>(() => new Set([current]));

  useEffect(() => {
    void ensureSeeded(db);
    const onHash = () => {
      const next = sectionOf(location.hash);
      setCurrent(next);
      setOpened((before) => (before.has(next) ? before : new Set([...before, next])));
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [db]);

  useEffect(() => {
    // The brand and the section's name; nothing in between to translate.
    document.title = `${t('extName')}: ${current.label}`;
  }, [current]);

  return (
    <div class="options">
      <header class="topbar">
        <span class="brand">
          <span class="brand-mark" aria-hidden="true">
            ✓
          </span>{' '}
          {t('extName')}
        </span>
        <nav class="sections" aria-label={t('optionsSections')}>
          {SECTIONS.map((section) => (
            <a
              key={section.id}
              href={`#${section.id}`}
              aria-current={section === current ? 'page' : undefined}
            >
              {section.label}
            </a>
          ))}
        </nav>
      </header>
      <main>
        {SECTIONS.filter((section) => opened.has(section)).map(({ id, Component }) => (
          <div key={id} id={`section-${id}`} hidden={id !== current.id}>
            <Component db={db} />
          </div>
        ))}
      </main>
    </div>
  );
}
