// Where the page's own content is, and which parts are navigation, sidebars, ticket lists and app chrome.

import { wordSet } from '../shared/word-set';
import { isVisible } from './dom';

export const CHROME_ROLES = wordSet(
  'navigation banner contentinfo complementary search menu menubar toolbar tablist listbox option grid tree treegrid',
);
const CHROME_WORDS = wordSet(
  'sidebar sidenav navbar nav navigation menu menubar toolbar topbar appbar breadcrumb breadcrumbs tabbar masthead',
);
// "ticket-list", "inbox-list", "views-list", "conversation-list-pane": lists of *other* tickets.
const LIST_OF_TICKETS =
  /(?:^|[-_])(?:tickets?|inbox|views?|queues?|cases?|filters?)[-_]?(?:list|queue|index|nav)/;
const STATE_PREFIX = /^(?:has|with|no|is|show|hide|open|closed|collapsed|expanded)[-_]/;

/**
 * Words of class names / ids / test ids: "ThreadItem message--agent" → thread, item, message, agent. A
 * CSS module's hash ("_msg_1r8te": letters and digits mixed, five or more) is no word.
 */
export function wordsOf(value: string | null | undefined): string[] {
  if (!value) return [];
  return value
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word && !/^(?=.*\d)(?=.*[a-z])[a-z\d]{5,}$/.test(word));
}

/** Words of an element's class list. */
export function classWords(el: Element): string[] {
  return wordsOf(el.getAttribute('class'));
}

function chromeByClass(el: Element): boolean {
  const raw = `${el.getAttribute('class') ?? ''} ${el.id}`;
  for (const token of raw.split(/\s+/)) {
    if (!token) continue;
    const lower = token.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
    if (STATE_PREFIX.test(lower)) continue;
    if (LIST_OF_TICKETS.test(lower)) return true;
    const words = lower.split(/[-_]+/);
    // The chrome word must name the element ("left-sidebar", "nav-item"), not a state of a wrapper.
    if (words.some((word) => CHROME_WORDS.has(word))) return true;
  }
  return false;
}

/** The open item of a list (aria-selected, aria-current, a "selected"/"current" class). */
function marksSelection(el: Element): boolean {
  const current = el.getAttribute('aria-current');
  return (
    el.getAttribute('aria-selected') === 'true' ||
    (!!current && current !== 'false') ||
    classWords(el).some((word) => word === 'selected' || word === 'current')
  );
}

const kindOf = (el: Element) => `${el.tagName} ${(el.getAttribute('class') ?? '').split(/\s+/)[0]}`;

// Per parent, the kinds of its children that are rows of a list with one marked open: read once a
// reading (a thread of 2,000 messages would otherwise read its siblings 2,000 times each).
let listKinds = new WeakMap<Element, Set<string>>();

/**
 * A row of a list where one row is marked as the open one (the ticket list beside the open ticket, a mail
 * list beside the reading pane): every row of that kind is a preview of something, not the open ticket.
 */
function listRow(el: Element): boolean {
  const parent = el.parentElement;
  if (!parent || parent.children.length < 2) return false;
  let kinds = listKinds.get(parent);
  if (!kinds) {
    const rows = new Map<string, { same: number; marked: boolean; long: boolean }>();
    for (const sibling of Array.from(parent.children)) {
      const kind = kindOf(sibling);
      const row = rows.get(kind) ?? { same: 0, marked: false, long: false };
      row.same += 1;
      row.marked ||= marksSelection(sibling);
      // Rows of a list are previews; a thread whose open message is marked has whole messages.
      row.long ||= (sibling.textContent?.length ?? 0) > 600;
      rows.set(kind, row);
    }
    kinds = new Set([...rows].filter(([, row]) => row.marked && row.same >= 2 && !row.long).map(([k]) => k));
    listKinds.set(parent, kinds);
  }
  return kinds.has(kindOf(el));
}

function chromeItself(el: Element): boolean {
  const tag = el.tagName;
  if (tag === 'NAV' || tag === 'ASIDE') return true;
  const role = el.getAttribute('role');
  if (role && CHROME_ROLES.has(role)) return true;
  if (
    (tag === 'HEADER' || tag === 'FOOTER') &&
    !el.parentElement?.closest('article, [role=article], section, main')
  )
    return true;
  return chromeByClass(el) || listRow(el);
}

/** One reading of the page: the main area, and a memo of which elements sit in app chrome. */
export class PageLayout {
  readonly main: Element;
  private readonly chrome = new Map<Element, boolean>();

  constructor(
    readonly doc: Document,
    main?: Element,
  ) {
    listKinds = new WeakMap();
    this.main = main ?? findMain(doc);
  }

  /** True inside navigation, sidebars, banners, toolbars and lists of other tickets. */
  isChrome(el: Element): boolean {
    const known = this.chrome.get(el);
    if (known !== undefined) return known;
    let result = false;
    if (el !== this.main && el !== this.doc.body && el !== this.doc.documentElement) {
      result = chromeItself(el) || (el.parentElement ? this.isChrome(el.parentElement) : false);
    }
    this.chrome.set(el, result);
    return result;
  }
}

const sizeOf = (el: Element) => el.textContent?.trim().length ?? 0;

/** How much of an element's text sits in chrome (lists of other tickets, navigation) inside it. */
function chromeSize(el: Element): number {
  let size = 0;
  for (const child of Array.from(el.children))
    size += chromeItself(child) ? sizeOf(child) : chromeSize(child);
  return size;
}

function findMain(doc: Document): Element {
  const body = doc.body ?? doc.documentElement;
  let best: Element | undefined;
  let bestSize = 0;
  for (const el of Array.from(doc.querySelectorAll('main, [role=main]'))) {
    const size = sizeOf(el);
    // A "main" landmark that is mostly a list of other tickets (a mail list marked main beside the
    // reading pane) is not where the open conversation is.
    if (size > bestSize && isVisible(el) && chromeSize(el) < size / 2) {
      best = el;
      bestSize = size;
    }
  }
  return best ?? body;
}
