// The controls several sections build the same way: an input whose hint and error are tied to it
// (aria-describedby, aria-invalid), alone or labelled, and a set of radio choices under a legend.
import type { ComponentChildren } from 'preact';

interface BareInputProps {
  type?: 'text' | 'email' | 'password';
  inputMode?: 'text' | 'url';
  spellcheck?: boolean;
  autoComplete?: 'off';
  placeholder?: string;
  maxLength?: number;
  id: string;
  value: string;
  /** Shown under the input (`InputError`) and announced; the input is then marked invalid. */
  error?: string | null;
  /** Whether a hint (`<id>-hint`) describes the input too. */
  hinted?: boolean;
  onValue(value: string): void;
  /** Enter in the input, where it does something. */
  onEnter?(): void;
}

/** The input alone, for a caller that places its label and error itself. */
export function CheckedInput({
  id,
  error,
  hinted,
  onValue,
  onEnter,
  type = 'text',
  ...input
}: BareInputProps) {
  const described = [hinted ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <input
      id={id}
      {...input}
      // One of the text-like types; preact types each `type` with its own attributes.
      type={type as 'text'}
      aria-invalid={error ? 'true' : undefined}
      aria-describedby={described || undefined}
      onInput={(event) => onValue(event.currentTarget.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') onEnter?.();
      }}
    />
  );
}

/** The error of the input with this id, when there is one; announced. */
export function InputError({ id, error }: { id: string; error?: string | null }) {
  if (!error) return null;
  return (
    <p id={`${id}-error`} class="field-error" role="alert">
      {error}
    </p>
  );
}

/** A labelled input with its hint and error. */
export function InputField({
  label,
  hint,
  grow,
  ...input
}: Omit<BareInputProps, 'hinted'> & { label: string; hint?: string; grow?: boolean }) {
  return (
    <div class={grow ? 'field grow' : 'field'}>
      <label for={input.id}>{label}</label>
      <CheckedInput {...input} hinted={Boolean(hint)} />
      {hint && (
        <p id={`${input.id}-hint`} class="muted small">
          {hint}
        </p>
      )}
      <InputError id={input.id} error={input.error} />
    </div>
  );
}

interface ChoicesProps<V extends string> {
  legend: string;
  /** The radio group's name. */
  name: string;
  choices: readonly { value: V; label: string }[];
  value: V;
  onChange(value: V): void;
  describedBy?: string;
  /** Shown under the choices, inside the group (e.g. the fields of the chosen kind). */
  children?: ComponentChildren;
}

export function RadioChoices<V extends string>({ legend, name, choices, value, ...props }: ChoicesProps<V>) {
  return (
    <fieldset class="limit" aria-describedby={props.describedBy}>
      <legend>{legend}</legend>
      <div class="choices">
        {choices.map((choice) => (
          <label key={choice.value} class="choice">
            <input
              type="radio"
              name={name}
              value={choice.value}
              checked={value === choice.value}
              onChange={() => props.onChange(choice.value)}
            />
            {choice.label}
          </label>
        ))}
      </div>
      {props.children}
    </fieldset>
  );
}
