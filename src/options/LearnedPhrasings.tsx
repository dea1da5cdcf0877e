// An article's learned phrasings in its editor: what customers said on tickets where the agent used it
// (masked), which suggestions match like the article's own words. The agent's own can be removed at once
// (no Save needed); the team pack's are listed as the pack ships them.
import { useState } from 'preact/hooks';
import type { LearnedPhrasing } from '../search/learned-phrasings';
import { t } from '../shared/i18n';
import type { Article } from '../shared/model';
import type { OwnItDatabase } from '../storage/db';
import { learned } from '../storage/learned';
import { useLiveQuery } from './use-live';

export function LearnedPhrasings({ db, article }: { db: OwnItDatabase; article: Article }) {
  const [status, setStatus] = useState('');
  const own = useLiveQuery<LearnedPhrasing[]>(
    () => learned.get(db, article.id),
    [db, article.id],
    (error) => {
      setStatus(t('optionsLearnedReadFailed', String(error)));
      return [];
    },
  );

  const team = article.learnedPhrasings ?? [];
  const remove = (text: string) => {
    learned
      .remove(db, article.id, text)
      .then(() => setStatus(t('optionsLearnedRemoved')))
      .catch((error: unknown) => setStatus(t('optionsLearnedRemoveFailed', String(error))));
  };

  return (
    <fieldset class="learned-phrasings">
      <legend>{t('optionsLearnedHeading')}</legend>
      <p class="muted small">{t('optionsLearnedHelp')}</p>
      {own && own.length === 0 && team.length === 0 && <p class="muted">{t('optionsLearnedNone')}</p>}
      {own && own.length > 0 && (
        <ul class="learned-list" aria-label={t('optionsLearnedOwn')}>
          {[...own].reverse().map((item) => (
            <li key={item.text}>
              <q>{item.text}</q> <span class="muted small">{new Date(item.at).toLocaleDateString()}</span>{' '}
              <button
                type="button"
                class="link small"
                aria-label={t('optionsLearnedRemoveOne', item.text)}
                onClick={() => remove(item.text)}
              >
                {t('optionsLearnedRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {team.length > 0 && (
        <>
          <p class="small">{t('optionsLearnedFromTeam', team.length)}</p>
          <ul class="learned-list" aria-label={t('optionsLearnedTeam')}>
            {team.map((text) => (
              <li key={text}>
                <q>{text}</q>
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="status muted small" role="status" aria-live="polite">
        {status}
      </p>
    </fieldset>
  );
}
