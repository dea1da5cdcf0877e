// The frame of the item forms (articles, playbooks, snippets, rules): the form with its heading (focused when it
// opens), what stops a save (fields to fix, a version conflict, a deletion elsewhere) and the save
// itself on submit, from the version the agent started editing.
import type { ComponentChildren, RefObject } from 'preact';
import { FormProblems, type SaveProblem } from './FormProblems';

/** What every item form is given by its section. */
export interface ItemFormProps<T> {
  /** The stored item to edit; absent to write a new one. */
  item?: T;
  takenIds: string[];
  onSave(item: T, baseVersion: number): Promise<void>;
  /** Saves the agent's text as a new item of their own. */
  onSaveCopy(item: T): Promise<void>;
  onCancel(): void;
  /** Drops the edits and starts again from the stored item (after a conflict). */
  onReload(): void;
}

/** The parts of `useItemForm` the frame uses. */
interface FormState<T> {
  formRef: RefObject<HTMLFormElement | null>;
  headingRef: RefObject<HTMLHeadingElement | null>;
  errorCount: number;
  problem: SaveProblem | null;
  setProblem(problem: SaveProblem | null): void;
  saving: boolean;
  attempt(write: (item: T) => Promise<void>): Promise<void>;
  /** The values as typed (a new item's banners name it by its title). */
  values: object;
  /** What the section gave the form. */
  on: ItemFormProps<T>;
}

interface Props<T> {
  kind: 'article' | 'playbook' | 'snippet' | 'rule';
  heading: string;
  /** How the banners name the item, when not by its title (a rule by its label). */
  named?: string;
  form: FormState<T>;
  /** How the form words "fix N fields", when it has its own message. */
  errorsKey?: string;
  /** Shown under the heading, above the problems (e.g. "from the team pack"). */
  notes?: ComponentChildren;
  children: ComponentChildren;
}

export function ItemFormShell<T extends { version: number }>(props: Props<T>) {
  const { kind, form } = props;
  const { on } = form;
  const item = on.item;
  const named =
    props.named ??
    (item as { title?: string } | undefined)?.title ??
    (form.values as { title?: string }).title ??
    '';
  const headingId = `${kind}-form-title`;
  const submit = (event: Event) => {
    event.preventDefault();
    form.setProblem(null);
    void form.attempt((typed) => on.onSave(typed, item?.version ?? 0));
  };
  return (
    <form ref={form.formRef} class="item-form card" aria-labelledby={headingId} noValidate onSubmit={submit}>
      <h2 id={headingId} ref={form.headingRef} tabIndex={-1}>
        {props.heading}
      </h2>
      {props.notes}
      <FormProblems
        kind={kind}
        title={named}
        errorCount={form.errorCount}
        errorsKey={props.errorsKey}
        problem={form.problem}
        busy={form.saving}
        onOverwrite={(storedVersion) => void form.attempt((typed) => on.onSave(typed, storedVersion))}
        onSaveCopy={() => void form.attempt(on.onSaveCopy)}
        onSaveNew={() => void form.attempt((typed) => on.onSave(typed, 0))}
        onReload={on.onReload}
        onDiscard={on.onCancel}
      />
      {props.children}
    </form>
  );
}
