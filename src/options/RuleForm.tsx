// Adding or editing one empowerment rule. Nothing is saved until every field is valid; a save based on
// a version another window replaced is refused with a message, never written over.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { type EmpowermentRule, RULE_ACTIONS, RULE_PERIODS } from '../shared/model';
import { actionLabel, periodLabel, scopeLabel } from '../shared/rule-text';
import { ConflictError, DeletedError } from '../storage/repositories';
import { FormActions, fieldBinder, SelectField, TextField } from './fields';
import { LimitFields } from './LimitFields';
import {
  emptyRuleForm,
  formFromRule,
  type RuleField,
  type RuleFormErrors,
  type RuleFormValues,
  ruleFromForm,
  scopeChoices,
} from './rule-form';
import { DeletedBanner } from './SaveBanners';

const actionOptions = () => RULE_ACTIONS.map((action) => ({ value: action, label: actionLabel(action) }));
const scopeOptions = (per: string) =>
  scopeChoices(per).map((scope) => ({ value: scope, label: scopeLabel(scope) }));
const periodOptions = () => [
  { value: '', label: t('optionsPeriodNone') },
  ...RULE_PERIODS.map((period) => ({ value: period, label: periodLabel(period) })),
];

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
  const field = fieldBinder('', values, errors, set);

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
  const title = rule ? t('optionsEditTitle', rule.label) : t('optionsRuleNew');
  return (
    <form ref={formRef} class="rule-form card" aria-labelledby="rule-form-title" noValidate onSubmit={submit}>
      <h2 id="rule-form-title" ref={headingRef} tabIndex={-1}>
        {title}
      </h2>
      {rule && rule.source !== 'local' && (
        <p class="muted small">
          {t(rule.source === 'starter' ? 'optionsRuleFromStarter' : 'optionsRuleFromTeamPack')}
        </p>
      )}
      {errorCount > 0 && (
        <p class="banner error" role="alert">
          {errorCount === 1 ? t('optionsFixFieldOne') : t('optionsFixFieldsMany', errorCount)}
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
              {t('optionsLoadLatest')}
            </button>
          )}
        </div>
      )}

      <div class="field-row">
        <SelectField {...field('action')} label={t('optionsRuleAction')} options={actionOptions()} />
        <TextField
          {...field('label')}
          label={t('optionsRuleLabel')}
          class="grow"
          placeholder={t('optionsRuleLabelExample')}
        />
      </div>

      <LimitFields values={values} errors={errors} set={set} knownCurrency={currencyOf(rule)} />

      <div class="field-row">
        <SelectField {...field('per')} label={t('optionsRulePer')} options={scopeOptions(values.per)} />
        <SelectField {...field('period')} label={t('optionsRulePeriod')} options={periodOptions()} />
        <TextField
          {...field('above')}
          label={t('optionsRuleAbove')}
          class="grow"
          placeholder={t('optionsRuleAboveExample')}
          hint={t('optionsRuleAboveHint')}
        />
      </div>

      <TextField
        {...field('guidance')}
        label={t('optionsRuleGuidance')}
        multiline
        rows={3}
        hint={t('optionsRuleGuidanceHint')}
      />
      <TextField
        {...field('escalation')}
        label={t('optionsRuleEscalation')}
        multiline
        rows={4}
        hint={t('optionsRuleEscalationHint')}
      />
      <TextField
        {...field('keywords')}
        label={t('optionsRuleKeywords')}
        hint={t('optionsRuleKeywordsHint')}
      />

      <FormActions
        saving={saving}
        submit={rule ? t('optionsSaveChanges') : t('optionsRuleAdd')}
        onCancel={onCancel}
      />
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
          message: t('optionsRuleConflictEdit'),
          reload: true,
        }
      : {
          message: t('optionsRuleConflictNew'),
          reload: false,
        };
  }
  const reason = error instanceof Error ? error.message : String(error);
  return { message: t('optionsRuleSaveFailed', reason), reload: false };
}
