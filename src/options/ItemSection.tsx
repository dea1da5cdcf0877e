// The frame every list section of the options page shares (articles, playbooks, snippets, rules): the
// heading with its Add button, the intro, the notice with Undo, a load error or "loading", then either
// the open editor or the list; and each row's Edit / Delete buttons with the inline "Delete …?" question.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../shared/i18n';
import { Notice, type NoticeState } from './Notice';

interface SectionProps {
  /** The section element's class, e.g. "playbooks". */
  name: string;
  headingId: string;
  heading: string;
  intro: string;
  /** The Add button, shown while no editor is open and the list has loaded. */
  add: { id: string; label: string; onClick(): void };
  state: { status: 'loading' | 'ready' | 'error'; message?: string };
  loading: string;
  notice: NoticeState | null;
  undoId?: string;
  onUndoExpired(hadFocus: boolean): void;
  /** Shown between the intro and the notice while no editor is open (e.g. the rules file). */
  tools?: ComponentChildren;
  /** The open editor, or null for the list. */
  editor: ComponentChildren | null;
  /** The list (with its filters), shown once it has loaded and no editor is open. */
  children: ComponentChildren;
}

export function ItemSection(props: SectionProps) {
  const { state, editor, add } = props;
  return (
    <section class={props.name} aria-labelledby={props.headingId}>
      <div class="section-head">
        <h1 id={props.headingId} tabIndex={-1}>
          {props.heading}
        </h1>
        {!editor && state.status === 'ready' && (
          <button type="button" id={add.id} class="primary" onClick={add.onClick}>
            {add.label}
          </button>
        )}
      </div>
      <p class="muted intro">{props.intro}</p>
      {!editor && props.tools}
      <Notice notice={props.notice} onUndoExpired={props.onUndoExpired} undoId={props.undoId} />
      {state.status === 'error' && (
        <p class="banner error" role="alert">
          {state.message}
        </p>
      )}
      {state.status === 'loading' && <p class="muted">{props.loading}</p>}
      {editor ?? (state.status === 'ready' && props.children)}
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

interface RowActionsProps {
  editId: string;
  deleteId: string;
  confirming: boolean;
  words: RowWords;
  /** Shown before the buttons (e.g. "kept as the team pack has it"). */
  note?: ComponentChildren;
  onEdit(): void;
  onAskDelete(): void;
  onConfirmDelete(): void;
  onCancelDelete(): void;
}

/** Edit and Delete; Delete asks first, in place, with focus on "keep it" and Escape to back out. */
export function RowActions(props: RowActionsProps) {
  const { words, confirming } = props;
  const keepRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) keepRef.current?.focus();
  }, [confirming]);
  if (confirming) {
    return (
      <fieldset
        class="confirm"
        onKeyDown={(event) => {
          if (event.key === 'Escape') props.onCancelDelete();
        }}
      >
        <legend>{words.question}</legend>
        <p>{words.effect}</p>
        <button type="button" class="danger" onClick={props.onConfirmDelete}>
          {words.yes}
        </button>
        <button type="button" ref={keepRef} onClick={props.onCancelDelete}>
          {words.keep}
        </button>
      </fieldset>
    );
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
