// What "Draft an article" runs when pressed: builds the first text, stores the draft and opens its
// editor. Loaded on first use, so the panel's first paint does not carry it.
import type { Article, Note } from '../shared/model';
import { database } from '../storage/db';
import { draftFromCase, draftFromSearch } from './article-draft';
import { openDraftEditor } from './create-draft';
import { saveDraft } from './save-draft';

/** What the draft starts from: a search that found nothing, or a case's notes. */
export type DraftSource = { search: string } | { notes: readonly Note[] };

export async function startDraft(from: DraftSource): Promise<Article> {
  const text = 'search' in from ? draftFromSearch(from.search) : draftFromCase(from.notes);
  const saved = await saveDraft(database(), text);
  await openDraftEditor(saved.id);
  return saved;
}
