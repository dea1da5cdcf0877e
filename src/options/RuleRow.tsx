// One rule in the list, with Edit and a Delete that asks first, inline.
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { EmpowermentRule } from '../shared/model';
import { actionLabel, describeLimit } from './rule-text';

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
        <span class="chip">{actionLabel(rule.action)}</span>
        <SourceChip rule={rule} />
      </div>
      <p class="rule-limit">
        {describeLimit(rule)}
        {rule.above && <span class="muted">{t('optionsRuleAboveThat', rule.above)}</span>}
      </p>
      {rule.guidance && <p class="muted small rule-guidance">{rule.guidance}</p>}
      {confirming ? (
        <fieldset
          class="confirm"
          onKeyDown={(event) => {
            if (event.key === 'Escape') onCancelDelete();
          }}
        >
          <legend>{t('optionsDeleteQuestion', rule.label)}</legend>
          <p>{t('optionsRuleDeleteEffect')}</p>
          <button type="button" class="danger" onClick={onConfirmDelete}>
            {t('optionsYesDelete')}
          </button>
          <button type="button" ref={keepRef} onClick={onCancelDelete}>
            {t('optionsKeepIt')}
          </button>
        </fieldset>
      ) : (
        <div class="rule-actions">
          <button
            type="button"
            id={`edit-${rule.id}`}
            aria-label={t('optionsEditNamed', rule.label)}
            onClick={onEdit}
          >
            {t('optionsEdit')}
          </button>
          <button
            type="button"
            id={`delete-${rule.id}`}
            aria-label={t('optionsDeleteNamed', rule.label)}
            onClick={onAskDelete}
          >
            {t('optionsDelete')}
          </button>
        </div>
      )}
    </li>
  );
}

function SourceChip({ rule }: { rule: EmpowermentRule }) {
  if (rule.source === 'local') return <span class="chip subtle">{t('optionsSourceYours')}</span>;
  const from = t(rule.source === 'starter' ? 'optionsSourceStarter' : 'optionsSourceTeamPack');
  return <span class="chip subtle">{rule.editedLocally ? t('optionsSourceEdited', from) : from}</span>;
}
