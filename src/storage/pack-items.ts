// What every team-pack operation shares: the kinds of item a pack holds and their tables, the source a
// subscription's items carry, and how a pack item becomes a stored one (or the agent's own).
import type { Article, EmpowermentRule, Pack, Playbook, Snippet, Source } from '../shared/model';
import type { OwnItDatabase } from './db';

export type Item = Article | Playbook | EmpowermentRule | Snippet;
export type Kind = 'article' | 'playbook' | 'rule' | 'snippet';

export const TABLES = [
  { kind: 'article', table: 'articles' },
  { kind: 'playbook', table: 'playbooks' },
  { kind: 'rule', table: 'rules' },
  { kind: 'snippet', table: 'snippets' },
] as const satisfies readonly { kind: Kind; table: keyof Pack & keyof OwnItDatabase }[];

/** The pack's items of one kind; a pack written before snippets has no snippet list. */
export const itemsOf = (pack: Pack | undefined, table: (typeof TABLES)[number]['table']): { id: string }[] =>
  pack?.[table] ?? [];

/** Every table a pack writes, and the subscriptions. */
export const packTables = (db: OwnItDatabase) => [db.articles, db.playbooks, db.rules, db.snippets, db.packs];

export const packSource = (subscriptionId: string): Source => `pack:${subscriptionId}`;

export function fromPack(item: object, source: Source, now: number, stored: Item | undefined): Item {
  const next = { ...item, source, version: (stored?.version ?? 0) + 1, updatedAt: now } as Item;
  if (stored && 'usage' in stored && stored.usage !== undefined) (next as Article).usage = stored.usage;
  return next;
}

export function asYours(item: Item, now: number): Item {
  const { editedLocally: _edited, ...rest } = item;
  return { ...rest, source: 'local', version: item.version + 1, updatedAt: now } as Item;
}
