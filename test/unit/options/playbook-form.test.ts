import { describe, expect, it } from 'vitest';
import {
  copyOfPlaybook,
  emptyPlaybookForm,
  emptyStep,
  formFromPlaybook,
  moveStep,
  playbookFromForm,
  validatePlaybookForm,
} from '../../../src/options/playbook-form';
import type { Playbook } from '../../../src/shared/model';

const stored: Playbook = {
  id: 'damaged-delivery',
  title: 'Damaged delivery',
  summary: 'The parcel arrived broken.',
  triggers: ['arrived broken'],
  tags: ['delivery'],
  steps: [
    { stage: 'capture', text: 'Ask for a photo.' },
    {
      stage: 'resolve',
      text: 'Send a replacement.',
      snippet: 'Hi {{customer.name}}, a new one is on its way.',
    },
  ],
  updatedAt: 1,
  version: 4,
  source: 'starter',
};

describe('playbook steps', () => {
  it('moves a step up or down and leaves the ends alone', () => {
    expect(moveStep(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveStep(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveStep(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveStep(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('gives every new step its own key', () => {
    expect(emptyStep().key).not.toBe(emptyStep().key);
  });
});

describe('playbook form', () => {
  it('needs a title, at least one step and text in every step, naming the step', () => {
    const values = { ...emptyPlaybookForm(), title: '' };
    const key = values.steps[0]?.key;
    const errors = validatePlaybookForm(values);
    expect(errors.title).toBeDefined();
    expect(errors[`step-${key}-text`]).toMatch(/remove it/);
    expect(validatePlaybookForm({ ...values, title: 'x', steps: [] }).steps).toMatch(/at least one step/);
  });

  it('round-trips a playbook, keeping id, source and version, and a snippet only where there is one', () => {
    const result = playbookFromForm(formFromPlaybook(stored), { existing: stored, takenIds: [stored.id] });
    expect(result).toEqual({ ok: true, item: stored });
  });

  it('saves steps in the order the agent put them', () => {
    const values = formFromPlaybook(stored);
    const result = playbookFromForm(
      { ...values, steps: moveStep(values.steps, 1, -1) },
      { existing: stored, takenIds: [] },
    );
    if (!result.ok) throw new Error('expected a valid form');
    expect(result.item.steps.map((step) => step.stage)).toEqual(['resolve', 'capture']);
  });

  it('a copy is a new local playbook', () => {
    const copy = copyOfPlaybook({ ...stored, editedLocally: true }, [stored.id]);
    expect(copy).toMatchObject({ id: 'damaged-delivery-my-copy', source: 'local', version: 0 });
    expect(copy).not.toHaveProperty('editedLocally');
  });
});
