// Snippets: the list with a search box and a tag filter, writing and editing through SnippetForm,
// deleting with an inline confirmation and Undo. The panel picks up every change as it is saved.
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { Snippet } from '../shared/model';
import { Options } from '../shared/ui/Options';
import type { OwnItDatabase } from '../storage/db';
import { snippets } from '../storage/repositories';
import { isReadOnly } from './article-list';
import { ItemCard } from './cards';
import { ItemSection } from './ItemSection';
import { RowActions, type RowHandlers } from './RowActions';
import { SnippetForm } from './SnippetForm';
import {
  copyOfSnippet,
  filterSnippets,
  type SnippetFilter,
  snippetPreview,
  snippetTags,
} from './snippet-form';
import { type ItemSectionSpec, idsOf, useItemEditor } from './use-item-editor';
import { useLive } from './use-live';

const SECTION: ItemSectionSpec = {
  name: 'snippets',
  ids: idsOf('snippet'),
  words: {
    heading: 'snippetsHeading',
    intro: 'snippetsIntro',
    add: 'snippetWrite',
    loading: 'snippetsLoading',
    saved: 'snippetSaved',
    savedCopy: 'snippetSavedCopy',
    goneWhileEditing: 'snippetDeletedElsewhere',
    restored: 'snippetRestored',
    restoreIdTaken: 'snippetIdTaken',
    restoreFailed: 'snippetNotRestored',
    deleted: 'snippetDeleted',
    deleteFailed: 'snippetNotDeleted',
  },
};
const readAll = (db: OwnItDatabase) => snippets.all(db);

export function SnippetsManager({ db }: { db: OwnItDatabase }) {
  const state = useLive(db, readAll, 'snippets');
  const [filter, setFilter] = useState<SnippetFilter>({ text: '', tag: '' });
  const all = state.status === 'ready' ? state.items : [];
  const shown = filterSnippets(all, filter);
  const editor = useItemEditor<Snippet>(db, all, SECTION, { repository: snippets, copyOf: copyOfSnippet });
  const editedId = editor.formProps.item?.id;
  const takenShortcuts = new Set(
    all.filter((s) => s.shortcut && s.id !== editedId).map((s) => s.shortcut as string),
  );

  return (
    <ItemSection
      state={state}
      editor={editor}
      form={<SnippetForm key={editor.formKey} {...editor.formProps} takenShortcuts={takenShortcuts} />}
      tools={
        all.length > 0 && <SnippetFilters filter={filter} tags={snippetTags(all)} onChange={setFilter} />
      }
      items={shown}
      empty={t(all.length === 0 ? 'snippetsNone' : 'snippetsNoMatch')}
      row={(snippet) => <SnippetRow key={snippet.id} snippet={snippet} {...editor.rowProps(snippet)} />}
    />
  );
}

function SnippetFilters({
  filter,
  tags,
  onChange,
}: {
  filter: SnippetFilter;
  tags: string[];
  onChange(filter: SnippetFilter): void;
}) {
  const setText = (event: { currentTarget: { value: string } }) =>
    onChange({ ...filter, text: event.currentTarget.value });
  const setTag = (event: { currentTarget: { value: string } }) =>
    onChange({ ...filter, tag: event.currentTarget.value });
  return (
    <search class="filters" aria-label={t('snippetsFind')}>
      <div class="field grow">
        <label for="snippet-search">{t('snippetsSearch')}</label>
        <input id="snippet-search" type="search" value={filter.text} autocomplete="off" onInput={setText} />
      </div>
      <div class="field">
        <label for="snippet-tag">{t('snippetTagsLabel')}</label>
        <select id="snippet-tag" value={filter.tag} onChange={setTag}>
          <Options none={t('snippetsAnyTag')} values={tags} />
        </select>
      </div>
    </search>
  );
}

function SnippetRow({ snippet, ...handlers }: RowHandlers & { snippet: Snippet }) {
  const readOnly = isReadOnly(snippet);
  return (
    <ItemCard
      item={snippet}
      editedKey="snippetEdited"
      chips={snippet.tags.map((tag) => (
        <span key={tag} class="chip subtle">
          {tag}
        </span>
      ))}
    >
      <p class="muted small item-meta">{snippetPreview(snippet.body)}</p>
      <RowActions
        editId={SECTION.ids.edit(snippet.id)}
        deleteId={SECTION.ids.delete(snippet.id)}
        words={{
          edit: t(readOnly ? 'snippetEditCopy' : 'snippetEdit'),
          editNamed: t(readOnly ? 'snippetEditCopyOf' : 'snippetEditNamed', snippet.title),
          delete: t('snippetDelete'),
          deleteNamed: t('snippetDeleteNamed', snippet.title),
          question: t('snippetDeleteAsk', snippet.title),
          effect: t('snippetDeleteExplain'),
          yes: t('snippetDeleteYes'),
          keep: t('snippetDeleteKeep'),
        }}
        {...handlers}
      />
    </ItemCard>
  );
}

/** The options page's entry for this section (OptionsApp's SECTIONS). */
export const SNIPPETS_SECTION = { id: 'snippets', label: t('snippetsHeading'), Component: SnippetsManager };
