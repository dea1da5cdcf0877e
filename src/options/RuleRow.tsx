// One rule in the list, with Edit and a Delete that asks first, inline.
import { t } from '../shared/i18n';
import type { EmpowermentRule } from '../shared/model';
import { actionLabel, describeLimit } from '../shared/rule-text';
import { itemRowWords, RowActions, type RowHandlers } from './RowActions';

/** The rules section's element ids (the rules' tests and the panel's links know them). */
export const RULE_IDS = {
  heading: 'rules-heading',
  add: 'add-rule',
  undo: 'undo-delete',
  edit: (id: string) => `edit-${id}`,
  delete: (id: string) => `delete-${id}`,
};

export function RuleRow({ rule, ...handlers }: RowHandlers & { rule: EmpowermentRule }) {
  const titleId = `title-${rule.id}`;

  return (
    <li class="card rule">
      <div class="rule-head">
        <h2 id={titleId} class="rule-title">
          {rule.label}
        </h2>
        <span class="chip">{actionLabel(rule.action)}</span>
        <SourceChip rule={rule} />
      </div>
      <p class="rule-limit">
        {describeLimit(rule)}
        {rule.above && <span class="muted">{t('optionsRuleAboveThat', rule.above)}</span>}
      </p>
      {rule.guidance && <p class="muted small rule-guidance">{rule.guidance}</p>}
      <RowActions
        editId={RULE_IDS.edit(rule.id)}
        deleteId={RULE_IDS.delete(rule.id)}
        words={{ ...itemRowWords(rule.label), effect: t('optionsRuleDeleteEffect') }}
        {...handlers}
      />
    </li>
  );
}

function SourceChip({ rule }: { rule: EmpowermentRule }) {
  if (rule.source === 'local') return <span class="chip subtle">{t('optionsSourceYours')}</span>;
  const from = t(rule.source === 'starter' ? 'optionsSourceStarter' : 'optionsSourceTeamPack');
  return <span class="chip subtle">{rule.editedLocally ? t('optionsSourceEdited', from) : from}</span>;
}
