// Labelled form controls whose hint and error are tied to them (aria-describedby, aria-invalid).
import type { ComponentChildren } from 'preact';
import { t } from '../shared/i18n';

export function fieldIds(name: string) {
  return { control: `rule-${name}`, hint: `rule-${name}-hint`, error: `rule-${name}-error` };
}

/** The ids a control is described by: its hint and, when there is one, its error. */
export function describedBy(name: string, hint: boolean, error: string | undefined): string | undefined {
  const ids = fieldIds(name);
  const list = [hint ? ids.hint : '', error ? ids.error : ''].filter(Boolean).join(' ');
  return list || undefined;
}

export function FieldError({ name, message }: { name: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={fieldIds(name).error} class="field-error">
      {message}
    </p>
  );
}

export function Hint({ name, children }: { name: string; children: ComponentChildren }) {
  return (
    <p id={fieldIds(name).hint} class="field-hint">
      {children}
    </p>
  );
}

interface TextProps {
  name: string;
  label: string;
  value: string;
  error: string | undefined;
  hint?: string;
  onInput(value: string): void;
  multiline?: boolean;
  rows?: number;
  inputMode?: 'text' | 'decimal' | 'numeric';
  list?: string;
  class?: string;
  placeholder?: string;
  type?: 'text' | 'date';
}

export function TextField(props: TextProps) {
  const { name, label, value, error, hint, onInput } = props;
  const ids = fieldIds(name);
  const shared = {
    id: ids.control,
    name,
    value,
    placeholder: props.placeholder,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': describedBy(name, Boolean(hint), error),
  };
  return (
    <div class={`field ${props.class ?? ''}`}>
      <label for={ids.control}>{label}</label>
      {hint && <Hint name={name}>{hint}</Hint>}
      {props.multiline ? (
        <textarea {...shared} rows={props.rows ?? 3} onInput={(e) => onInput(e.currentTarget.value)} />
      ) : (
        <input
          {...shared}
          type={props.type ?? 'text'}
          inputMode={props.inputMode}
          list={props.list}
          autocomplete="off"
          onInput={(e) => onInput(e.currentTarget.value)}
        />
      )}
      <FieldError name={name} message={error} />
    </div>
  );
}

interface SelectProps {
  name: string;
  label: string;
  value: string;
  error: string | undefined;
  options: readonly { value: string; label: string }[];
  /** Called with the chosen value (named like TextField's, so one binder serves both). */
  onInput(value: string): void;
}

export function SelectField({ name, label, value, error, options, onInput }: SelectProps) {
  const ids = fieldIds(name);
  return (
    <div class="field">
      <label for={ids.control}>{label}</label>
      <select
        id={ids.control}
        name={name}
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(name, false, error)}
        onChange={(e) => onInput(e.currentTarget.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError name={name} message={error} />
    </div>
  );
}

/**
 * The props every field of an item form repeats, bound once per form: `field('title')` gives the name
 * (`<prefix>-title`, or `title` without a prefix), the typed value, its error and the input handler.
 */
type TextKeys<V> = { [K in keyof V]: V[K] extends string ? K : never }[keyof V] & string;

export function fieldBinder<V extends object>(
  prefix: string,
  values: V,
  errors: Partial<Record<string, string>>,
  set: <K extends keyof V & string>(key: K) => (value: V[K]) => void,
) {
  return <K extends TextKeys<V>>(key: K) => ({
    name: prefix ? `${prefix}-${key}` : key,
    value: values[key] as string,
    error: errors[key],
    onInput: set(key) as (value: string) => void,
  });
}

interface ActionsProps {
  saving: boolean;
  /** The submit button's words while not saving. */
  submit: string;
  savingLabel?: string;
  cancelLabel?: string;
  onCancel(): void;
  /** Buttons before Save (e.g. Publish). */
  children?: ComponentChildren;
  submitClass?: string;
}

/** Save and Cancel under an item form. */
export function FormActions(props: ActionsProps) {
  return (
    <div class="form-actions">
      {props.children}
      <button type="submit" class={props.submitClass ?? 'primary'} disabled={props.saving}>
        {props.saving ? (props.savingLabel ?? t('optionsSaving')) : props.submit}
      </button>
      <button type="button" onClick={props.onCancel}>
        {props.cancelLabel ?? t('optionsCancel')}
      </button>
    </div>
  );
}
