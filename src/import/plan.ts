// The preview of an import against what is stored: each incoming row is new, updated, unchanged,
// kept (the agent edited the stored copy) or rejected with its reasons; a help-center sync also plans
// the articles that left the help center as removed. Nothing is written here.

import { ARTICLE_TEXT_FIELDS } from '../shared/article-text';
import type { Article, EmpowermentRule, Pack, Playbook, Snippet, Source } from '../shared/model';
import { parsePack } from '../shared/pack-schema';
import { describeIssue, type ImportIssue, type ImportItem, type ItemKind } from './types';

export type RowStatus = 'new' | 'updated' | 'unchanged' | 'edited-locally' | 'rejected' | 'removed';

export interface StoredKb {
  articles: readonly Article[];
  playbooks: readonly Playbook[];
  rules: readonly EmpowermentRule[];
  /** Optional so a base without snippets (a pack written before them, the CLI's base) still plans. */
  snippets?: readonly Snippet[];
}

export interface PlanRow {
  kind: ItemKind;
  id: string;
  title: string;
  status: RowStatus;
  /** Where the row came from: "faq.csv line 4". */
  where: string;
  reasons: string[];
  /** The stored version the row was planned against (0 when new); apply refuses if it moved on. */
  baseVersion: number;
  /** What apply writes, for new and updated rows (and edited-locally ones when overwriting). */
  next?: Article | Playbook | EmpowermentRule | Snippet;
}

export interface ImportPlan {
  rows: PlanRow[];
  /** Per-file problems that are not rows: warnings, and errors that rejected a file or a row. */
  issues: ImportIssue[];
  counts: Record<RowStatus, number>;
}

export interface PlanOptions {
  /** Replace items the agent edited locally instead of keeping them. */
  overwriteLocalEdits?: boolean;
  now?: number;
  /** Called every few hundred rows while planning (rows planned, all rows), for a progress bar. */
  onProgress?: (done: number, total: number) => void;
  /**
   * A sync of one source (a help center): its stored articles named in `ids`, and with `complete` (the
   * incoming rows are the whole source) those not among the incoming rows, are planned as removed.
   */
  removals?: { source: Source; complete: boolean; ids?: readonly string[] };
}

/** The pack list each kind of item lives in. */
export const PACK_LISTS = {
  article: 'articles',
  playbook: 'playbooks',
  rule: 'rules',
  snippet: 'snippets',
} as const satisfies Record<ItemKind, keyof Pack>;

const PROGRESS_EVERY = 500;

const PACK_SHELL = {
  format: 'ownit-pack',
  formatVersion: 1,
  id: 'import',
  name: 'import',
  version: '1',
} as const;

/** The same checks a pack gets, for one item: "title: must not be empty". */
function validate(
  incoming: ImportItem,
): { ok: true; item: ImportItem['item'] } | { ok: false; reasons: string[] } {
  const key = PACK_LISTS[incoming.kind];
  const result = parsePack({ ...PACK_SHELL, [key]: [incoming.item] });
  if (!result.ok)
    return { ok: false, reasons: result.errors.map((error) => error.replace(/^\w+\[0\]\.?/, '')) };
  return { ok: true, item: result.pack[key]![0]! };
}

type Content = Record<string, unknown>;

/** The fields an import can set, in a comparable form (absent and empty optional text are the same). */
function content(item: Content, kind: ItemKind): string {
  const fields: Record<ItemKind, string[]> = {
    article: [...ARTICLE_TEXT_FIELDS, 'status', 'url', 'learnedPhrasings'],
    playbook: ['title', 'summary', 'triggers', 'tags', 'steps'],
    rule: ['action', 'label', 'limit', 'per', 'period', 'above', 'guidance', 'escalation', 'keywords'],
    snippet: ['title', 'body', 'tags', 'shortcut'],
  };
  // A published article may say so or not: both read the same.
  const value = (field: string) => (field === 'status' && item[field] === 'published' ? '' : item[field]);
  return JSON.stringify(fields[kind].map((field) => value(field) ?? ''));
}

function storedMap(kb: StoredKb): Map<string, Content & { version: number; editedLocally?: boolean }> {
  const map = new Map<string, Content & { version: number; editedLocally?: boolean }>();
  for (const a of kb.articles) map.set(`article:${a.id}`, a as unknown as Content & { version: number });
  for (const p of kb.playbooks) map.set(`playbook:${p.id}`, p as unknown as Content & { version: number });
  for (const r of kb.rules) map.set(`rule:${r.id}`, r as unknown as Content & { version: number });
  for (const s of kb.snippets ?? [])
    map.set(`snippet:${s.id}`, s as unknown as Content & { version: number });
  return map;
}

function titleOf(item: ImportItem): string {
  return item.kind === 'rule' ? item.item.label : item.item.title;
}

