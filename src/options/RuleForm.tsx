// Adding or editing one empowerment rule. Nothing is saved until every field is valid; a save based on
// a version another window replaced is refused with a message, never written over.
import { useEffect, useRef, useState } from 'preact/hooks';
import { type EmpowermentRule, RULE_ACTIONS } from '../shared/model';
import { ConflictError, DeletedError } from '../storage/repositories';
import { DeletedBanner } from './DeletedBanner';
import { SelectField, TextField } from './fields';
import { LimitFields } from './LimitFields';
import {
  emptyRuleForm,
  formFromRule,
  RULE_PERIODS,
  type RuleField,
  type RuleFormErrors,
  type RuleFormValues,
  ruleFromForm,
} from './rule-form';
import { ACTION_LABELS, PERIOD_LABELS } from './rule-text';

const ACTION_OPTIONS = RULE_ACTIONS.map((action) => ({ value: action, label: ACTION_LABELS[action] }));
const PERIOD_OPTIONS = RULE_PERIODS.map((per) => ({ value: per, label: PERIOD_LABELS[per] }));

interface Props {
  /** The rule to edit; absent to add one. */
  rule?: EmpowermentRule;
  takenIds: string[];
  onSave(rule: EmpowermentRule, baseVersion: number): Promise<void>;
  onCancel(): void;
  /** Drops the edits and starts again from the stored rule (after a conflict). */
  onReload(): void;
}

export function RuleForm({ rule, takenIds, onSave, onCancel, onReload }: Props) {
  const [values, setValues] = useState<RuleFormValues>(() => (rule ? formFromRule(rule) : emptyRuleForm()));
  const [errors, setErrors] = useState<RuleFormErrors>({});
  const [problem, setProblem] = useState<{ message: string; reload: boolean } | null>(null);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => headingRef.current?.focus(), []);

  const set = (field: RuleField) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    // An edited field's error goes; so do the hidden limit fields' when the kind of limit changes.
    const cleared: RuleField[] = field === 'limitType' ? [field, 'amount', 'currency', 'count'] : [field];
    if (cleared.some((name) => errors[name])) {
      setErrors((current) => {
        const next = { ...current };
        for (const name of cleared) delete next[name];
        return next;
      });
    }
  };

  // The rule as typed when its save found it deleted in another window; kept until the agent chooses.
  const [orphan, setOrphan] = useState<EmpowermentRule | null>(null);

  const write = async (item: EmpowermentRule, baseVersion: number) => {
    setSaving(true);
    try {
      await onSave(item, baseVersion);
    } catch (error) {
      setSaving(false);
      if (error instanceof DeletedError) setOrphan(item);
      else setProblem(describeFailure(error, Boolean(rule)));
    }
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (saving) return;
    setProblem(null);
    setOrphan(null);
    const result = ruleFromForm(values, { existing: rule, takenIds });
    if (!result.ok) {
      setErrors(result.errors);
      requestAnimationFrame(() =>
        formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    setErrors({});
    await write(result.rule, rule?.version ?? 0);
  };

  const errorCount = Object.keys(errors).length;
  const title = rule ? `Edit “${rule.label}”` : 'New rule';
  return (
    <form ref={formRef} class="rule-form card" aria-labelledby="rule-form-title" noValidate onSubmit={submit}>
      <h2 id="rule-form-title" ref={headingRef} tabIndex={-1}>
        {title}
      </h2>
      {rule && rule.source !== 'local' && (
        <p class="muted small">
          This rule came with {rule.source === 'starter' ? 'the starter pack' : 'a team pack'}. Once you save
          it, it is yours: updates to the pack will leave it as you set it.
        </p>
      )}
      {errorCount > 0 && (
        <p class="banner error" role="alert">
          Nothing was saved. Fix {errorCount === 1 ? 'the field' : `the ${errorCount} fields`} marked below.
        </p>
      )}
      {orphan && (
        <DeletedBanner
          kind="rule"
          title={rule?.label ?? orphan.label}
          busy={saving}
          onSaveNew={() => void write(orphan, 0)}
          onDiscard={onCancel}
        />
      )}
      {problem && (
        <div class="banner error" role="alert">
          <p>{problem.message}</p>
          {problem.reload && (
            <button type="button" onClick={onReload}>
              Load the latest version
            </button>
          )}
        </div>
      )}

      <div class="field-row">
        <SelectField
          name="action"
          label="Action"
          value={values.action}
          error={errors.action}
          options={ACTION_OPTIONS}
          onChange={set('action')}
        />
        <TextField
          name="label"
          label="Label"
          class="grow"
          value={values.label}
          error={errors.label}
          placeholder="Refund on an order"
          onInput={set('label')}
        />
      </div>

      <LimitFields values={values} errors={errors} set={set} knownCurrency={currencyOf(rule)} />

      <div class="field-row">
        <SelectField
          name="per"
          label="Limit applies"
          value={values.per}
          error={errors.per}
          options={PERIOD_OPTIONS}
          onChange={set('per')}
        />
        <TextField
          name="above"
          label="Who approves above the limit"
          class="grow"
          value={values.above}
          error={errors.above}
          placeholder="team lead"
          hint="Leave empty when the agent may always decide."
          onInput={set('above')}
        />
      </div>

      <TextField
        name="guidance"
        label="Guidance"
        multiline
        rows={3}
        value={values.guidance}
        error={errors.guidance}
        hint="What the agent sees when a request is within the limit."
        onInput={set('guidance')}
      />
      <TextField
        name="escalation"
        label="Escalation steps"
        multiline
        rows={4}
        value={values.escalation}
        error={errors.escalation}
        hint="One step per line. Shown above the limit; the agent keeps ownership."
        onInput={set('escalation')}
      />
      <TextField
        name="keywords"
        label="Keywords"
        value={values.keywords}
        error={errors.keywords}
        hint="Separated by commas: words customers use for this request, like money back, reimburse."
        onInput={set('keywords')}
      />

      <div class="form-actions">
        <button type="submit" class="primary" disabled={saving}>
          {saving ? 'Saving…' : rule ? 'Save changes' : 'Add rule'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function currencyOf(rule: EmpowermentRule | undefined): string | undefined {
  return rule?.limit && 'currency' in rule.limit ? rule.limit.currency : undefined;
}

function describeFailure(error: unknown, editing: boolean): { message: string; reload: boolean } {
  if (error instanceof ConflictError) {
    return editing
      ? {
          message:
            'This rule was changed in another window after you opened it, so your changes were not saved. Copy anything you want to keep, then load the latest version and make your change again.',
          reload: true,
        }
      : {
          message:
            'Another window just added a rule with the same name. Nothing was saved; save again to add yours alongside it.',
          reload: false,
        };
  }
  const reason = error instanceof Error ? error.message : String(error);
  return { message: `The rule could not be saved (${reason}). Try again.`, reload: false };
}
