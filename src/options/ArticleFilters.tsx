// The search box, filters and sort order above the article list.
import type { ComponentChildren } from 'preact';
import { t } from '../shared/i18n';
import { Options } from '../shared/ui/Options';
import {
  type ArticleFilter,
  type ArticleSort,
  NO_OWNER,
  SORT_LABELS,
  SORTS,
  sourceLabel,
} from './article-list';

type ChoiceKey = 'tag' | 'owner' | 'source' | 'status' | 'sort';

interface Props {
  filter: ArticleFilter;
  choices: { tags: string[]; owners: string[]; sources: string[] };
  onChange(filter: ArticleFilter): void;
}

export function ArticleFilters({ filter, choices, onChange }: Props) {
  const set = <K extends keyof ArticleFilter>(key: K, value: ArticleFilter[K]) =>
    onChange({ ...filter, [key]: value });
  /** A filter picked from a list: its label, its select, the filter's `key` set to what is picked. */
  const choice = (key: ChoiceKey, id: string, label: string, options: ComponentChildren) => (
    <div class="field">
      <label for={id}>{label}</label>
      <select
        id={id}
        value={filter[key] ?? ''}
        onChange={(e) => set(key, e.currentTarget.value as ArticleFilter[ChoiceKey])}
      >
        {options}
      </select>
    </div>
  );
  return (
    <search class="filters" aria-label={t('optionsFiltersRegion')}>
      <div class="field grow">
        <label for="article-search">{t('optionsFiltersSearch')}</label>
        <input
          id="article-search"
          type="search"
          value={filter.text}
          placeholder={t('optionsFiltersSearchHint')}
          autocomplete="off"
          onInput={(e) => set('text', e.currentTarget.value)}
        />
      </div>
      {choice(
        'tag',
        'filter-tag',
        t('optionsFiltersTag'),
        <Options none={t('optionsFiltersAnyTag')} values={choices.tags} />,
      )}
      {choice(
        'owner',
        'filter-owner',
        t('optionsFiltersOwner'),
        <Options
          none={t('optionsFiltersAnyOwner')}
          values={[NO_OWNER, ...choices.owners]}
          label={(owner) => (owner === NO_OWNER ? t('optionsFiltersNoOwner') : owner)}
        />,
      )}
      {choice(
        'source',
        'filter-source',
        t('optionsFiltersSource'),
        <Options none={t('optionsFiltersAnySource')} values={choices.sources} label={sourceLabel} />,
      )}
      {choice(
        'status',
        'filter-status',
        t('captureStatusLabel'),
        <>
          <option value="">{t('captureStatusAll')}</option>
          <option value="draft">{t('captureStatusDrafts')}</option>
          <option value="published">{t('captureStatusPublished')}</option>
        </>,
      )}
      {choice(
        'sort',
        'article-sort',
        t('optionsFiltersSort'),
        <Options values={SORTS} label={(sort) => SORT_LABELS[sort as ArticleSort]} />,
      )}
      <label class="choice stale-only">
        <input
          type="checkbox"
          checked={filter.staleOnly}
          onChange={(e) => set('staleOnly', e.currentTarget.checked)}
        />
        {t('optionsFiltersStaleOnly')}
      </label>
    </search>
  );
}
