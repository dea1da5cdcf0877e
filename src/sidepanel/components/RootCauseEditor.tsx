import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { database } from '../../storage/db';
import { settings } from '../../storage/repositories';
import { useLiveValue } from '../use-live-read';

export const ROOT_CAUSES_KEY = 'rootCauses';

/** The starting root-cause list, in the agent's language; the team edits and stores its own. */
export function defaultRootCauses(): string[] {
  return [
    t('panelCauseDefect'),
    t('panelCauseShipping'),
    t('panelCauseBilling'),
    t('panelCausePolicy'),
    t('panelCauseDocs'),
    t('panelCauseAccess'),
    t('panelCauseAgent'),
    t('panelCauseEducation'),
  ];
}

/** The team's root-cause list as stored, followed live (an edit in another panel shows at once). */
export function useRootCauses(): string[] {
  const fallback = defaultRootCauses();
  return useLiveValue(() => settings.get<string[]>(database(), ROOT_CAUSES_KEY, fallback), fallback);
}

/** The team's root-cause list, one per line; blank lines and repeats are dropped. */
export function parseCauses(text: string): string[] {
  const seen = new Set<string>();
  const causes: string[] = [];
  for (const line of text.split('\n')) {
    const cause = line.trim().slice(0, 60);
    if (!cause || seen.has(cause.toLowerCase())) continue;
    seen.add(cause.toLowerCase());
    causes.push(cause);
  }
  return causes.slice(0, 30);
}

/** Edits the list; the form that shows it follows the stored list (useRootCauses). */
export function RootCauseEditor({ causes, onSaved }: { causes: string[]; onSaved(): void }) {
  const [text, setText] = useState(causes.join('\n'));
  const [problem, setProblem] = useState('');
  const save = () => {
    const next = parseCauses(text);
    if (next.length === 0) {
      setProblem(t('panelKeepOneCause'));
      return;
    }
    settings
      .set(database(), ROOT_CAUSES_KEY, next)
      .then(onSaved)
      .catch((error: unknown) => setProblem(t('panelCausesNotSaved', String(error))));
  };
  return (
    <div class="cause-editor">
      <label for="cause-list">{t('panelCausesLabel')}</label>
      <textarea
        id="cause-list"
        rows={6}
        value={text}
        onInput={(event) => setText(event.currentTarget.value)}
      />
      {problem && (
        <p class="banner error" role="alert">
          {problem}
        </p>
      )}
      <button type="button" onClick={save}>
        {t('panelSaveList')}
      </button>
    </div>
  );
}
