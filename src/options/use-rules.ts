// The stored rules, kept current while the page is open: a save in another window shows up here too.
import { useEffect } from 'preact/hooks';
import type { EmpowermentRule } from '../shared/model';
import { askWorker } from '../shared/send';
import type { OwnItDatabase } from '../storage/db';
import { rules, settings } from '../storage/repositories';
import { useLive } from './use-live';

const byLabel = (a: EmpowermentRule, b: EmpowermentRule) =>
  a.label.localeCompare(b.label, undefined, { sensitivity: 'base' });
const readSorted = async (db: OwnItDatabase) => (await rules.all(db)).sort(byLabel);

export function useRules(db: OwnItDatabase) {
  useEffect(() => void ensureSeeded(db), [db]);
  return useLive(db, readSorted, 'rules');
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
