// The reply-box editing code (./insert.ts) as a script of its own. Most pages are only read; the worker
// injects this the first time the panel inserts or replaces text on a page (`cs/load-editor`), into the
// content script's own world, where it leaves its two functions under a symbol the content script reads.
import { insertText, replaceText } from './insert';

export const EDITOR = Symbol.for('ownit.editor');

export interface Editor {
  insertText: typeof insertText;
  replaceText: typeof replaceText;
}

/** Puts the editing functions where the content script finds them (again on a second injection). */
export function installEditor(scope: object = globalThis): void {
  Object.defineProperty(scope, EDITOR, {
    value: { insertText, replaceText } satisfies Editor,
    configurable: true,
  });
}
