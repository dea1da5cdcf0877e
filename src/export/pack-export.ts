// The knowledge base as an Own It pack: everything, or only the chosen ids. Stored-only fields
// (source, version, updatedAt, usage, editedLocally) are left out; they mean nothing to another install.
import type { StoredKb } from '../import/plan';
import type { Article, EmpowermentRule, Pack, Playbook, Snippet } from '../shared/model';

export interface PackMeta {
  id: string;
  name: string;
  version: string;
  description?: string;
}

export function articleForPack(a: Article): Pack['articles'][number] {
  const out: Pack['articles'][number] = {
    id: a.id,
    title: a.title,
    body: a.body,
    tags: [...a.tags],
    keywords: [...a.keywords],
  };
  if (a.category) out.category = a.category;
  if (a.owner) out.owner = a.owner;
  if (a.reviewBy) out.reviewBy = a.reviewBy;
  if (a.status === 'draft') out.status = 'draft';
  if (a.url) out.url = a.url;
  if (a.learnedPhrasings?.length) out.learnedPhrasings = [...a.learnedPhrasings];
  return out;
}

export function playbookForPack(p: Playbook): Pack['playbooks'][number] {
  return {
    id: p.id,
    title: p.title,
    summary: p.summary,
    triggers: [...p.triggers],
    tags: [...p.tags],
    steps: p.steps.map((step) => ({
      stage: step.stage,
      text: step.text,
      ...(step.snippet ? { snippet: step.snippet } : {}),
    })),
  };
}

export function ruleForPack(r: EmpowermentRule): Pack['rules'][number] {
  return {
    id: r.id,
    action: r.action,
    label: r.label,
    limit: r.limit === null ? null : { ...r.limit },
    per: r.per,
    ...(r.period ? { period: r.period } : {}),
    above: r.above,
    guidance: r.guidance,
    escalation: [...r.escalation],
    keywords: [...r.keywords],
  };
}

export function snippetForPack(s: Snippet): NonNullable<Pack['snippets']>[number] {
  return { id: s.id, title: s.title, body: s.body, tags: [...s.tags] };
}

/**
 * The head of a pack file, keys in the documented order (docs/pack-format.md), before its lists: the
 * content hash is taken in file order.
 */
export function packHead(meta: PackMeta) {
  return {
    format: 'ownit-pack' as const,
    formatVersion: 1 as const,
    id: meta.id,
    name: meta.name,
    version: meta.version,
    ...(meta.description ? { description: meta.description } : {}),
  };
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * A pack of the knowledge base; with `ids`, only the items whose id is listed (of any kind). Snippets,
 * when given and any are picked, go in a `snippets` list; a pack without them has none.
 */
export function kbToPack(
  kb: StoredKb & { snippets?: readonly Snippet[] },
  meta: PackMeta,
  ids?: ReadonlySet<string>,
): Pack {
  const pick = <T extends { id: string }>(items: readonly T[]) =>
    [...items].filter((item) => !ids || ids.has(item.id)).sort(byId);
  const pack: Pack = {
    ...packHead(meta),
    articles: pick(kb.articles).map(articleForPack),
    playbooks: pick(kb.playbooks).map(playbookForPack),
    rules: pick(kb.rules).map(ruleForPack),
  };
  const snippets = pick(kb.snippets ?? []).map(snippetForPack);
  if (snippets.length > 0) pack.snippets = snippets;
  return pack;
}

export function packToJson(pack: Pack): string {
  return `${JSON.stringify(pack, null, 2)}\n`;
}
