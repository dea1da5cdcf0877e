// The content script's one message router: own-extension senders only, validated payloads only.

import { type InsertResult, isExtensionToContent } from '../shared/messages';
import type { PageContext } from '../shared/model';
import { fromOwnExtension } from '../shared/sender';
import type { MessageListener } from './runtime';

export interface RouterDeps {
  /** This extension's id; undefined once the script is orphaned. */
  ownId(): string | undefined;
  getContext(): PageContext;
  insert(text: string): Promise<InsertResult>;
  replace(find: string, replace: string): Promise<InsertResult>;
}

/**
 * Answers ext/get-context (PageContext) and ext/ping at once, ext/insert-text and ext/replace-text
 * (InsertResult) once the change is made (the editor script may have to be loaded first).
 */
export function createRouter(deps: RouterDeps): MessageListener {
  return (message, sender, sendResponse) => {
    const ownId = deps.ownId();
    if (!ownId || !fromOwnExtension(sender, ownId) || !isExtensionToContent(message)) return false;
    switch (message.type) {
      case 'ext/get-context':
        sendResponse(deps.getContext());
        break;
      case 'ext/insert-text':
        void deps.insert(message.text).then(sendResponse);
        return true;
      case 'ext/replace-text':
        void deps.replace(message.find, message.replace).then(sendResponse);
        return true;
      case 'ext/ping':
        sendResponse({ ok: true } satisfies InsertResult);
        break;
    }
    return false;
  };
}