export function planImport(
  existing: StoredKb,
  incoming: readonly ImportItem[],
  issues: readonly ImportIssue[] = [],
  options: PlanOptions = {},
): ImportPlan {
  const now = options.now ?? Date.now();
  const stored = storedMap(existing);
  const seen = new Map<string, string>();
  const rows: PlanRow[] = [];
  for (const [index, entry] of incoming.entries()) {
    if (index % PROGRESS_EVERY === 0) options.onProgress?.(index, incoming.length);
    const key = `${entry.kind}:${entry.item.id}`;
    const row: PlanRow = {
      kind: entry.kind,
      id: String(entry.item.id),
      title: String(titleOf(entry) ?? ''),
      status: 'rejected',
      where: entry.where,
      reasons: [],
      baseVersion: 0,
    };
    rows.push(row);
    const checked = entry.validated ? { ok: true as const, item: entry.item } : validate(entry);
    if (!checked.ok) {
      row.reasons = checked.reasons;
      continue;
    }
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      row.reasons = [`id "${row.id}" is also used by ${earlier}; ids must be unique`];
      continue;
    }
    seen.set(key, entry.where);
    const before = stored.get(key);
    row.baseVersion = before?.version ?? 0;
    const next = {
      ...checked.item,
      source: entry.source,
      version: row.baseVersion + 1,
      updatedAt: now,
    } as Content;
    // A snippet's shortcut is the agent's: a file that names none (a helpdesk's macros) keeps it.
    if (entry.kind === 'snippet' && next.shortcut === undefined && typeof before?.shortcut === 'string')
      next.shortcut = before.shortcut;
    if (before === undefined) {
      row.status = 'new';
      if (entry.kind === 'article') next.usage = 0;
    } else if (content(before, entry.kind) === content(next, entry.kind)) {
      // Same content: left as it is, whoever installed it (a starter item stays a starter item).
      row.status = 'unchanged';
      continue;
    } else if (before.editedLocally && !options.overwriteLocalEdits) {
      row.status = 'edited-locally';
      row.reasons = ['the stored copy was edited in Own It; it is kept unless you choose to overwrite edits'];
      continue;
    } else {
      row.status = 'updated';
      if (entry.kind === 'article' && typeof before.usage === 'number') next.usage = before.usage;
    }
    row.next = next as unknown as PlanRow['next'];
  }
  options.onProgress?.(incoming.length, incoming.length);
  if (options.removals) rows.push(...plannedRemovals(existing, seen, options));
  const counts: Record<RowStatus, number> = {
    new: 0,
    updated: 0,
    unchanged: 0,
    'edited-locally': 0,
    rejected: 0,
    removed: 0,
  };
  for (const row of rows) counts[row.status]++;
  counts.rejected += issues.filter((i) => i.severity === 'error').length;
  return { rows, issues: [...issues], counts };
}

/** Articles of the synced source that left it: removed, or kept when the agent edited them. */
function plannedRemovals(existing: StoredKb, seen: Map<string, string>, options: PlanOptions): PlanRow[] {
  const { source, complete, ids = [] } = options.removals!;
  const named = new Set(ids);
  const rows: PlanRow[] = [];
  for (const article of existing.articles) {
    if (article.source !== source || seen.has(`article:${article.id}`)) continue;
    if (!named.has(article.id) && !complete) continue;
    const kept = article.editedLocally && !options.overwriteLocalEdits;
    rows.push({
      kind: 'article',
      id: article.id,
      title: article.title,
      status: kept ? 'edited-locally' : 'removed',
      where: source,
      reasons: kept ? ['it left the help center; the copy edited in Own It is kept'] : [],
      baseVersion: article.version,
    });
  }
  return rows;
}

/** Everything the plan refused, one line each: rejected rows and file errors. */
export function rejections(plan: ImportPlan): string[] {
  return [
    ...plan.issues.filter((i) => i.severity === 'error').map(describeIssue),
    ...plan.rows
      .filter((row) => row.status === 'rejected')
      .map((row) => `${row.where}: ${row.reasons.join('; ')}`),
  ];
}

/** The pack the plan's rows would give, for exports of a conversion (`ownit import --out`). */
export function packOfItems(items: readonly ImportItem[], meta: Pick<Pack, 'id' | 'name' | 'version'>): Pack {
  const pack: Pack = {
    format: 'ownit-pack',
    formatVersion: 1,
    ...meta,
    articles: [],
    playbooks: [],
    rules: [],
  };
  for (const entry of items) {
    if (entry.kind === 'article') pack.articles.push(entry.item);
    else if (entry.kind === 'playbook') pack.playbooks.push(entry.item);
    else if (entry.kind === 'rule') pack.rules.push(entry.item);
    else {
      pack.snippets ??= [];
      pack.snippets.push(entry.item);
    }
  }
  return pack;
}
