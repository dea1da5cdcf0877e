// Empowerment rules: the list, adding and editing through RuleForm, deleting with an inline
// confirmation and Undo. The panel reads rules when it opens, so a change applies from its next open.
import { t } from '../shared/i18n';
import type { EmpowermentRule } from '../shared/model';
import type { OwnItDatabase } from '../storage/db';
import { rules } from '../storage/repositories';
import { ItemSection } from './ItemSection';
import { RuleForm } from './RuleForm';
import { RULE_IDS, RuleRow } from './RuleRow';
import { RulesFile } from './RulesFile';
import { type ItemSectionSpec, useItemEditor } from './use-item-editor';
import { useRules } from './use-rules';

const SECTION: ItemSectionSpec = {
  name: 'rules',
  listClass: 'rule-list',
  ids: RULE_IDS,
  words: {
    heading: 'optionsRulesHeading',
    intro: 'optionsRulesIntro',
    add: 'optionsRuleAddButton',
    loading: 'optionsRulesLoading',
    list: 'optionsRulesList',
    saved: 'optionsRuleSaved',
    savedCopy: 'optionsRuleSaved',
    goneWhileEditing: 'optionsRuleGone',
    restored: 'optionsRestored',
    restoreIdTaken: 'optionsRuleRestoreTaken',
    restoreFailed: 'optionsRestoreFailed',
    deleted: 'optionsDeleted',
    deleteFailed: 'optionsDeleteFailed',
  },
};

export function RulesManager({ db }: { db: OwnItDatabase }) {
  const state = useRules(db);
  const list = state.status === 'ready' ? state.items : [];
  const editor = useItemEditor<EmpowermentRule>(db, list, SECTION, {
    repository: rules,
    titleOf: (rule) => rule.label,
  });
  return (
    <ItemSection
      state={state}
      editor={editor}
      tools={<RulesFile db={db} onDone={(message) => editor.setNotice({ message })} />}
      form={<RuleForm key={editor.formKey} {...editor.formProps} />}
      items={list}
      empty={t('optionsRulesEmpty')}
      row={(rule) => <RuleRow key={rule.id} rule={rule} {...editor.rowProps(rule)} />}
    />
  );
}
