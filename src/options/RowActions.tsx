// Each list row's Edit and Delete buttons, with the inline "Delete …?" question (also the team packs'
// "Unsubscribe …?").
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../shared/i18n';

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
