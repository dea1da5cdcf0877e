// The search box, filters and sort order above the article list.
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

interface Props {
  filter: ArticleFilter;
  choices: { tags: string[]; owners: string[]; sources: string[] };
  onChange(filter: ArticleFilter): void;
}

export function ArticleFilters({ filter, choices, onChange }: Props) {
  const set = <K extends keyof ArticleFilter>(key: K, value: ArticleFilter[K]) =>
    onChange({ ...filter, [key]: value });
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
      <Choice
        id="filter-tag"
        label={t('optionsFiltersTag')}
        value={filter.tag}
        onChange={(v) => set('tag', v)}
      >
        <Options none={t('optionsFiltersAnyTag')} values={choices.tags} />
      </Choice>
      <Choice
        id="filter-owner"
        label={t('optionsFiltersOwner')}
        value={filter.owner}
        onChange={(v) => set('owner', v)}
      >
        <Options
          none={t('optionsFiltersAnyOwner')}
          values={[NO_OWNER, ...choices.owners]}
          label={(owner) => (owner === NO_OWNER ? t('optionsFiltersNoOwner') : owner)}
        />
      </Choice>
      <Choice
        id="filter-source"
        label={t('optionsFiltersSource')}
        value={filter.source}
        onChange={(v) => set('source', v)}
      >
        <Options none={t('optionsFiltersAnySource')} values={choices.sources} label={sourceLabel} />
      </Choice>
      <Choice
        id="filter-status"
        label={t('captureStatusLabel')}
        value={filter.status ?? ''}
        onChange={(v) => set('status', v as ArticleFilter['status'])}
      >
        <option value="">{t('captureStatusAll')}</option>
        <option value="draft">{t('captureStatusDrafts')}</option>
        <option value="published">{t('captureStatusPublished')}</option>
      </Choice>
      <Choice
        id="article-sort"
        label={t('optionsFiltersSort')}
        value={filter.sort}
        onChange={(v) => set('sort', v as ArticleSort)}
      >
        <Options values={SORTS} label={(sort) => SORT_LABELS[sort as ArticleSort]} />
      </Choice>
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

interface ChoiceProps {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  children: preact.ComponentChildren;
}

function Choice({ id, label, value, onChange, children }: ChoiceProps) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {children}
      </select>
    </div>
  );
}
