// The "I own this" form's fields below the note: when it is due (and whether to be reminded), its stage
// and its root cause, whose list the team can edit here.
import { useState } from 'preact/hooks';
import type { DueTime } from '../../nudges/commitments/due-time';
import { t } from '../../shared/i18n';
import { STAGES, type Stage } from '../../shared/model';
import { Options } from '../../shared/ui/Options';
import { RootCauseEditor } from './RootCauseEditor';
import { stageName } from './stage-name';

interface DueProps {
  typed: string;
  onType(text: string): void;
  due: DueTime | null;
  remind: boolean;
  onRemind(remind: boolean): void;
}

export function DueField({ typed, onType, due, remind, onRemind }: DueProps) {
  return (
    <>
      <label for="note-due">{t('panelDue')}</label>
      <input
        id="note-due"
        type="text"
        placeholder={t('panelDuePlaceholder')}
        value={typed}
        onInput={(event) => onType(event.currentTarget.value)}
      />
      {due ? (
        <label class="due-confirm">
          <input
            type="checkbox"
            checked={remind}
            onChange={(event) => onRemind(event.currentTarget.checked)}
          />
          <span>
            {t('panelRemindMe')} <strong data-due-at={due.dueAt}>{due.label}</strong>
            {due.assumedTime ? ` ${t('panelTimeAssumed')}` : ''}
          </span>
        </label>
      ) : (
        <p class="muted small">{t('panelNoDueTime')}</p>
      )}
    </>
  );
}

interface StageProps {
  stage: Stage;
  onStage(stage: Stage): void;
  rootCause: string;
  onRootCause(cause: string): void;
  /** The team's root-cause list. */
  causes: string[];
}

export function StageAndCause({ stage, onStage, rootCause, onRootCause, causes }: StageProps) {
  const [editing, setEditing] = useState(false);
  return (
    <>
      <div class="form-row">
        <div>
          <label for="note-stage">{t('panelStage')}</label>
          <select
            id="note-stage"
            value={stage}
            onChange={(event) => onStage(event.currentTarget.value as Stage)}
          >
            <Options values={STAGES} label={stageName} />
          </select>
        </div>
        <div>
          <label for="note-cause">{t('panelRootCause')}</label>
          <select
            id="note-cause"
            value={rootCause}
            onChange={(event) => onRootCause(event.currentTarget.value)}
          >
            <Options none={t('panelCauseUnknown')} values={causes} />
          </select>
          <button type="button" class="link small" onClick={() => setEditing(!editing)}>
            {t(editing ? 'panelCloseList' : 'panelEditList')}
          </button>
        </div>
      </div>
      {editing && <RootCauseEditor causes={causes} onSaved={() => setEditing(false)} />}
    </>
  );
}
