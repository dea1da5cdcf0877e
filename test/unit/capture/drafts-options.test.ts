// The options page's part in drafts: the editor's address, the status filter and the drafts pack.
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER, filterArticles } from '../../../src/options/article-list';
import { editTargetOf } from '../../../src/options/article-route';
import { draftsPack } from '../../../src/options/draft-pack';
import type { Article } from '../../../src/shared/model';
import { parsePack } from '../../../src/shared/pack-schema';
import { editorUrl } from '../../../src/sidepanel/save-draft';

function article(id: string, status?: Article['status']): Article {
  const a: Article = {
    id,
    title: id,
    body: '',
    tags: [],
    keywords: [],
    updatedAt: 1,
    version: 1,
    source: 'local',
  };
  if (status) a.status = status;
  return a;
}

const LIST = [article('a-draft', 'draft'), article('b-published', 'published'), article('c-old')];

describe('the editor address', () => {
  it('opens the article the panel drafted, whatever its id holds', () => {
    const url = editorUrl('chrome-extension://x/src/options/index.html', 'gift card/refund#2');
    expect(editTargetOf(new URL(url).hash)).toBe('gift card/refund#2');
  });

  it('is ignored for any other address', () => {
    expect(editTargetOf('#articles')).toBeNull();
    expect(editTargetOf('#playbooks/edit/x')).toBeNull();
    expect(editTargetOf('#articles/edit/%E0%A4%A')).toBeNull();
  });
});

describe('the status filter', () => {
  const ids = (status: typeof EMPTY_FILTER.status) =>
    filterArticles(LIST, { ...EMPTY_FILTER, status }, '2026-11-26').map((a) => a.id);

  it('shows drafts only, published only (an article without a status is published), or all', () => {
    expect(ids('draft')).toEqual(['a-draft']);
    expect(ids('published')).toEqual(['b-published', 'c-old']);
    expect(ids('')).toEqual(['a-draft', 'b-published', 'c-old']);
  });
});

describe('the drafts pack', () => {
  it('holds only the selected drafts, each still marked draft, and is a valid pack', () => {
    const pack = draftsPack(LIST, 'Drafts to finish', '2026-11-26');
    expect(pack.articles.map((a) => [a.id, a.status])).toEqual([['a-draft', 'draft']]);
    expect(pack.version).toBe('2026-11-26');
    expect(parsePack(pack).ok).toBe(true);
  });
});
