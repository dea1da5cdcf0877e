// One rule in the list, with Edit and a Delete that asks first, inline.
import { useEffect, useRef } from 'preact/hooks';
import type { EmpowermentRule } from '../shared/model';
import { ACTION_LABELS, describeLimit } from './rule-text';

interface Props {
  rule: EmpowermentRule;
  confirming: boolean;
  onEdit(): void;
  onAskDelete(): void;
  onConfirmDelete(): void;
  onCancelDelete(): void;
}

export function RuleRow({ rule, confirming, onEdit, onAskDelete, onConfirmDelete, onCancelDelete }: Props) {
  const keepRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) keepRef.current?.focus();
  }, [confirming]);
  const titleId = `title-${rule.id}`;

  return (
    <li class="card rule">
      <div class="rule-head">
        <h2 id={titleId} class="rule-title">
          {rule.label}
        </h2>
        <span class="chip">{ACTION_LABELS[rule.action] ?? rule.action}</span>
        <SourceChip rule={rule} />
      </div>
      <p class="rule-limit">
        {describeLimit(rule)}
        {rule.above && <span class="muted">; above that: {rule.above}</span>}
      </p>
      {rule.guidance && <p class="muted small rule-guidance">{rule.guidance}</p>}
      {confirming ? (
        <fieldset
          class="confirm"
          onKeyDown={(event) => {
            if (event.key === 'Escape') onCancelDelete();
          }}
        >
          <legend>Delete “{rule.label}”?</legend>
          <p>Agents will no longer see its nudge. You can undo for a few seconds.</p>
          <button type="button" class="danger" onClick={onConfirmDelete}>
            Yes, delete
          </button>
          <button type="button" ref={keepRef} onClick={onCancelDelete}>
            Keep it
          </button>
        </fieldset>
      ) : (
        <div class="rule-actions">
          <button type="button" id={`edit-${rule.id}`} aria-label={`Edit ${rule.label}`} onClick={onEdit}>
            Edit
          </button>
          <button
            type="button"
            id={`delete-${rule.id}`}
            aria-label={`Delete ${rule.label}`}
            onClick={onAskDelete}
          >
            Delete
          </button>
        </div>
      )}
    </li>
  );
}

function SourceChip({ rule }: { rule: EmpowermentRule }) {
  if (rule.source === 'local') return <span class="chip subtle">Yours</span>;
  const from = rule.source === 'starter' ? 'Starter pack' : 'Team pack';
  return <span class="chip subtle">{rule.editedLocally ? `${from}, edited` : from}</span>;
}
