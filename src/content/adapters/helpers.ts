// Small building blocks the helpdesk-specific adapters share.

import { normalizeText } from '../../shared/page-text';
import type { ThreadMessage } from '../conversation';
import { isVisible, readValue } from '../dom';
import { messageAuthor, messageBody, messageText, messageTime, writesDayFirst } from '../message-parts';
import { classifyMessage, type Role, wrapsOthersOf } from '../message-role';

/** The value or text of the first visible element matching `selector`, first line only. */
export function firstValue(root: ParentNode, selector: string): string | undefined {
  for (const el of Array.from(root.querySelectorAll(selector))) {
    if (!isVisible(el) && el.tagName !== 'INPUT') continue;
    const value = normalizeText(readValue(el)).split('\n')[0];
    if (value) return value;
  }
  return undefined;
}

/** The first capture group of `pattern` in the URL path (and hash, for single-page apps). */
export function fromPath(loc: URL, pattern: RegExp): string | undefined {
  return pattern.exec(loc.pathname)?.[1] ?? pattern.exec(loc.hash)?.[1];
}

export interface ThreadSpec {
  /** Who wrote the item, when the helpdesk's markup says so; undefined falls back to the generic guess. */
  role?(item: Element, author: string | undefined): Role | undefined;
  author?(item: Element): string | undefined;
  /** Selector of the message body inside an item. */
  body?: string;
}

/** Reads the visible items matching `selector` as conversation messages. */
export function readItems(scope: ParentNode, selector: string, spec: ThreadSpec = {}): ThreadMessage[] {
  const items = Array.from(scope.querySelectorAll(selector)).filter(isVisible);
  const wrapsOthers = wrapsOthersOf(items);
  const dayFirst = writesDayFirst(items);
  return items.map((el) => {
    const author = spec.author?.(el) ?? messageAuthor(el);
    const body = (spec.body ? el.querySelector(spec.body) : null) ?? messageBody(el);
    return {
      el,
      author,
      role: spec.role?.(el, author) ?? classifyMessage(el, wrapsOthers, {}, author),
      text: messageText(el, body),
      // As the generic reader reads it: a datetime, or the time the item's header shows.
      time: messageTime(el, dayFirst),
    };
  });
}
