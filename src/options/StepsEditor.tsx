// A playbook's steps: stage, what to do and an optional snippet each; add, remove and move with buttons.
import { STAGES } from '../shared/model';
import { emptyStep, moveStep, type PlaybookFormErrors, type StepValues } from './playbook-form';

const STAGE_LABELS: Record<string, string> = {
  capture: 'Capture',
  investigate: 'Investigate',
  resolve: 'Resolve',
  communicate: 'Communicate',
  'follow-up': 'Follow up',
};

interface Props {
  steps: StepValues[];
  errors: PlaybookFormErrors;
  onChange(steps: StepValues[]): void;
}

/** Focus follows a moved or added step once it has rendered. */
const focusLater = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

export function StepsEditor({ steps, errors, onChange }: Props) {
  const update = (key: number, change: Partial<StepValues>) =>
    onChange(steps.map((step) => (step.key === key ? { ...step, ...change } : step)));
  const move = (index: number, by: -1 | 1, key: number) => {
    onChange(moveStep(steps, index, by));
    // The same button again, unless the step reached the end where that button is disabled.
    const to = index + by;
    const atEnd = by < 0 ? to === 0 : to === steps.length - 1;
    focusLater(`step-${key}-${(by < 0) !== atEnd ? 'up' : 'down'}`);
  };
  const remove = (index: number) => {
    const next = steps.filter((_, i) => i !== index);
    onChange(next);
    const neighbour = next[Math.min(index, next.length - 1)];
    focusLater(neighbour ? `step-${neighbour.key}-text` : 'add-step');
  };
  const add = () => {
    const step = emptyStep(steps.at(-1)?.stage ?? 'capture');
    onChange([...steps, step]);
    focusLater(`step-${step.key}-text`);
  };

  return (
    <fieldset class="limit steps" aria-describedby={errors.steps ? 'steps-error' : undefined}>
      <legend>Steps</legend>
      {errors.steps && (
        <p id="steps-error" class="field-error">
          {errors.steps}
        </p>
      )}
      <ol class="step-list">
        {steps.map((step, index) => {
          const id = (part: string) => `step-${step.key}-${part}`;
          const n = index + 1;
          return (
            <li key={step.key} class="step-edit">
              <div class="field-row">
                <div class="field narrow">
                  <label for={id('stage')}>Stage of step {n}</label>
                  <select
                    id={id('stage')}
                    value={step.stage}
                    onChange={(e) => update(step.key, { stage: e.currentTarget.value })}
                  >
                    {STAGES.map((stage) => (
                      <option key={stage} value={stage}>
                        {STAGE_LABELS[stage] ?? stage}
                      </option>
                    ))}
                  </select>
                </div>
                <div class="field grow">
                  <label for={id('text')}>Step {n}: what to do</label>
                  <input
                    id={id('text')}
                    type="text"
                    value={step.text}
                    aria-invalid={errors[id('text')] ? 'true' : undefined}
                    aria-describedby={errors[id('text')] ? id('text-error') : undefined}
                    onInput={(e) => update(step.key, { text: e.currentTarget.value })}
                  />
                  {errors[id('text')] && (
                    <p id={id('text-error')} class="field-error">
                      {errors[id('text')]}
                    </p>
                  )}
                </div>
              </div>
              <div class="field">
                <label for={id('snippet')}>Step {n} snippet (optional)</label>
                <textarea
                  id={id('snippet')}
                  rows={2}
                  value={step.snippet}
                  aria-invalid={errors[id('snippet')] ? 'true' : undefined}
                  onInput={(e) => update(step.key, { snippet: e.currentTarget.value })}
                />
              </div>
              <div class="rule-actions">
                <button
                  type="button"
                  id={id('up')}
                  disabled={index === 0}
                  aria-label={`Move step ${n} up`}
                  onClick={() => move(index, -1, step.key)}
                >
                  ↑ Up
                </button>
                <button
                  type="button"
                  id={id('down')}
                  disabled={index === steps.length - 1}
                  aria-label={`Move step ${n} down`}
                  onClick={() => move(index, 1, step.key)}
                >
                  ↓ Down
                </button>
                <button type="button" aria-label={`Remove step ${n}`} onClick={() => remove(index)}>
                  Remove
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <button type="button" id="add-step" onClick={add}>
        Add a step
      </button>
    </fieldset>
  );
}
