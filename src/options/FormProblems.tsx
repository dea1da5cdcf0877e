// What the item forms (articles, playbooks, snippets, rules) show above their fields when a save cannot go through: how
// many fields to fix, a save another window overtook (ConflictBanner), an item another window deleted
// (DeletedBanner), or any other failure. The typed text always stays in the form.
import { t } from '../shared/i18n';
import { ConflictError, DeletedError } from '../storage/repositories';
import { ConflictBanner, DeletedBanner } from './SaveBanners';

export type SaveProblem =
  | { kind: 'conflict'; storedVersion: number }
  | { kind: 'deleted' }
  | { kind: 'error'; message: string };

/**
 * Why a save failed, for the form. `newTakenKey`: the message when a new item's id was taken meanwhile;
 * `failedKey`: the message for any other failure (the browser's reason is its substitution).
 */
export function describeSaveFailure(
  error: unknown,
  editing: boolean,
  words: { newTakenKey: string; failedKey: string },
): SaveProblem {
  if (error instanceof DeletedError) return { kind: 'deleted' };
  if (error instanceof ConflictError) {
    return editing
      ? { kind: 'conflict', storedVersion: error.storedVersion }
      : { kind: 'error', message: t(words.newTakenKey) };
  }
  return {
    kind: 'error',
    message: t(words.failedKey, error instanceof Error ? error.message : String(error)),
  };
}

interface Props {
  /** A rule's conflicting save is refused (load the latest and change it again), not offered to overwrite. */
  kind: 'article' | 'playbook' | 'snippet' | 'rule';
  /** The item's title (as stored, or as typed for a new one). */
  title: string;
  errorCount: number;
  /** How to say "fix N fields" when the form words it its own way (a message key with the count). */
  errorsKey?: string;
  problem: SaveProblem | null;
  busy: boolean;
  onOverwrite(storedVersion: number): void;
  onSaveCopy(): void;
  onSaveNew(): void;
  onReload(): void;
  onDiscard(): void;
}

export function FormProblems({ kind, title, errorCount, errorsKey, problem, busy, ...on }: Props) {
  return (
    <>
      {errorCount > 0 && (
        <p class="banner error" role="alert">
          {errorsKey
            ? t(errorsKey, errorCount)
            : errorCount === 1
              ? t('optionsFixFieldOne')
              : t('optionsFixFieldsMany', errorCount)}
        </p>
      )}
      {problem?.kind === 'error' && (
        <p class="banner error" role="alert">
          {problem.message}
        </p>
      )}
      {problem?.kind === 'conflict' && kind === 'rule' && (
        <div class="banner error" role="alert">
          <p>{t('optionsRuleConflictEdit')}</p>
          <button type="button" onClick={on.onReload}>
            {t('optionsLoadLatest')}
          </button>
        </div>
      )}
      {problem?.kind === 'conflict' && kind !== 'rule' && (
        <ConflictBanner
          kind={kind}
          title={title}
          busy={busy}
          onOverwrite={() => on.onOverwrite(problem.storedVersion)}
          onSaveCopy={on.onSaveCopy}
          onReload={on.onReload}
        />
      )}
      {problem?.kind === 'deleted' && (
        <DeletedBanner
          kind={kind}
          title={title}
          busy={busy}
          onSaveNew={on.onSaveNew}
          onDiscard={on.onDiscard}
        />
      )}
    </>
  );
}
