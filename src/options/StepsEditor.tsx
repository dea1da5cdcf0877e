// A playbook's steps: stage, what to do and an optional snippet each; add, remove and move with buttons.
import { t } from '../shared/i18n';
import { STAGES } from '../shared/model';
import { InputError, InputField } from './controls';
import { emptyStep, moveStep, type PlaybookFormErrors, type StepValues } from './playbook-form';

const STAGE_KEYS: Record<string, string> = {
  capture: 'optionsStageCapture',
  investigate: 'optionsStageInvestigate',
  resolve: 'optionsStageResolve',
  communicate: 'optionsStageCommunicate',
  'follow-up': 'optionsStageFollowUp',
};

const stageLabel = (stage: string) => {
  const key = STAGE_KEYS[stage];
  return key ? t(key) : stage;
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
      <legend>{t('optionsSteps')}</legend>
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
                  <label for={id('stage')}>{t('optionsStepStage', n)}</label>
                  <select
                    id={id('stage')}
                    value={step.stage}
                    onChange={(e) => update(step.key, { stage: e.currentTarget.value })}
                  >
                    {STAGES.map((stage) => (
                      <option key={stage} value={stage}>
                        {stageLabel(stage)}
                      </option>
                    ))}
                  </select>
                </div>
                <InputField
                  grow
                  id={id('text')}
                  label={t('optionsStepText', n)}
                  value={step.text}
                  error={errors[id('text')]}
                  onValue={(text) => update(step.key, { text })}
                />
              </div>
              <div class="field">
                <label for={id('snippet')}>{t('optionsStepSnippet', n)}</label>
                <textarea
                  id={id('snippet')}
                  rows={2}
                  value={step.snippet}
                  aria-invalid={errors[id('snippet')] ? 'true' : undefined}
                  aria-describedby={errors[id('snippet')] ? id('snippet-error') : undefined}
                  onInput={(e) => update(step.key, { snippet: e.currentTarget.value })}
                />
                <InputError id={id('snippet')} error={errors[id('snippet')]} />
              </div>
              <div class="rule-actions">
                <button
                  type="button"
                  id={id('up')}
                  disabled={index === 0}
                  aria-label={t('optionsStepUpNamed', n)}
                  onClick={() => move(index, -1, step.key)}
                >
                  {t('optionsStepUp')}
                </button>
                <button
                  type="button"
                  id={id('down')}
                  disabled={index === steps.length - 1}
                  aria-label={t('optionsStepDownNamed', n)}
                  onClick={() => move(index, 1, step.key)}
                >
                  {t('optionsStepDown')}
                </button>
                <button
                  type="button"
                  aria-label={t('optionsStepRemoveNamed', n)}
                  onClick={() => remove(index)}
                >
                  {t('optionsRemove')}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <button type="button" id="add-step" onClick={add}>
        {t('optionsStepAdd')}
      </button>
    </fieldset>
  );
}
