// Re-scores a short list of candidates with Fuse over their short fields, where typo tolerance matters.
import Fuse from 'fuse.js/basic';
import type { DocRecord } from './doc-table';
import { FUSE_THRESHOLD } from './weights';

interface ShortFields {
  title: string;
  tags: string;
  keywords: string;
}

const FUSE_OPTIONS = {
  keys: [
    { name: 'title', weight: 3 },
    { name: 'keywords', weight: 1.5 },
    { name: 'tags', weight: 1 },
  ],
  includeScore: true,
  ignoreLocation: true,
  ignoreDiacritics: true,
  threshold: FUSE_THRESHOLD,
};

/** Fuse similarity (1 = perfect, 0 = no match) of each candidate, in the candidates' order. */
export function fuseSimilarities(records: readonly DocRecord[], query: string): number[] {
  const similarity = new Array<number>(records.length).fill(0);
  if (records.length === 0 || query.trim() === '') return similarity;
  const list: ShortFields[] = records.map((record) => ({
    title: record.title,
    tags: record.tags.join(' '),
    keywords: record.keywords.join(' '),
  }));
  const fuse = new Fuse(list, FUSE_OPTIONS);
  for (const result of fuse.search(query)) {
    similarity[result.refIndex] = 1 - Math.min(1, Math.max(0, result.score ?? 1));
  }
  return similarity;
}
