// Articles, playbooks and snippets from the data model, flattened into searchable docs.

import type { Article, Playbook, Snippet } from '../shared/model';
import { parseSnippet } from '../shared/snippet-fields';
import type { SearchDoc } from './types';

export function docFromArticle(a: Article): SearchDoc {
  const doc: SearchDoc = {
    id: a.id,
    kind: 'article',
    title: a.title,
    // The category doubles as a tag so one filter serves both.
    tags: [...new Set([...(a.tags ?? []), ...(a.category ? [a.category] : [])])],
    keywords: [...(a.keywords ?? [])],
    body: a.body ?? '',
    updatedAt: a.updatedAt,
  };
  // Learned phrasings (src/search/learned-phrasings.ts; src/storage/learned-docs.ts adds the agent's own).
  if (a.learnedPhrasings?.length) doc.phrasings = [...a.learnedPhrasings];
  if (a.category) doc.category = a.category;
  if (a.reviewBy) doc.reviewBy = a.reviewBy;
  if (typeof a.usage === 'number') doc.usage = a.usage;
  return doc;
}

/** A playbook is found by its title, tags and triggers; its summary and steps are its body. */
export function docFromPlaybook(p: Playbook): SearchDoc {
  const steps = (p.steps ?? []).map((step) => [step.text, step.snippet ?? ''].join('\n'));
  return {
    id: p.id,
    kind: 'playbook',
    title: p.title,
    tags: [...(p.tags ?? [])],
    keywords: [...(p.triggers ?? [])],
    body: [p.summary ?? '', ...steps].join('\n\n'),
    updatedAt: p.updatedAt,
  };
}

/** A snippet is found by its title, tags and the words of its reply, field names and answers included. */
export function docFromSnippet(s: Snippet): SearchDoc {
  const parts = parseSnippet(s.body ?? '');
  return {
    id: s.id,
    kind: 'snippet',
    title: s.title,
    tags: [...(s.tags ?? [])],
    // A choice's answers ("Royal Mail") find the snippet too.
    keywords: [...new Set(parts.flatMap((part) => (part.kind === 'field' ? part.field.choices : [])))],
    // Fields read as "[amount]" in excerpts and stay searchable by name; their syntax is not text.
    body: parts.map((part) => (part.kind === 'text' ? part.text : `[${part.field.name}]`)).join(''),
    updatedAt: s.updatedAt,
  };
}
