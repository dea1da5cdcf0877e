// The state every item form keeps the same way (articles, playbooks, snippets): the typed values, the
// field errors of the last attempt, the save problem, whether a save is running, and focus on the heading
// when the form opens and on the first wrong field after a refused attempt.
import { useEffect, useRef, useState } from 'preact/hooks';
import { describeSaveFailure, type SaveProblem } from './FormProblems';
import { fieldBinder } from './fields';
import type { ItemFormProps } from './ItemFormShell';

export type Validated<T, E> = { ok: true; item: T } | { ok: false; errors: E };
/** A form's problems by field name (values as typed, `V`), each a message for the agent. */
export type FieldErrors<V> = Partial<Record<keyof V, string>>;

/** What an item form is made of, besides its fields: kept with the form's pure logic (`*-form.ts`). */
export interface ItemFormKit<T, V, E, C = object> {
  /** The fields' name prefix (`<prefix>-title`), for `field`. */
  prefix: string;
  empty(): V;
  fromItem(item: T): V;
  /** The item as typed, or the field errors. */
  validate(values: V, context: { existing?: T; takenIds: readonly string[] } & C): Validated<T, E>;
  /** Message keys for a failed save: a new item's id taken meanwhile, and any other failure. */
  words: { newTakenKey: string; failedKey: string };
  /** Typing in a field clears that field's error at once (otherwise errors stay until the next attempt). */
  clearErrorOnInput?: boolean;
  /** Which errors typing in a field clears (that field's own unless said otherwise). */
  clears?(field: string): string[];
}

/**
 * The form of `on.item` (a new item when there is none); `context` is what else `validate` is told. The
 * result carries `on` too, for the form's frame (ItemFormShell).
 */
export function useItemForm<T, V extends object, E extends Partial<Record<string, string>>, C = object>(
  on: ItemFormProps<T>,
  kit: ItemFormKit<T, V, E, C>,
  context?: C,
) {
  const { item: existing, takenIds } = on;
  const editing = existing !== undefined;
  const { words, clearErrorOnInput = false } = kit;
  const validate = (values: V) => kit.validate(values, { existing, takenIds, ...(context as C) });
  const [values, setValues] = useState<V>(() => (existing ? kit.fromItem(existing) : kit.empty()));
  const [errors, setErrors] = useState<E>({} as E);
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => headingRef.current?.focus(), []);

  /** A field's input handler. */
  const set =
    <K extends keyof V & string>(field: K) =>
    (value: V[K]) => {
      setValues((current) => ({ ...current, [field]: value }));
      const cleared = kit.clears?.(field) ?? [field];
      if (clearErrorOnInput && cleared.some((name) => errors[name])) {
        setErrors((current) => {
          const next = { ...current };
          for (const name of cleared) delete next[name];
          return next;
        });
      }
    };

  /** The item as typed, or null (with the errors shown and the first wrong field focused). */
  const typed = (): T | null => {
    const result = validate(values);
    if (result.ok) {
      setErrors({} as E);
      return result.item;
    }
    setErrors(result.errors);
    requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
    );
    return null;
  };

  /** Binds a text field: `<TextField {...field('title')} label=… />`. */
  const field = fieldBinder(kit.prefix, values, errors, set);

  /** Validates, then runs `write` with the item; a failure is kept as the form's problem, text untouched. */
  const attempt = async (write: (item: T) => Promise<void>) => {
    if (saving) return;
    const item = typed();
    if (!item) return;
    setSaving(true);
    try {
      await write(item);
    } catch (error) {
      setSaving(false);
      setProblem(describeSaveFailure(error, editing, words));
    }
  };

  return {
    on,
    values,
    setValues,
    set,
    field,
    errors,
    errorCount: Object.keys(errors).length,
    problem,
    setProblem,
    saving,
    formRef,
    headingRef,
    attempt,
  };
}
