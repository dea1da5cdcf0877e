// The one knowledge database. Every schema change is a new version below the previous one, with an
// upgrade function and a test that opens a database written by the previous version
// (test/unit/storage/migrations.test.ts). Version N is IndexedDB version N x 10 (src/storage/idb/).
import type {
  Article,
  EmpowermentRule,
  Note,
  PackSubscription,
  Playbook,
  Snippet,
  UsageEvent,
} from '../shared/model';
import type { LearnedRow } from '../shared/phrasing-text';
import { type KbChange, logChanges, withChangeLog } from './change-log';
import { Database } from './idb/database';
import type { Scope } from './idb/requests';
import type { Table } from './idb/table';

export const DB_NAME = 'ownit';

export interface SettingRow {
  key: string;
  value: unknown;
}

/** Schema of each version, kept as data so migration tests can recreate any earlier version. */
export const SCHEMA_V1 = {
  articles: 'id, title, *tags, category, source, updatedAt, reviewBy',
  playbooks: 'id, title, *tags, source, updatedAt',
  rules: 'id, action, source',
  notes: 'id, ticketKey, createdAt, stage, rootCause, commitment.dueAt, commitment.status',
  events: '++id, kind, at',
  packs: 'id, url',
  settings: 'key',
} as const;

/**
 * Version 2: the search index stored between panel opens (`searchIndex`, one row, indexed by the change
 * it is current to) and the log of knowledge-base changes that keeps it current (`kbChanges`).
 */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  searchIndex: 'id, dataVersion',
  kbChanges: '++seq',
} as const;

/** Version 3: snippets as items of their own (`snippets`), logged and searched like articles. */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  snippets: 'id, title, *tags, source, updatedAt',
} as const;

/**
 * Version 4: the agent's learned phrasings (`learned`, one row per article: the masked customer messages
 * it was used on), logged as changes of the article so the index and the meaning vectors follow.
 */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  learned: 'articleId',
} as const;

/**
 * A row of `searchIndex`: `main` holds the packed index without its excerpt texts, `texts` those texts
 * (read after the index is in use; written with `main`, in the same transaction).
 */
export interface SearchIndexRow {
  id: string;
  /** The last `kbChanges` seq the snapshot reflects. */
  dataVersion: number;
  /** Articles, playbooks and snippets in the snapshot. */
  items: number;
  savedAt: number;
  /**
   * The packed index or its texts as one block of bytes (src/search/snapshot-bytes.ts); a row stored by
   * an older version holds another shape, which the panel refuses and rebuilds.
   */
  snapshot: Blob;
}

/** Marks the stored search index as out of date: the next panel open rebuilds it. */
function rebuildIndex(tx: IDBTransaction): void {
  tx.objectStore('kbChanges').add({ kind: 'all', at: Date.now() } satisfies KbChange);
}

export const VERSIONS = [
  { version: 1, stores: SCHEMA_V1 },
  // Articles written before the log existed are in no index yet: the first panel open builds one.
  { version: 2, stores: SCHEMA_V2, upgrade: rebuildIndex },
  // A stored index from version 2 knows no snippets: rebuild it once (the new table starts empty).
  { version: 3, stores: SCHEMA_V3, upgrade: rebuildIndex },
  { version: 4, stores: SCHEMA_V4 },
];

/** The knowledge database; every write to articles, playbooks, snippets or learned is logged (change-log.ts). */
export class OwnItDatabase extends Database {
  declare articles: Table<Article, string>;
  declare playbooks: Table<Playbook, string>;
  declare rules: Table<EmpowermentRule, string>;
  declare notes: Table<Note, string>;
  declare events: Table<UsageEvent, number>;
  declare packs: Table<PackSubscription, string>;
  declare settings: Table<SettingRow, string>;
  declare searchIndex: Table<SearchIndexRow, string>;
  declare kbChanges: Table<KbChange, number>;
  declare snippets: Table<Snippet, string>;
  declare learned: Table<LearnedRow, string>;

  constructor(name = DB_NAME) {
    super(name, VERSIONS);
  }

  protected override widen(stores: readonly string[]): readonly string[] {
    return withChangeLog(stores);
  }

  override written(scope: Scope, store: string, keys: readonly IDBValidKey[] | 'all'): Promise<void> {
    return logChanges(scope, store, keys);
  }
}

let shared: OwnItDatabase | undefined;

/** The single database instance of this context. */
export function database(): OwnItDatabase {
  shared ??= new OwnItDatabase();
  return shared;
}
