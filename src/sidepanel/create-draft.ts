// Opens the options page straight in a draft's editor, in a new tab.
import browser from '../shared/browser';
import { editorUrl } from './save-draft';

export async function openDraftEditor(id: string): Promise<void> {
  const page = browser.runtime.getManifest().options_ui?.page ?? 'src/options/index.html';
  await browser.tabs.create({ url: editorUrl(browser.runtime.getURL(page), id) });
}
