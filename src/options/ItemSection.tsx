// The frame every list section of the options page shares (articles, playbooks, snippets, rules): the
// heading with its Add button, the intro, the notice with Undo, a load error or "loading", then either
// the open form or the list (each row's buttons: RowActions.tsx).
import type { ComponentChildren } from 'preact';
import { t } from '../shared/i18n';
import { Notice } from './Notice';
import { RowList, Section } from './Section';
import type { ItemEditor } from './use-item-editor';

interface SectionProps<T> {
  state: { status: 'loading' | 'ready' | 'error'; message?: string };
  /** The section's `useItemEditor`: its name, ids and words, its notice, Undo and Add. */
  editor: Pick<ItemEditor<{ id: string }>, 'section' | 'notice' | 'undoExpired' | 'add' | 'editing'>;
  /** Shown between the intro and the notice while no form is open (e.g. the rules file). */
  tools?: ComponentChildren;
  /** The open form (shown while the editor is editing). */
  form: ComponentChildren;
  /** The list (with its filters), shown once it has loaded and no form is open. */
  children?: ComponentChildren;
  /** Or the items, one row each (a list with no filters), and what shows when there are none. */
  items?: readonly T[];
  empty?: string;
  row?(item: T): ComponentChildren;
}

export function ItemSection<T>(props: SectionProps<T>) {
  const { state, editor } = props;
  const { name, ids, words } = editor.section;
  const open = editor.editing !== null;
  const { items, row } = props;
  const list =
    items && row ? (
      <RowList
        items={items}
        empty={props.empty ?? ''}
        label={t(words.list ?? words.heading)}
        class={editor.section.listClass ?? 'item-list'}
        row={row}
      />
    ) : (
      props.children
    );
  return (
    <Section
      name={name}
      headingId={ids.heading}
      heading={t(words.heading)}
      action={
        !open &&
        state.status === 'ready' && (
          <button type="button" id={ids.add} class="primary" onClick={editor.add}>
            {t(words.add)}
          </button>
        )
      }
      intro={t(words.intro)}
    >
      {!open && props.tools}
      <Notice notice={editor.notice} onUndoExpired={editor.undoExpired} undoId={ids.undo} />
      {state.status === 'error' && (
        <p class="banner error" role="alert">
          {state.message}
        </p>
      )}
      {state.status === 'loading' && <p class="muted">{t(words.loading)}</p>}
      {open ? props.form : state.status === 'ready' && list}
    </Section>
  );
}
