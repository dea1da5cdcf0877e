// Follows one tab (the active tab of the panel's window, or ?tab=<id> for tests) and keeps the panel
// told what that page shows. Page facts come only from our content script, checked on arrival.

import { withPageAmounts } from '../nudges/amounts/page-amounts';
import browser from '../shared/browser';
import { t } from '../shared/i18n';
import { type ExtensionToContent, type InsertProblem, isContentToExtension } from '../shared/messages';
import type { PageContext } from '../shared/model';
import { finishPage, isPageReading } from '../shared/page-reading';
import { askTab } from '../shared/send';
import { isOwnUrl, ownExtension } from '../shared/sender';
import { type InboxHandler, onExtensionMessage } from './inbox';
import { PAGE_FACTS_MARK } from './timing';

export type PageState =
  | { status: 'loading' }
  | { status: 'ready'; tabId: number; context: PageContext }
  | { status: 'no-tab'; message: string }
  | {
      status: 'unreadable';
      tabId: number;
      origin?: string;
      message: string;
      /** Why: the page's answer was not understood, it is a browser page, or Own It does not read it yet. */
      reason: 'malformed' | 'browser-page' | 'not-reading';
    };

function fixedTabFromUrl(): number | undefined {
  const raw = new URLSearchParams(location.search).get('tab');
  if (raw === null) return undefined;
  const id = Number(raw);
  return Number.isInteger(id) && id >= 0 ? id : -1;
}

async function currentTabId(fixed: number | undefined): Promise<number | undefined> {
  if (fixed !== undefined) return fixed;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function originOf(url: string | undefined): string | undefined {
  if (!url || !/^https?:/.test(url)) return undefined;
  return new URL(url).origin;
}

async function readTab(tabId: number): Promise<PageState> {
  let tab: chrome.tabs.Tab;
  try {
    tab = await browser.tabs.get(tabId);
  } catch {
    return { status: 'no-tab', message: t('panelTabClosed') };
  }
  if (isOwnUrl(tab.url, ownExtension().base)) {
    // Our own page has no content script; in Firefox its other listeners would answer in its place.
    return { status: 'unreadable', tabId, message: t('panelBrowserPage'), reason: 'browser-page' };
  }
  try {
    const reply = await askTab(tabId, { type: 'ext/get-context' });
    if (isPageReading(reply)) return { status: 'ready', tabId, context: withPageAmounts(finishPage(reply)) };
    return {
      status: 'unreadable',
      tabId,
      message: t('panelPageMalformed'),
      reason: 'malformed',
    };
  } catch {
    const origin = originOf(tab.url);
    const special = tab.url !== undefined && !/^https?:/.test(tab.url);
    return {
      status: 'unreadable',
      tabId,
      origin,
      message: t(special ? 'panelBrowserPage' : 'panelNotReadingYet'),
      reason: special ? 'browser-page' : 'not-reading',
    };
  }
}

/** Calls `onChange` with the followed page's state now and whenever the tab, its page or its ticket changes. */
export function followPage(onChange: (state: PageState) => void): () => void {
  const fixed = fixedTabFromUrl();
  let followed: number | undefined;
  let generation = 0;

  const refresh = async () => {
    const mine = ++generation;
    const tabId = await currentTabId(fixed);
    if (mine !== generation) return;
    followed = tabId;
    if (tabId === undefined || tabId < 0) {
      onChange({ status: 'no-tab', message: t('panelNoTab') });
      return;
    }
    const state = await readTab(tabId);
    if (mine !== generation) return;
    if (state.status === 'ready') performance.mark(PAGE_FACTS_MARK);
    onChange(state);
  };

  const onMessage: InboxHandler = (message, from, sender) => {
    // Only our content script speaks for the page (Firefox gives a tab to our own pages opened in one).
    if (from !== 'content' || sender.tab?.id === undefined || sender.tab.id !== followed) return;
    if (!isContentToExtension(message) || !isPageReading(message.context)) {
      console.warn('Own It: ignored a malformed message from the page', message);
      return;
    }
    performance.mark(PAGE_FACTS_MARK);
    onChange({
      status: 'ready',
      tabId: sender.tab.id,
      context: withPageAmounts(finishPage(message.context)),
    });
  };
  const onActivated = () => {
    if (fixed === undefined) void refresh();
  };
  const onUpdated = (tabId: number, info: chrome.tabs.OnUpdatedInfo) => {
    if (tabId === followed && info.status === 'complete') void refresh();
  };
  const onRemoved = (tabId: number) => {
    if (tabId === followed) void refresh();
  };

  const stopInbox = onExtensionMessage(onMessage);
  browser.tabs.onActivated.addListener(onActivated);
  browser.tabs.onUpdated.addListener(onUpdated);
  browser.tabs.onRemoved.addListener(onRemoved);
  void refresh();
  return () => {
    stopInbox();
    browser.tabs.onActivated.removeListener(onActivated);
    browser.tabs.onUpdated.removeListener(onUpdated);
    browser.tabs.onRemoved.removeListener(onRemoved);
  };
}

/** Asks for this site (optional host permission) and starts reading the tab at once. */
export async function grantSite(origin: string, tabId: number): Promise<boolean> {
  const pattern = `${origin}/*`;
  const granted = await browser.permissions.request({ origins: [pattern] });
  if (!granted) return false;
  const script = browser.runtime.getManifest().content_scripts?.[0]?.js?.[0];
  if (!script) return false;
  const id = `site-${origin.replace(/[^a-z0-9]/gi, '-')}`;
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length === 0) {
    await browser.scripting.registerContentScripts([
      { id, matches: [pattern], js: [script], runAt: 'document_start', persistAcrossSessions: true },
    ]);
  }
  await browser.scripting.executeScript({ target: { tabId }, files: [script] });
  return true;
}

/** The content script's reason code, said in the agent's language. */
export function describeInsertProblem(problem: InsertProblem | undefined, detail = ''): string {
  switch (problem) {
    case 'no-reply-box':
      return t('panelNoReplyBox');
    case 'read-only':
      return t('panelReplyBoxReadOnly');
    case 'sentence-gone':
      return t('panelSentenceGone');
    case 'insert-failed':
      return t('panelInsertFailed', detail);
    case 'replace-failed':
      return t('panelReplaceFailed', detail);
    default:
      return t('panelPageRefusedText');
  }
}

/** Sends a text change to the page's content script; null when it worked, else the reason. */
async function changePage(tabId: number, message: ExtensionToContent): Promise<string | null> {
  try {
    const reply = (await askTab(tabId, message)) as
      | { ok: boolean; problem?: InsertProblem; detail?: string }
      | undefined;
    return reply?.ok ? null : describeInsertProblem(reply?.problem, reply?.detail);
  } catch {
    return t('panelPageUnreachable');
  }
}

export function insertIntoPage(tabId: number, text: string): Promise<string | null> {
  return changePage(tabId, { type: 'ext/insert-text', text });
}

/** Replaces one sentence of the page's reply draft (a nudge's rewrite). */
export function replaceInPage(tabId: number, find: string, replace: string): Promise<string | null> {
  return changePage(tabId, { type: 'ext/replace-text', find, replace });
}
