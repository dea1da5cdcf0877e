// "Sync now" for team packs and help centers: asks the worker to sync one row, remembers which rows are
// syncing (their status line says so), and says why when a sync failed.
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { askWorker } from '../shared/send';
import type { NoticeState } from './Notice';

export function useSyncing(
  type: 'packs/sync' | 'helpcenters/sync',
  setNotice: (notice: NoticeState | null) => void,
) {
  const [syncing, setSyncing] = useState<ReadonlySet<string>>(new Set());

  const sync = async (id: string) => {
    setSyncing((current) => new Set(current).add(id));
    try {
      const reply = await askWorker({ type, id });
      setNotice(
        reply?.ok
          ? null
          : { message: t('optionsSyncFailed', reply?.reason ?? t('optionsSyncNoAnswer')), error: true },
      );
    } catch (failure) {
      setNotice({ message: t('optionsSyncFailed', String(failure)), error: true });
    } finally {
      setSyncing((current) => new Set([...current].filter((other) => other !== id)));
    }
  };

  return { syncing, sync };
}
