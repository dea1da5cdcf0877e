// One input per snippet field the page could not answer: a text box, a date box or a list of answers.
import { t } from '../i18n';
import type { FieldValues, SnippetField } from '../snippet-fields';
import { Options } from './Options';

/** "customer.name" → "customer name": how a field is labelled for the agent. */
export function fieldLabel(field: Pick<SnippetField, 'name'>): string {
  return field.name.replace(/[._]+/g, ' ').trim();
}

export function FieldInputs({
  fields,
  values,
  onChange,
}: {
  fields: readonly SnippetField[];
  values: FieldValues;
  onChange(name: string, value: string): void;
}) {
  return (
    <>
      {fields.map((field) => {
        const label = field.optional ? t('snippetFieldOptional', fieldLabel(field)) : fieldLabel(field);
        const value = values[field.name] ?? '';
        const set = (event: { currentTarget: { value: string } }) =>
          onChange(field.name, event.currentTarget.value);
        const caption = <span>{label}</span>;
        if (field.type === 'choice') {
          return (
            <label key={field.name} class="field">
              {caption}
              <select aria-label={label} value={value} onChange={set}>
                <Options none={t('snippetChoose')} values={field.choices} />
              </select>
            </label>
          );
        }
        if (field.type === 'date') {
          return (
            <label key={field.name} class="field">
              {caption}
              <input aria-label={label} type="date" value={value} onInput={set} />
            </label>
          );
        }
        return (
          <label key={field.name} class="field">
            {caption}
            <input aria-label={label} type="text" placeholder={field.hint} value={value} onInput={set} />
          </label>
        );
      })}
    </>
  );
}

/** "Fill in customer name and amount first." — names what still stops Copy and Insert. */
export function missingMessage(missing: readonly SnippetField[]): string {
  return t('snippetMissing', missing.map(fieldLabel).join(', '));
}
