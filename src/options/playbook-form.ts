// The playbook form's values ⇄ a Playbook, the step list's edits, and validation that names each field.
// Pure: no DOM, no database. Limits match the pack format (src/shared/pack-schema.ts).
import { t } from '../shared/i18n';
import { uniqueItemId } from '../shared/item-id';
import { type Playbook, STAGES, type Stage } from '../shared/model';
import { parseKeywords, TITLE_MAX } from '../shared/text-fields';
import { localCopy, titleError } from './item-copy';
import type { ItemFormKit, Validated } from './use-item-form';

export interface StepValues {
  /** Stable while the form is open, so a moved step keeps its focus and typed text. */
  key: number;
  stage: string;
  text: string;
  snippet: string;
}

export interface PlaybookFormValues {
  title: string;
  summary: string;
  /** Comma-separated. */
  triggers: string;
  /** Comma-separated. */
  tags: string;
  steps: StepValues[];
}

/** Errors by field: "title", "steps", or "step-<key>-text" for one step's text. */
export type PlaybookFormErrors = Record<string, string>;
export type PlaybookFormResult = Validated<Playbook, PlaybookFormErrors>;

let nextKey = 1;
export function emptyStep(stage: string = 'capture'): StepValues {
  return { key: nextKey++, stage, text: '', snippet: '' };
}

export function emptyPlaybookForm(): PlaybookFormValues {
  return { title: '', summary: '', triggers: '', tags: '', steps: [emptyStep()] };
}

export function formFromPlaybook(playbook: Playbook): PlaybookFormValues {
  return {
    title: playbook.title,
    summary: playbook.summary,
    triggers: playbook.triggers.join(', '),
    tags: playbook.tags.join(', '),
    steps: playbook.steps.map((step) => ({
      key: nextKey++,
      stage: step.stage,
      text: step.text,
      snippet: step.snippet ?? '',
    })),
  };
}

/** The list with the step at `index` moved by `by` places; unchanged at either end. */
export function moveStep<T>(steps: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (index < 0 || index >= steps.length || to < 0 || to >= steps.length) return [...steps];
  const next = [...steps];
  [next[index], next[to]] = [next[to] as T, next[index] as T];
  return next;
}

export function validatePlaybookForm(values: PlaybookFormValues): PlaybookFormErrors {
  const errors: PlaybookFormErrors = {};
  const title = titleError(values.title, t('optionsErrorPlaybookTitle'), t('optionsErrorTitleLong'));
  if (title) errors.title = title;
  if (values.summary.length > 2_000) errors.summary = t('optionsErrorSummaryLong');
  if (values.steps.length === 0) errors.steps = t('optionsErrorNoSteps');
  for (const step of values.steps) {
    if (!(STAGES as readonly string[]).includes(step.stage))
      errors[`step-${step.key}-stage`] = t('optionsErrorStage');
    if (!step.text.trim()) errors[`step-${step.key}-text`] = t('optionsErrorStepEmpty');
    else if (step.text.length > 2_000) errors[`step-${step.key}-text`] = t('optionsErrorStepLong');
    if (step.snippet.length > 5_000) errors[`step-${step.key}-snippet`] = t('optionsErrorSnippetLong');
  }
  return errors;
}

export function playbookFromForm(
  values: PlaybookFormValues,
  context: { existing?: Playbook; takenIds: Iterable<string> },
): PlaybookFormResult {
  const errors = validatePlaybookForm(values);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const { existing } = context;
  return {
    ok: true,
    item: {
      ...existing,
      id: existing?.id ?? uniqueItemId(values.title, context.takenIds, 'playbook'),
      title: values.title.trim(),
      summary: values.summary.trim(),
      triggers: parseKeywords(values.triggers),
      tags: parseKeywords(values.tags),
      steps: values.steps.map((step) => ({
        stage: step.stage as Stage,
        text: step.text.trim(),
        ...(step.snippet.trim() ? { snippet: step.snippet } : {}),
      })),
      updatedAt: existing?.updatedAt ?? 0,
      version: existing?.version ?? 0,
      source: existing?.source ?? 'local',
    },
  };
}

/** The agent's copy of a playbook someone else changed meanwhile: a new local playbook beside it. */
export function copyOfPlaybook(playbook: Playbook, takenIds: Iterable<string>): Playbook {
  const title = t('optionsMyCopy', playbook.title).slice(0, TITLE_MAX);
  return localCopy(playbook, title, uniqueItemId(title, takenIds, 'playbook'));
}

/** The playbook form's parts for `useItemForm`. */
export const PLAYBOOK_FORM: ItemFormKit<Playbook, PlaybookFormValues, PlaybookFormErrors> = {
  prefix: 'pb',
  empty: emptyPlaybookForm,
  fromItem: formFromPlaybook,
  validate: playbookFromForm,
  words: { newTakenKey: 'optionsPlaybookConflictNew', failedKey: 'optionsPlaybookSaveFailed' },
};
