// The knowledge base's change log: every write to articles, playbooks or snippets, whoever makes it (the panel, the
// worker's seeding and pack sync, imports, the options page), adds a row to `kbChanges` in the same
// transaction. The stored search index records the last change it reflects, so an index can be brought
// up to date by re-indexing just the items changed since, instead of being rebuilt.
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, Middleware } from 'dexie';

export const CHANGES_TABLE = 'kbChanges';

/** The logged tables and the kind of item each holds. */
const LOGGED = new Map<string, KbItemKind>([
  ['articles', 'article'],
  ['playbooks', 'playbook'],
  ['snippets', 'snippet'],
  // Keyed by article id: learning a phrasing changes what the article is found by.
  ['learned', 'article'],
]);

/** The kinds of item the search index holds. */
export type KbItemKind = 'article' | 'playbook' | 'snippet';

/** A write touching more items than this (an import, a pack) is logged as one "everything changed". */
export const BULK_CHANGE = 200;

export interface KbChange {
  /** Increasing with every change; the log's key. */
  seq?: number;
  /** `all`: too much changed to list (or something unknown did): the index must be rebuilt. */
  kind: KbItemKind | 'all';
  id?: string;
  at: number;
}

export function changesOf(
  kind: KbItemKind,
  request: DBCoreMutateRequest,
  response: DBCoreMutateResponse,
  now = Date.now(),
): KbChange[] {
  let keys: unknown[];
  if (request.type === 'deleteRange') keys = [];
  else if (request.type === 'delete') keys = request.keys;
  else keys = response.results ?? request.keys ?? request.values.map((value) => value?.id);
  if (request.type === 'deleteRange' || keys.length > BULK_CHANGE) return [{ kind: 'all', at: now }];
  const ids = new Set(keys.filter((key): key is string => typeof key === 'string'));
  return [...ids].map((id) => ({ kind, id, at: now }));
}

/**
 * Dexie middleware: widens every read-write transaction over a logged table to include the log, and
 * appends the changed ids after each write. A write that fails logs nothing (its transaction aborts).
 */
export const kbChangeLog: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'KbChangeLog',
  create(down) {
    return {
      transaction(stores, mode, options) {
        const logged = mode === 'readwrite' && stores.some((store) => LOGGED.has(store));
        const scope = logged && !stores.includes(CHANGES_TABLE) ? [...stores, CHANGES_TABLE] : stores;
        return down.transaction(scope, mode, options);
      },
      table(name) {
        const table = down.table(name);
        const kind = LOGGED.get(name);
        if (!kind) return table;
        return {
          ...table,
          async mutate(request) {
            const response = await table.mutate(request);
            const values = changesOf(kind, request, response);
            if (values.length > 0) {
              await down.table(CHANGES_TABLE).mutate({ type: 'add', trans: request.trans, values });
            }
            return response;
          },
        };
      },
    };
  },
};
