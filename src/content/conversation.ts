// Finding the messages of the open conversation and the customer's latest one. Used by the generic
// adapter and as a fallback by the specific ones.

import { wordSet } from '../shared/word-set';
import { isVisible } from './dom';
import { type PageLayout, wordsOf } from './layout';
import { messageAuthor, messageText, messageTime } from './message-parts';
import { classifyMessage, holdCounts, type People, type Role, wrapsOthersOf } from './message-role';

export type { People, Role } from './message-role';

export interface ThreadMessage {
  el: Element;
  role: Role;
  author?: string;
  /** Cleaned body: no quoted history, no signature. */
  text?: string;
  /** Epoch ms when the page says when it was written. */
  time?: number;
}

const MAX_CANDIDATES = 1_500;
const STRONG =
  'article, [role=article], [data-message-id], [data-comment-id], [data-part-id], [data-event-id], [data-thread-id], [data-entry-id]';
const CLASSY = 'thread message msg comment bubble reply post entry event note item part turn activity'
  .split(' ')
  .map(
    (word) =>
      `[class*="${word}" i], [data-testid*="${word}" i], [data-test-id*="${word}" i], [data-cy*="${word}" i]`,
  )
  .join(', ');
const WEAK = 'li, [role=listitem]';

// A token names one message when its head word is one of these…
const MESSAGE_WORDS = wordSet('message msg comment bubble reply post entry event note');
// …or "item"/"part"/"turn" of a conversation-like thing ("thread-item", "conversation__part").
const ITEM_WORDS = wordSet('item part turn card');
const ITEM_OWNERS = wordSet(
  'thread timeline conversation convo chat feed log history activity comment message ticket omni',
);
// Words that may follow the head word without changing what the element is.
const MODIFIERS = wordSet(
  'in out incoming outgoing inbound outbound left right customer agent user admin me them self other public private internal system bot new read unread sent received first last own mine theirs wrapper container row block card item group unit root wide',
);

function namesOneMessage(token: string): boolean {
  const words = wordsOf(token.split('--')[0]);
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const isHead =
      MESSAGE_WORDS.has(word) ||
      (ITEM_WORDS.has(word) && i > 0 && ITEM_OWNERS.has(words[i - 1] ?? '')) ||
      (word === 'activity' && i === words.length - 1);
    if (isHead && words.slice(i + 1).every((rest) => MODIFIERS.has(rest))) return true;
  }
  return false;
}

/**
 * Some tools call one message a "thread" (Zoho Desk's `zd-thread`); others call the whole conversation
 * that. A "thread" element is a message when siblings of the same kind repeat beside it.
 */
function repeatedThread(el: Element): boolean {
  const first = (el.getAttribute('class') ?? '').split(/\s+/)[0] ?? '';
  if (!wordsOf(first).includes('thread') || !el.parentElement) return false;
  let same = 0;
  for (const sibling of Array.from(el.parentElement.children)) {
    if ((sibling.getAttribute('class') ?? '').split(/\s+/)[0] === first) same += 1;
  }
  return same >= 2;
}

function isTyped(el: Element): boolean {
  if (el.matches(STRONG) || repeatedThread(el)) return true;
  const tokens = [
    ...(el.getAttribute('class') ?? '').split(/\s+/),
    el.getAttribute('data-testid') ?? '',
    el.getAttribute('data-test-id') ?? '',
    el.getAttribute('data-cy') ?? '',
  ];
  return tokens.some((token) => token && namesOneMessage(token));
}

/** The items not inside another item. */
function outermost(items: Element[]): Element[] {
  const set = new Set(items);
  return items.filter((el) => {
    for (let up = el.parentElement; up; up = up.parentElement) if (set.has(up)) return false;
    return true;
  });
}

const EDITABLE = 'textarea, [contenteditable=""], [contenteditable=true], [role=textbox], input[type=text]';

function linkDominated(el: Element, size: number): boolean {
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) linked += a.textContent?.trim().length ?? 0;
  return size > 0 && size < 600 && linked / size > 0.6;
}

