// Stores a drafted article: the agent's own, marked draft (kept out of the panel's search until
// published), owned by the agent when their name is set. No browser APIs, so it is tested as it is.
import type { Article } from '../shared/model';
import type { OwnItDatabase } from '../storage/db';
import { articles, settings } from '../storage/repositories';
import { PROFILE_KEYS } from '../storage/settings-profile';
import { type DraftText, draftArticle } from './article-draft';

export async function saveDraft(db: OwnItDatabase, text: DraftText, now = Date.now()): Promise<Article> {
  const [takenIds, owner] = await Promise.all([
    db.articles.toCollection().primaryKeys(),
    settings.get<unknown>(db, PROFILE_KEYS.agentName, ''),
  ]);
  const draft = draftArticle(text, {
    takenIds: takenIds.map(String),
    owner: typeof owner === 'string' ? owner : '',
    now,
  });
  return articles.save(db, draft, 0, now);
}

/** The options page's address for editing one article (the Articles section reads the hash). */
export function editorUrl(optionsPage: string, id: string): string {
  return `${optionsPage}#articles/edit/${encodeURIComponent(id)}`;
}
