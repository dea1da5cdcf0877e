// Finding the messages of the open conversation and the customer's latest one. Used by the generic
// adapter and as a fallback by the specific ones.

import { wordSet } from '../shared/word-set';
import { isVisible } from './dom';
import { type PageLayout, wordsOf } from './layout';
import { dayAbove, messageAuthor, messageTime, writesDayFirst } from './message-parts';
import {
  classifyMessage,
  holdCounts,
  kindWords,
  type People,
  type Role,
  wrapsOthersOf,
} from './message-role';

export type { People, Role } from './message-role';

export interface ThreadMessage {
  el: Element;
  role: Role;
  author?: string;
  /** Its words as shown (message-parts.ts `messageText`). */
  text?: string;
  /** Epoch ms when the page says when it was written. */
  time?: number;
}

const MAX_CANDIDATES = 1_500;
// An element labelled as a message ("Email message", as a mail client's reading pane labels each one).
const STRONG =
  'article, [role=article], [data-message-id], [data-comment-id], [data-part-id], [data-event-id], [data-thread-id], [data-entry-id], [aria-label$="message" i]:not(button)';
const CLASSY =
  'thread message msg comment bubble reply post entry event note item part turn activity conversation'
    .split(' ')
    .map(
      (word) =>
        `[class*="${word}" i], [data-testid*="${word}" i], [data-test-id*="${word}" i], [data-cy*="${word}" i]`,
    )
    .join(', ');
// Classes that may name whose an element is ("is-customer", "update--client").
const SIDED =
  'customer client requester visitor agent staff operator internal private system bot inbound outbound'
    .split(' ')
    .map((word) => `[class*="${word}" i]`)
    .join(', ');
const WEAK = 'li, [role=listitem]';

// A token names one message when its head word is one of these…
const MESSAGE_WORDS = wordSet('message msg comment bubble reply post entry event note');
// …or "item"/"part"/"turn" of a conversation-like thing ("thread-item", "conversation__part").
const ITEM_WORDS = wordSet('item part turn card');
const ITEM_OWNERS = wordSet(
  'thread timeline conversation convo chat feed log history activity comment message ticket omni stream',
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

// Which side wrote it, as a class of its own beside "conversation" ("conversation customer").
const SIDES = wordSet(
  'customer agent requester user admin incoming outgoing inbound outbound private public',
);

// Whose an element is, as a modifier or state of its class ("hf-update--client", "--private-note",
// "is-customer", "from-agent").
const SIDE_WORDS = wordSet(
  'customer client requester contact enduser visitor user agent staff admin operator support internal private note system bot public inbound outbound incoming outgoing',
);

function namesSide(token: string): boolean {
  const modifier = token.includes('--')
    ? token.slice(token.lastIndexOf('--') + 2)
    : /^(?:is|from|by)[-_](.+)$/i.exec(token)?.[1];
  const words = wordsOf(modifier);
  return words.length > 0 && words.every((word) => SIDE_WORDS.has(word));
}

/**
 * Elements of one kind side by side, each marked as whose it is ("ticket-article-item is-customer" beside
 * "… is-agent is-internal", "hf-ticket-update--client" beside "--staff"): the thread's messages, however
 * the tool names them.
 */
function sideMarkedRow(el: Element, classes: string[]): boolean {
  const first = classes[0];
  if (!first || !el.parentElement || !classes.some(namesSide)) return false;
  let same = 0;
  for (const sibling of Array.from(el.parentElement.children)) {
    if ((sibling.getAttribute('class') ?? '').split(/\s+/)[0] === first) same += 1;
  }
  return same >= 2;
}

function isTyped(el: Element): boolean {
  if (el.matches(STRONG) || repeatedThread(el)) return true;
  const classes = (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
  if (sideMarkedRow(el, classes)) return true;
  const lower = classes.map((c) => c.toLowerCase());
  if (lower.some((c) => ITEM_OWNERS.has(c)) && lower.some((c) => SIDES.has(c))) return true;
  const tokens = [
    ...classes,
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

/**
 * At most MAX_CANDIDATES elements of a very long page, from both ends: a thread's latest message is at
 * its top or its bottom, and its first at the other end.
 */
function ends(all: Element[]): Element[] {
  const half = MAX_CANDIDATES / 2;
  return all.length > MAX_CANDIDATES ? [...all.slice(0, half), ...all.slice(-half)] : all;
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
  const candidates = ends(Array.from(scope.querySelectorAll(`${STRONG}, ${CLASSY}, ${SIDED}`)));
  let typed = candidates.filter((el) => isTyped(el) && usable(el));
  // An element holding two or more messages is the conversation, not a message.
  const counts = holdCounts(typed);
  typed = typed.filter((el) => (counts.get(el) ?? 0) <= 2);
  if (typed.length) return outermost(typed);

  // No message-like markup: fall back to repeated list items (two or more siblings).
  const weak = ends(Array.from(scope.querySelectorAll(WEAK))).filter(usable);
  const parentIds = new Map<Element | null, number>();
  const groupOf = (el: Element) => {
    if (!parentIds.has(el.parentElement)) parentIds.set(el.parentElement, parentIds.size);
    return `${parentIds.get(el.parentElement)}:${el.tagName}`;
  };
  const groups = new Map<string, number>();
  for (const el of weak) groups.set(groupOf(el), (groups.get(groupOf(el)) ?? 0) + 1);
  return outermost(weak.filter((el) => (groups.get(groupOf(el)) ?? 0) > 1));
}

/** Reads every message of the open conversation. */
export function readThread(layout: PageLayout, people: People): ThreadMessage[] {
  const items = findMessageElements(layout);
  const wrapsOthers = wrapsOthersOf(items);
  const dayFirst = writesDayFirst(items);
  const kind = kindWords(items);
  return items.map((el) => {
    const author = messageAuthor(el);
    return {
      el,
      author,
      role: classifyMessage(el, wrapsOthers, people, author, kind),
      time: messageTime(el, dayFirst, () => dayAbove(el)),
    };
  });
}
