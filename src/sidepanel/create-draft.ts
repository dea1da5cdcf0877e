// "Draft an article": stores the draft (not offered in the panel until published) and opens the options
// page straight in its editor, in a new tab.
import browser from 'webextension-polyfill';
import type { Article } from '../shared/model';
import type { OwnItDatabase } from '../storage/db';
import { articles, settings } from '../storage/repositories';
import { PROFILE_KEYS } from '../storage/settings-profile';
import { type DraftText, draftArticle } from './article-draft';

/** The options page's address for editing one article (ArticlesManager reads the hash). */
export function editorUrl(optionsPage: string, id: string): string {
  return `${optionsPage}#articles/edit/${encodeURIComponent(id)}`;
}

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

export async function openDraftEditor(id: string): Promise<void> {
  const page = browser.runtime.getManifest().options_ui?.page ?? 'src/options/index.html';
  await browser.tabs.create({ url: editorUrl(browser.runtime.getURL(page), id) });
}
