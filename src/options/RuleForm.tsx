// Adding or editing one empowerment rule. Nothing is saved until every field is valid; a save based on
// a version another window replaced is refused with a message (load the latest), never written over.
import { t } from '../shared/i18n';
import { type EmpowermentRule, RULE_ACTIONS, RULE_PERIODS } from '../shared/model';
import { actionLabel, periodLabel, scopeLabel } from '../shared/rule-text';
import { FormActions, SelectField, TextField } from './fields';
import { type ItemFormProps, ItemFormShell } from './ItemFormShell';
import { LimitFields } from './LimitFields';
import { RULE_FORM, scopeChoices } from './rule-form';
import { useItemForm } from './use-item-form';

const actionOptions = () => RULE_ACTIONS.map((action) => ({ value: action, label: actionLabel(action) }));
const scopeOptions = (per: string) =>
  scopeChoices(per).map((scope) => ({ value: scope, label: scopeLabel(scope) }));
const periodOptions = () => [
  { value: '', label: t('optionsPeriodNone') },
  ...RULE_PERIODS.map((period) => ({ value: period, label: periodLabel(period) })),
];

export function RuleForm(on: ItemFormProps<EmpowermentRule>) {
  const { item: rule, onCancel } = on;
  const form = useItemForm(on, RULE_FORM);
  const { values, field, errors, saving } = form;

  return (
    <ItemFormShell
      kind="rule"
      heading={rule ? t('optionsEditTitle', rule.label) : t('optionsRuleNew')}
      named={rule?.label ?? values.label}
      form={form}
      notes={
        rule &&
        rule.source !== 'local' && (
          <p class="muted small">
            {t(rule.source === 'starter' ? 'optionsRuleFromStarter' : 'optionsRuleFromTeamPack')}
          </p>
        )
      }
    >
      <div class="field-row">
        <SelectField {...field('action')} label={t('optionsRuleAction')} options={actionOptions()} />
        <TextField
          {...field('label')}
          label={t('optionsRuleLabel')}
          class="grow"
          placeholder={t('optionsRuleLabelExample')}
        />
      </div>

      <LimitFields values={values} errors={errors} field={field} knownCurrency={currencyOf(rule)} />

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

      {TEXTS.map((text) => (
        <TextField
          key={text.name}
          {...field(text.name)}
          label={t(text.label)}
          multiline={text.rows > 1}
          rows={text.rows}
          hint={t(text.hint)}
        />
      ))}

      <FormActions
        saving={saving}
        submit={rule ? t('optionsSaveChanges') : t('optionsRuleAdd')}
        onCancel={onCancel}
      />
    </ItemFormShell>
  );
}

/** The rule's free-text fields, one under the other: what to say, how to escalate, its own words. */
const TEXTS = [
  { name: 'guidance', rows: 3, label: 'optionsRuleGuidance', hint: 'optionsRuleGuidanceHint' },
  { name: 'escalation', rows: 4, label: 'optionsRuleEscalation', hint: 'optionsRuleEscalationHint' },
  { name: 'keywords', rows: 1, label: 'optionsRuleKeywords', hint: 'optionsRuleKeywordsHint' },
] as const;

function currencyOf(rule: EmpowermentRule | undefined): string | undefined {
  return rule?.limit && 'currency' in rule.limit ? rule.limit.currency : undefined;
}