/** The elements of `layout.main` that each hold one conversation message, in document order. */
export function findMessageElements(layout: PageLayout): Element[] {
  const scope = layout.main;
  const usable = (el: Element): boolean => {
    const size = el.textContent?.trim().length ?? 0;
    return (
      size >= 2 &&
      !layout.isChrome(el) &&
      !el.matches(EDITABLE) &&
      !el.querySelector(EDITABLE) &&
      !el.querySelector('h1') &&
      !linkDominated(el, size) &&
      isVisible(el)
    );
  };
  const candidates = Array.from(scope.querySelectorAll(`${STRONG}, ${CLASSY}`)).slice(0, MAX_CANDIDATES);
  let typed = candidates.filter((el) => isTyped(el) && usable(el));
  // An element holding two or more messages is the conversation, not a message.
  const counts = holdCounts(typed);
  typed = typed.filter((el) => (counts.get(el) ?? 0) <= 2);
  if (typed.length) return outermost(typed);

  // No message-like markup: fall back to repeated list items (two or more siblings).
  const weak = Array.from(scope.querySelectorAll(WEAK)).slice(0, MAX_CANDIDATES).filter(usable);
  const parentIds = new Map<Element | null, number>();
  const groupOf = (el: Element) => {
    if (!parentIds.has(el.parentElement)) parentIds.set(el.parentElement, parentIds.size);
    return `${parentIds.get(el.parentElement)}:${el.tagName}`;
  };
  const groups = new Map<string, number>();
  for (const el of weak) groups.set(groupOf(el), (groups.get(groupOf(el)) ?? 0) + 1);
  return outermost(weak.filter((el) => (groups.get(groupOf(el)) ?? 0) > 1));
}

/** At least five words, three of them of three letters or more: a sentence, not a row of labels. */
function readsAsProse(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => /\p{L}/u.test(word));
  return words.length >= 5 && words.filter((word) => /\p{L}{3,}/u.test(word)).length >= 3;
}

/** Reads every message of the open conversation. */
export function readThread(layout: PageLayout, people: People): ThreadMessage[] {
  const items = findMessageElements(layout);
  const wrapsOthers = wrapsOthersOf(items);
  return items.map((el) => {
    const author = messageAuthor(el);
    return { el, author, role: classifyMessage(el, wrapsOthers, people, author), time: messageTime(el) };
  });
}

/**
 * The customer's latest message: the last customer-written one (by timestamp when every candidate
 * has one, otherwise by position), or, when no message says who wrote it, the last unattributed one.
 */
export function latestCustomerMessage(thread: ThreadMessage[]): ThreadMessage | undefined {
  const withText = (role: Role, minLength: number) =>
    thread
      .filter((m) => m.role === role)
      .map((m) => ({ ...m, text: m.text ?? messageText(m.el) }))
      .filter((m): m is ThreadMessage & { text: string } => !!m.text && m.text.length >= minLength);
  // Unattributed blocks must read like a message, not like "Priority: High".
  let pool = withText('customer', 1);
  // Unattributed blocks must read as words someone wrote ("Reply · Reply all · Forward" does not).
  if (!pool.length) pool = withText('unknown', 15).filter((m) => readsAsProse(m.text));
  if (!pool.length) return undefined;
  const order = timeOrder(thread);
  // Times that all run one way decide; times that disagree (a stamp with a year beside dates shown without
  // one) leave it to the way most of them run down the page.
  if (pool.length > 1 && order.against === 0 && pool.every((m) => m.time !== undefined)) {
    return pool.reduce((latest, m) => ((m.time ?? 0) >= (latest.time ?? 0) ? m : latest));
  }
  // Newest first: the first one that shows a time (a ticket's description stays on top, undated).
  return order.down > order.up ? (pool.find((m) => m.time !== undefined) ?? pool[0]) : pool[pool.length - 1];
}

/** How many neighbouring pairs of shown times run newest to oldest down the page (down) or the other way (up). */
function timeOrder(thread: ThreadMessage[]): { down: number; up: number; against: number } {
  const times = thread.map((m) => m.time).filter((time): time is number => time !== undefined);
  let down = 0;
  let up = 0;
  for (let i = 1; i < times.length; i++) {
    if (times[i]! < times[i - 1]!) down++;
    else if (times[i]! > times[i - 1]!) up++;
  }
  return { down, up, against: Math.min(down, up) };
}
