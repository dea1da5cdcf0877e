// Two controls several sections build the same way: a labelled input whose hint and error are tied to
// it (aria-describedby, aria-invalid), and a set of radio choices under a legend.
import type { ComponentChildren } from 'preact';

interface InputProps {
  type?: 'text' | 'email' | 'password';
  inputMode?: 'text' | 'url';
  spellcheck?: boolean;
  autoComplete?: 'off';
  placeholder?: string;
  maxLength?: number;
  id: string;
  label: string;
  value: string;
  hint?: string;
  /** Shown under the input and announced; the input is then marked invalid. */
  error?: string | null;
  onValue(value: string): void;
}

export function InputField({ id, label, value, hint, error, onValue, type = 'text', ...input }: InputProps) {
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        {...input}
        // One of the text-like types; preact types each `type` with its own attributes.
        type={type as 'text'}
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={described || undefined}
        onInput={(event) => onValue(event.currentTarget.value)}
      />
      {hint && (
        <p id={`${id}-hint`} class="muted small">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} class="field-error" role="alert">
          {error}
        </p>
      )}
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
