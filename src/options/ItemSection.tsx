// The frame every list section of the options page shares (articles, playbooks, snippets, rules): the
// heading with its Add button, the intro, the notice with Undo, a load error or "loading", then either
// the open form or the list; and each row's Edit / Delete buttons with the inline "Delete …?" question.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../shared/i18n';
import { Notice } from './Notice';
import type { ItemEditor } from './use-item-editor';

interface SectionProps {
  /** The section element's class, e.g. "playbooks". */
  name: string;
  heading: string;
  intro: string;
  /** The Add button's words; it shows while no form is open and the list has loaded. */
  addLabel: string;
  state: { status: 'loading' | 'ready' | 'error'; message?: string };
  loading: string;
  /** The section's `useItemEditor`: its element ids, notice, Undo and Add. */
  editor: Pick<ItemEditor<{ id: string }>, 'ids' | 'notice' | 'undoExpired' | 'add' | 'editing'>;
  /** Shown between the intro and the notice while no form is open (e.g. the rules file). */
  tools?: ComponentChildren;
  /** The open form (shown while the editor is editing). */
  form: ComponentChildren;
  /** The list (with its filters), shown once it has loaded and no form is open. */
  children: ComponentChildren;
}

export function ItemSection(props: SectionProps) {
  const { state, editor } = props;
  const { ids } = editor;
  const open = editor.editing !== null;
  return (
    <section class={props.name} aria-labelledby={ids.heading}>
      <div class="section-head">
        <h1 id={ids.heading} tabIndex={-1}>
          {props.heading}
        </h1>
        {!open && state.status === 'ready' && (
          <button type="button" id={ids.add} class="primary" onClick={editor.add}>
            {props.addLabel}
          </button>
        )}
      </div>
      <p class="muted intro">{props.intro}</p>
      {!open && props.tools}
      <Notice notice={editor.notice} onUndoExpired={editor.undoExpired} undoId={ids.undo} />
      {state.status === 'error' && (
        <p class="banner error" role="alert">
          {state.message}
        </p>
      )}
      {state.status === 'loading' && <p class="muted">{props.loading}</p>}
      {open ? props.form : state.status === 'ready' && props.children}
    </section>
  );
}

/** What a row's buttons and its delete question say; each already names the item where it should. */
export interface RowWords {
  edit: string;
  editNamed: string;
  delete: string;
  deleteNamed: string;
  question: string;
  effect: string;
  yes: string;
  keep: string;
}

/** What a row's Edit and Delete do (`useItemEditor`'s `rowProps`). */
export interface RowHandlers {
  /** The row's delete question is open. */
  confirming: boolean;
  onEdit(): void;
  onAskDelete(): void;
  onConfirmDelete(): void;
  onCancelDelete(): void;
}

interface RowActionsProps extends RowHandlers {
  editId: string;
  deleteId: string;
  words: RowWords;
  /** Shown before the buttons (e.g. "kept as the team pack has it"). */
  note?: ComponentChildren;
}

interface QuestionProps {
  question: string;
  effect: string;
  yes: string;
  keep: string;
  onYes(): void;
  onKeep(): void;
}

/** "Delete …?" asked in place of a row's buttons, with focus on "keep it" and Escape to back out. */
export function ConfirmQuestion({ question, effect, yes, keep, onYes, onKeep }: QuestionProps) {
  const keepRef = useRef<HTMLButtonElement>(null);
  useEffect(() => keepRef.current?.focus(), []);
  return (
    <fieldset
      class="confirm"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onKeep();
      }}
    >
      <legend>{question}</legend>
      <p>{effect}</p>
      <button type="button" class="danger" onClick={onYes}>
        {yes}
      </button>
      <button type="button" ref={keepRef} onClick={onKeep}>
        {keep}
      </button>
    </fieldset>
  );
}

/** Edit and Delete; Delete asks first, in place. */
export function RowActions(props: RowActionsProps) {
  const { words } = props;
  if (props.confirming) {
    return <ConfirmQuestion {...words} onYes={props.onConfirmDelete} onKeep={props.onCancelDelete} />;
  }
  return (
    <div class="rule-actions">
      {props.note}
      <button type="button" id={props.editId} aria-label={words.editNamed} onClick={props.onEdit}>
        {words.edit}
      </button>
      <button type="button" id={props.deleteId} aria-label={words.deleteNamed} onClick={props.onAskDelete}>
        {words.delete}
      </button>
    </div>
  );
}

/** The row words of articles, playbooks and rules: "Edit" (or "Edit a copy" of a pack's item) and "Delete". */
export function itemRowWords(title: string, readOnly = false): Omit<RowWords, 'effect'> {
  return {
    edit: t(readOnly ? 'optionsEditCopy' : 'optionsEdit'),
    editNamed: t(readOnly ? 'optionsEditCopyNamed' : 'optionsEditNamed', title),
    delete: t('optionsDelete'),
    deleteNamed: t('optionsDeleteNamed', title),
    question: t('optionsDeleteQuestion', title),
    yes: t('optionsYesDelete'),
    keep: t('optionsKeepIt'),
  };
}
