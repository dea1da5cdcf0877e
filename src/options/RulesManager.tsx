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
import { useItemEditor } from './use-item-editor';
import { useRules } from './use-rules';

export function RulesManager({ db }: { db: OwnItDatabase }) {
  const state = useRules(db);
  const list = state.status === 'ready' ? state.items : [];
  const editor = useItemEditor<EmpowermentRule>(db, list, {
    repository: rules,
    words: {
      saved: 'optionsRuleSaved',
      savedCopy: 'optionsRuleSaved',
      goneWhileEditing: 'optionsRuleGone',
      restored: 'optionsRestored',
      restoreIdTaken: 'optionsRuleRestoreTaken',
      restoreFailed: 'optionsRestoreFailed',
      deleted: 'optionsDeleted',
      deleteFailed: 'optionsDeleteFailed',
    },
    ids: RULE_IDS,
    titleOf: (rule) => rule.label,
  });

  return (
    <ItemSection
      name="rules"
      heading={t('optionsRulesHeading')}
      intro={t('optionsRulesIntro')}
      addLabel={t('optionsRuleAddButton')}
      state={state}
      loading={t('optionsRulesLoading')}
      editor={editor}
      tools={<RulesFile db={db} onDone={(message) => editor.setNotice({ message })} />}
      form={<RuleForm key={editor.formKey} {...editor.formProps} />}
    >
      {list.length === 0 ? (
        <p class="muted">{t('optionsRulesEmpty')}</p>
      ) : (
        <ul class="rule-list" aria-label={t('optionsRulesList')}>
          {list.map((rule) => (
            <RuleRow key={rule.id} rule={rule} {...editor.rowProps(rule)} />
          ))}
        </ul>
      )}
    </ItemSection>
  );
}
