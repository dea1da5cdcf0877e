// A table's rows kept current while the page is open: a save in another window shows up here too.
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { OwnItDatabase } from '../storage/db';

export type LiveState<T> =
  | { status: 'loading' }
  | { status: 'ready'; items: T[] }
  | { status: 'error'; message: string };

/** The message when a table cannot be read, by what the table holds; whole sentences so word order can change. */
const READ_FAILED: Record<string, string> = {
  articles: 'optionsReadArticlesFailed',
  playbooks: 'optionsReadPlaybooksFailed',
  rules: 'optionsReadRulesFailed',
};

function readFailed(what: string, error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  const key = READ_FAILED[what];
  return key ? t(key, reason) : t('optionsReadFailed', what, reason);
}

/** `read` must not change between renders (pass a module-level function). `what`: "articles", "playbooks". */
export function useLive<T>(db: OwnItDatabase, read: (db: OwnItDatabase) => Promise<T[]>, what: string) {
  const [state, setState] = useState<LiveState<T>>({ status: 'loading' });
  useEffect(() => {
    const subscription = liveQuery(() => read(db)).subscribe({
      next: (items) => setState({ status: 'ready', items }),
      error: (error: unknown) => setState({ status: 'error', message: readFailed(what, error) }),
    });
    return () => subscription.unsubscribe();
  }, [db, read, what]);
  return state;
}
