// The stored rules, kept current while the page is open: a save in another window shows up here too.

import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { EmpowermentRule } from '../shared/model';
import { askWorker } from '../shared/send';
import type { OwnItDatabase } from '../storage/db';
import { rules, settings } from '../storage/repositories';

export type RulesState =
  | { status: 'loading' }
  | { status: 'ready'; rules: EmpowermentRule[] }
  | { status: 'error'; message: string };

const byLabel = (a: EmpowermentRule, b: EmpowermentRule) =>
  a.label.localeCompare(b.label, undefined, { sensitivity: 'base' });

export function useRules(db: OwnItDatabase): RulesState {
  const [state, setState] = useState<RulesState>({ status: 'loading' });
  useEffect(() => {
    void ensureSeeded(db);
    const subscription = liveQuery(() => rules.all(db)).subscribe({
      next: (rows) => setState({ status: 'ready', rules: [...rows].sort(byLabel) }),
      error: (error: unknown) =>
        setState({
          status: 'error',
          message: t('optionsReadRulesFailed', error instanceof Error ? error.message : String(error)),
        }),
    });
    return () => subscription.unsubscribe();
  }, [db]);
  return state;
}

/** The worker seeds the starter pack on install; if this page opens first it asks, as the panel does. */
export async function ensureSeeded(db: OwnItDatabase): Promise<void> {
  try {
    if (await settings.get(db, 'starterPack', null)) return;
    await askWorker({ type: 'panel/ensure-seeded' });
  } catch {
    // The list shows what is stored; the panel asks again when it opens.
  }
}
