// The learned-phrasings file: what an agent's options page exports ("Export learned phrasings") and what
// `ownit phrasings export` puts into a team pack, so one agent's resolutions help the whole team.
import * as v from 'valibot';
import {
  type LearnedRow,
  MAX_PACK_PHRASINGS,
  MAX_PHRASING_CHARS,
  mergePhrasings,
  phrasingKey,
} from '../search/learned-phrasings';
import type { Article, Pack } from '../shared/model';

export const LEARNED_FORMAT = 'ownit-learned-phrasings';

export interface LearnedFile {
  format: typeof LEARNED_FORMAT;
  formatVersion: 1;
  /** ISO time of the export. */
  exportedAt: string;
  articles: { id: string; title?: string; phrasings: string[] }[];
}

const phrasing = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1, 'must not be empty'),
  v.maxLength(MAX_PHRASING_CHARS + 1),
);

const LearnedFileSchema = v.object({
  format: v.literal(LEARNED_FORMAT, `must be "${LEARNED_FORMAT}"`),
  formatVersion: v.literal(1, 'must be 1'),
  exportedAt: v.optional(v.string(), ''),
  articles: v.pipe(
    v.array(
      v.object({
        id: v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(120)),
        title: v.optional(v.pipe(v.string(), v.maxLength(300))),
        phrasings: v.pipe(v.array(phrasing), v.maxLength(MAX_PACK_PHRASINGS)),
      }),
    ),
    v.maxLength(100_000),
  ),
});

export type LearnedFileResult = { ok: true; file: LearnedFile } | { ok: false; errors: string[] };

/** Checks a parsed learned-phrasings file; errors name the article and field. */
export function parseLearnedFile(data: unknown): LearnedFileResult {
  const result = v.safeParse(LearnedFileSchema, data);
  if (result.success) return { ok: true, file: result.output as LearnedFile };
  return {
    ok: false,
    errors: result.issues.slice(0, 20).map((issue) => {
      const path = (issue.path ?? []).map((step) => String(step.key)).join('.');
      return path ? `${path}: ${issue.message}` : issue.message;
    }),
  };
}

/** The agent's learned phrasings as a file, articles by id, phrasings oldest first. */
export function learnedToFile(
  rows: readonly LearnedRow[],
  articles: readonly Article[],
  now = new Date(),
): LearnedFile {
  const titles = new Map(articles.map((article) => [article.id, article.title]));
  return {
    format: LEARNED_FORMAT,
    formatVersion: 1,
    exportedAt: now.toISOString(),
    articles: rows
      .filter((row) => row.phrasings.length > 0)
      .map((row) => {
        const title = titles.get(row.articleId);
        const texts = [...row.phrasings].sort((a, b) => a.at - b.at).map((item) => item.text);
        return { id: row.articleId, ...(title ? { title } : {}), phrasings: texts };
      })
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  };
}

export interface LearnedIntoPack {
  pack: Pack;
  /** Phrasings the pack did not have before. */
  added: number;
  /** Article ids of the files that the pack does not hold (their phrasings are left out). */
  unknown: string[];
}

/**
 * The pack with the files' phrasings added to its articles' `learnedPhrasings` (deduplicated; the pack's
 * own first, then the files' in order; the newest kept past MAX_PACK_PHRASINGS).
 */
export function addLearnedToPack(pack: Pack, files: readonly LearnedFile[]): LearnedIntoPack {
  const incoming = new Map<string, string[][]>();
  for (const file of files) {
    for (const entry of file.articles) {
      const lists = incoming.get(entry.id) ?? [];
      lists.push(entry.phrasings);
      incoming.set(entry.id, lists);
    }
  }
  let added = 0;
  const articles = pack.articles.map((article) => {
    const lists = incoming.get(article.id);
    if (!lists) return article;
    incoming.delete(article.id);
    const before = article.learnedPhrasings ?? [];
    const merged = mergePhrasings([before, ...lists], MAX_PACK_PHRASINGS);
    const known = new Set(before.map(phrasingKey));
    added += merged.filter((text) => !known.has(phrasingKey(text))).length;
    return merged.length > 0 ? { ...article, learnedPhrasings: merged } : article;
  });
  return { pack: { ...pack, articles }, added, unknown: [...incoming.keys()].sort() };
}
