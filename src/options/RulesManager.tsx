// Empowerment rules: the list, adding and editing through RuleForm, deleting with an inline
// confirmation and Undo. The panel reads rules when it opens, so a change applies from its next open.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { EmpowermentRule } from '../shared/model';
import type { OwnItDatabase } from '../storage/db';
import { ConflictError, rules } from '../storage/repositories';
import { Notice, type NoticeState } from './Notice';
import { RuleForm } from './RuleForm';
import { RuleRow } from './RuleRow';
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
    setNotice({ message: `Saved “${saved.label}”. The panel uses it from the next time it opens.` });
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
      setNotice({ message: 'That rule was deleted in another window.', error: true });
      close(HEADING);
    }
  };

  const restore = async (rule: EmpowermentRule) => {
    try {
      await rules.restore(db, rule);
      setNotice({ message: `Restored “${rule.label}”.` });
      setFocusTarget(`edit-${rule.id}`);
    } catch (error) {
      const reason =
        error instanceof ConflictError
          ? 'a rule with the same name was added in the meantime'
          : error instanceof Error
            ? error.message
            : String(error);
      setNotice({ message: `“${rule.label}” could not be restored: ${reason}.`, error: true });
    }
  };

  const remove = async (rule: EmpowermentRule) => {
    setConfirming(null);
    try {
      await rules.remove(db, rule.id);
      setNotice({ message: `Deleted “${rule.label}”.`, undo: () => void restore(rule) });
      setFocusTarget('undo-delete');
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setNotice({ message: `“${rule.label}” could not be deleted (${reason}).`, error: true });
      setFocusTarget(`delete-${rule.id}`);
    }
  };

  const undoExpired = useCallback((hadFocus: boolean) => {
    setNotice((current) => (current ? { message: current.message } : null));
    if (hadFocus) setFocusTarget(HEADING);
  }, []);

  return (
    <section class="rules" aria-labelledby={HEADING}>
      <div class="section-head">
        <h1 id={HEADING} tabIndex={-1}>
          Empowerment rules
        </h1>
        {!editing && state.status === 'ready' && (
          <button
            type="button"
            id={ADD}
            class="primary"
            onClick={() => {
              setConfirming(null);
              setEditing({ kind: 'new' });
            }}
          >
            Add a rule
          </button>
        )}
      </div>
      <p class="muted intro">
        What agents may approve themselves, up to how much, and who approves beyond that. Within a limit the
        panel says “yours to approve”; above it, the escalation steps, with the agent keeping ownership.
      </p>
      <Notice notice={notice} onUndoExpired={undoExpired} />
      {state.status === 'error' && (
        <p class="banner error" role="alert">
          {state.message}
        </p>
      )}
      {state.status === 'loading' && <p class="muted">Loading rules…</p>}
      {editing ? (
        <RuleForm
          key={editing.kind === 'edit' ? `${editing.rule.id}:${editing.attempt}` : 'new'}
          rule={editing.kind === 'edit' ? editing.rule : undefined}
          takenIds={list.map((rule) => rule.id)}
          onSave={save}
          onCancel={() => close(editing.kind === 'edit' ? `edit-${editing.rule.id}` : ADD)}
          onReload={() => editing.kind === 'edit' && void reload(editing.rule.id)}
        />
      ) : (
        state.status === 'ready' &&
        (list.length === 0 ? (
          <p class="muted">No rules yet. Add one so agents know what they may approve.</p>
        ) : (
          <ul class="rule-list" aria-label="Rules">
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
        ))
      )}
    </section>
  );
}
