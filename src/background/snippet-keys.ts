// Snippet shortcuts on pages: the worker registers the shortcut script (dist/snippet-keys.js, built from
// src/content/snippet-keys/) for the sites the agent turned them on for, starts it in their open tabs,
// and answers it: the shortcuts and prefix, and one snippet's text with what the page answers. Pages of
// other sites get nothing, even through the extension's own content script.
import type { KeysExpansion, KeysList, KeysToWorker } from '../shared/messages';
import { finishPage, isPageReading } from '../shared/page-reading';
import { pageValues } from '../shared/snippet-fields';
import { database } from '../storage/db';
import { settings } from '../storage/repositories';
import { loadShortcutSettings, setShortcutSite } from '../storage/shortcut-settings';

const SCRIPT_ID = 'ownit-snippet-keys';
export const SNIPPET_KEYS_FILE = 'snippet-keys.js';

const hostOf = (url: string | undefined): string => {
  try {
    return url ? new URL(url).hostname.toLowerCase() : '';
  } catch {
    return '';
  }
};

/** Makes the registered script match exactly the sites in settings (run at start and on each change). */
export async function syncShortcutScripts(): Promise<void> {
  const { sites } = await loadShortcutSettings(database());
  const existing = await chrome.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length > 0) await chrome.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (sites.length === 0) return;
  await chrome.scripting.registerContentScripts([
    {
      id: SCRIPT_ID,
      matches: sites.map((site) => `*://${site}/*`),
      js: [SNIPPET_KEYS_FILE],
      runAt: 'document_idle',
      allFrames: false,
    },
  ]);
}

/** Starts the script in the site's open tabs (it starts itself on pages opened later). */
async function startInOpenTabs(site: string): Promise<void> {
  const tabs = await chrome.tabs.query({});
  await Promise.all(
    tabs
      .filter((tab) => tab.id !== undefined && hostOf(tab.url) === site)
      .map((tab) =>
        chrome.scripting
          .executeScript({ target: { tabId: tab.id as number }, files: [SNIPPET_KEYS_FILE] })
          .catch(() => undefined),
      ),
  );
}

export async function turnShortcutSite(host: string, on: boolean): Promise<string[]> {
  const sites = await setShortcutSite(database(), host, on);
  await syncShortcutScripts();
  if (on) await startInOpenTabs(host.trim().toLowerCase());
  return sites;
}

async function pageFacts(tabId: number, frameId: number | undefined): Promise<Record<string, string>> {
  const agentName = await settings.get<unknown>(database(), 'agentName', '');
  let context: unknown;
  try {
    context = await chrome.tabs.sendMessage(tabId, { type: 'ext/get-context' }, { frameId: frameId ?? 0 });
  } catch {
    context = undefined; // No reader on this page: the popover asks for everything.
  }
  return pageValues(
    isPageReading(context) ? finishPage(context) : undefined,
    typeof agentName === 'string' ? agentName : '',
  );
}

/** The answer to a shortcut script's message, or undefined when its site has shortcuts off. */
export async function answerKeys(
  message: KeysToWorker,
  sender: chrome.runtime.MessageSender,
): Promise<KeysList | KeysExpansion | null | undefined> {
  const db = database();
  const { prefix, sites } = await loadShortcutSettings(db);
  if (sender.tab?.id === undefined || !sites.includes(hostOf(sender.url))) return undefined;
  const snippets = await db.snippets.toArray();
  if (message.type === 'keys/list') {
    const shortcuts = [...new Set(snippets.flatMap((s) => (s.shortcut ? [s.shortcut] : [])))];
    return { prefix, shortcuts };
  }
  const snippet = snippets.find((s) => s.shortcut === message.shortcut);
  if (!snippet) return null;
  return {
    title: snippet.title,
    body: snippet.body,
    values: await pageFacts(sender.tab.id, sender.frameId),
    locale: chrome.i18n.getUILanguage(),
    words: {
      heading: chrome.i18n.getMessage('keysHeading', ['$1']),
      insert: chrome.i18n.getMessage('keysInsert'),
      cancel: chrome.i18n.getMessage('keysCancel'),
      missing: chrome.i18n.getMessage('keysMissing', ['$1']),
      optional: chrome.i18n.getMessage('keysOptional'),
    },
  };
}

/** Starts the shortcut script again where it is on, after a browser restart. */
export function registerSnippetKeys(): void {
  chrome.runtime.onStartup?.addListener(() => {
    void syncShortcutScripts().catch((error: unknown) => console.warn('Own It: shortcut scripts', error));
  });
}
