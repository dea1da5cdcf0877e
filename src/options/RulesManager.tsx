// Empowerment rules: the list, adding and editing through RuleForm, deleting with an inline
// confirmation and Undo. The panel reads rules when it opens, so a change applies from its next open.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { EmpowermentRule } from '../shared/model';
import type { OwnItDatabase } from '../storage/db';
import { ConflictError, rules } from '../storage/repositories';
import { ItemSection } from './ItemSection';
import type { NoticeState } from './Notice';
import { RuleForm } from './RuleForm';
import { RuleRow } from './RuleRow';
import { RulesFile } from './RulesFile';
import { useRules } from './use-rules';

type Editing = { kind: 'new' } | { kind: 'edit'; rule: EmpowermentRule; attempt: number };

const HEADING = 'rules-heading';
const ADD = 'add-rule';

export function RulesManager({ db }: { db: OwnItDatabase }) {
  const state = useRules(db);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const [focusTarget, setFocusTarget] = useState<string | null>(null);

  // Focus moves to an element once it is on the page (a saved rule appears when the list updates).
  useEffect(() => {
    if (!focusTarget) return;
    const element = document.getElementById(focusTarget);
    if (element) {
      element.focus();
      setFocusTarget(null);
    }
  });

  const list = state.status === 'ready' ? state.rules : [];

  const close = (focus: string) => {
    setEditing(null);
    setFocusTarget(focus);
  };

  const save = async (rule: EmpowermentRule, baseVersion: number) => {
    const saved = await rules.save(db, rule, baseVersion);
    setNotice({ message: t('optionsRuleSaved', saved.label) });
    close(`edit-${saved.id}`);
  };

  const reload = async (id: string) => {
    const latest = await rules.get(db, id).catch(() => undefined);
    if (latest) {
      setEditing((current) => ({
        kind: 'edit',
        rule: latest,
        attempt: current?.kind === 'edit' ? current.attempt + 1 : 0,
      }));
    } else {
      setNotice({ message: t('optionsRuleGone'), error: true });
      close(HEADING);
    }
  };

  const restore = async (rule: EmpowermentRule) => {
    try {
      await rules.restore(db, rule);
      setNotice({ message: t('optionsRestored', rule.label) });
      setFocusTarget(`edit-${rule.id}`);
    } catch (error) {
      const reason =
        error instanceof ConflictError
          ? t('optionsRuleRestoreTaken')
          : error instanceof Error
            ? error.message
            : String(error);
      setNotice({ message: t('optionsRestoreFailed', rule.label, reason), error: true });
    }
  };

  const remove = async (rule: EmpowermentRule) => {
    setConfirming(null);
    try {
      await rules.remove(db, rule.id);
      setNotice({ message: t('optionsDeleted', rule.label), undo: () => void restore(rule) });
      setFocusTarget('undo-delete');
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setNotice({ message: t('optionsDeleteFailed', rule.label, reason), error: true });
      setFocusTarget(`delete-${rule.id}`);
    }
  };

  const undoExpired = useCallback((hadFocus: boolean) => {
    setNotice((current) => (current ? { message: current.message } : null));
    if (hadFocus) setFocusTarget(HEADING);
  }, []);

  return (
    <ItemSection
      name="rules"
      headingId={HEADING}
      heading={t('optionsRulesHeading')}
      intro={t('optionsRulesIntro')}
      add={{
        id: ADD,
        label: t('optionsRuleAddButton'),
        onClick: () => {
          setConfirming(null);
          setEditing({ kind: 'new' });
        },
      }}
      state={state}
      loading={t('optionsRulesLoading')}
      notice={notice}
      onUndoExpired={undoExpired}
      tools={<RulesFile db={db} onDone={(message) => setNotice({ message })} />}
      editor={
        editing && (
          <RuleForm
            key={editing.kind === 'edit' ? `${editing.rule.id}:${editing.attempt}` : 'new'}
            rule={editing.kind === 'edit' ? editing.rule : undefined}
            takenIds={list.map((rule) => rule.id)}
            onSave={save}
            onCancel={() => close(editing.kind === 'edit' ? `edit-${editing.rule.id}` : ADD)}
            onReload={() => editing.kind === 'edit' && void reload(editing.rule.id)}
          />
        )
      }
    >
      {list.length === 0 ? (
        <p class="muted">{t('optionsRulesEmpty')}</p>
      ) : (
        <ul class="rule-list" aria-label={t('optionsRulesList')}>
          {list.map((rule) => (
            <RuleRow
              key={rule.id}
              rule={rule}
              confirming={confirming === rule.id}
              onEdit={() => {
                setConfirming(null);
                setEditing({ kind: 'edit', rule, attempt: 0 });
              }}
              onAskDelete={() => setConfirming(rule.id)}
              onConfirmDelete={() => void remove(rule)}
              onCancelDelete={() => {
                setConfirming(null);
                setFocusTarget(`delete-${rule.id}`);
              }}
            />
          ))}
        </ul>
      )}
    </ItemSection>
  );
}
