// Page-level facts: ticket id, subject, the site's own name, the largest text block, the selection.

import { wordSet } from '../shared/word-set';
import { isVisible, ownText, readValue, textOf } from './dom';
import { classWords, type PageLayout } from './layout';
import { labelledName } from './people';
import { cap, cleanMessage, normalizeText, titleParts } from './text';
import { stripTicketRef, ticketIdFromText, ticketIdFromUrl } from './ticket-id';

const MAX_SELECTION = 2_000;
const MAX_SUBJECT = 300;
const GENERIC_HEADINGS =
  /^(?:inbox|tickets?|all tickets|my tickets|unassigned|dashboard|home|conversations?|views?|search|support|help ?desk|messages?|details|activity|overview|customer|requester|reply|notes?|untitled|cases|orders|(?:related|recent|past|previous|other|linked) \w+|\w+ (?:info|details|history)|timeline|history|attachments|macros)$/i;
const ID_LIKE = /^#?[A-Za-z]{0,6}-?\d{2,14}$/;
// One token of letters and digits ("CAS-01234-X7Y8Z9", "INC0012345"): a record number, never a subject.
const RECORD_NUMBER = /^#?(?=\S*\d)[\w-]{2,30}$/;

/** Names the site calls itself by (og:site_name, application-name, logo text): never a subject. */
export function siteNames(doc: Document, loc: URL): Set<string> {
  const names = new Set<string>([loc.hostname.toLowerCase()]);
  for (const selector of ['meta[property="og:site_name"]', 'meta[name="application-name"]']) {
    const value = doc.querySelector(selector)?.getAttribute('content')?.trim();
    if (value) names.add(value.toLowerCase());
  }
  for (const el of Array.from(
    doc.querySelectorAll('[class*="logo" i], [class*="brand" i], [aria-label*="home" i]'),
  )) {
    const text = normalizeText(el.getAttribute('aria-label') || textOf(el));
    if (text && text.length <= 40) names.add(text.toLowerCase());
  }
  const label = loc.hostname.split('.').find((part) => !/^(?:www|app|secure|support|help|mail)$/.test(part));
  if (label) names.add(label.toLowerCase());
  return names;
}

function headingsOf(layout: PageLayout, selector: string, exclude: Element[]): Element[] {
  return Array.from(layout.main.querySelectorAll(selector)).filter(
    (el) => !layout.isChrome(el) && !exclude.some((m) => m.contains(el)) && isVisible(el),
  );
}

/** The ticket id: a data-ticket-id attribute, the URL, headings and title, then labelled text in the main area. */
export function findTicketId(
  doc: Document,
  layout: PageLayout,
  loc: URL,
  exclude: Element[] = [],
): string | undefined {
  for (const el of Array.from(
    doc.querySelectorAll('[data-ticket-id], [data-case-id], [data-conversation-id]'),
  )) {
    const value = (
      el.getAttribute('data-ticket-id') ??
      el.getAttribute('data-case-id') ??
      el.getAttribute('data-conversation-id') ??
      ''
    ).trim();
    if (ID_LIKE.test(value) && !layout.isChrome(el) && isVisible(el)) return value.replace(/^#/, '');
  }
  const fromUrl = ticketIdFromUrl(loc);
  if (fromUrl) return fromUrl;
  for (const el of headingsOf(layout, 'h1, h2, [data-subject], [role=heading]', exclude)) {
    const id = ticketIdFromText(textOf(el), true);
    if (id) return id;
  }
  const fromTitle = ticketIdFromText(doc.title, true);
  if (fromTitle) return fromTitle;
  return ticketIdFromText(textOf(layout.main, (el) => layout.isChrome(el)).slice(0, 8_000));
}

interface SubjectHints {
  names: Set<string>;
  ticketId?: string;
  customerName?: string;
  exclude?: Element[];
}

/** Cleans a subject candidate; undefined for site names, generic headings and customer names. */
export function acceptSubject(raw: string | undefined, hints: SubjectHints): string | undefined {
  if (!raw) return undefined;
  let text = normalizeText(raw).replace(/\n+/g, ' ');
  text = stripTicketRef(text.replace(/^(?:subject|re|fwd?)\s*:\s*/i, ''), hints.ticketId).replace(
    /^(?:subject)\s*:\s*/i,
    '',
  );
  const lower = text.toLowerCase();
  if (text.length < 3 || GENERIC_HEADINGS.test(text) || hints.names.has(lower)) return undefined;
  if (hints.customerName && lower === hints.customerName.toLowerCase()) return undefined;
  if (RECORD_NUMBER.test(text)) return undefined;
  return cap(text, MAX_SUBJECT);
}

/**
 * An element's text, or the full text a part of it carries in its title when the rest is a label
 * beside it ("RE: Invoice" + a "Billing" tag reads "RE: Invoice", not "RE: InvoiceBilling"), or its own
 * words when labels follow them with no space between.
 */
function titledText(el: Element): string {
  const text = readValue(el);
  for (const part of Array.from(el.querySelectorAll('[title]'))) {
    const title = part.getAttribute('title')?.trim();
    if (title && text.trim().startsWith(title)) return title;
  }
  // Labels glued after the subject's own words ("…where is my parcel?" + "Inbox" + "Hiver: Open").
  const own = ownText(el);
  const whole = text.trim();
  return own && whole.startsWith(own) && whole[own.length]?.trim() ? own : text;
}

/** The ticket subject: [data-subject], a "subject" element, the main heading, og:title, the page title. */
export function findSubject(doc: Document, layout: PageLayout, hints: SubjectHints): string | undefined {
  const exclude = hints.exclude ?? [];
  const tries: (() => string | undefined)[] = [
    () => {
      const el = headingsOf(layout, '[data-subject]', exclude)[0];
      return el ? el.getAttribute('data-subject') || readValue(el) : undefined;
    },
    () => {
      const el = headingsOf(
        layout,
        '[class*="subject" i], [id*="subject" i], input[name=subject]',
        exclude,
      ).find(
        (e) =>
          classWords(e).includes('subject') || /subject/i.test(e.id) || e.getAttribute('name') === 'subject',
      );
      return el ? titledText(el) : undefined;
    },
    () =>
      headingsOf(layout, 'h1', exclude)
        .map((el) => acceptSubject(textOf(el), hints))
        .find(Boolean),
    // A form's "Subject" field (a case record: its heading is the case number).
    () =>
      labelledName(
        doc,
        /^(?:subject|case title|short description|summary)$/i,
        false,
        (raw) => raw?.trim() || undefined,
      ),
    () =>
      headingsOf(layout, 'h2, [role=heading]', exclude)
        .map((el) => acceptSubject(titledText(el), hints))
        .find(Boolean),
    () => doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? undefined,
    () =>
      titleParts(doc.title)
        .map((part) => acceptSubject(part, hints))
        .filter((part): part is string => !!part)
        .sort((a, b) => b.length - a.length)[0],
  ];
  for (const attempt of tries) {
    const subject = acceptSubject(attempt(), hints);
    if (subject) return subject;
  }
  return undefined;
}

const INLINE_TAGS = wordSet(
  'A ABBR B BDI BDO CITE CODE DATA DFN EM FONT I KBD MARK Q S SMALL SPAN STRONG SUB SUP TIME U VAR WBR',
);
const NOT_CONTENT =
  'h1, h2, h3, h4, h5, h6, label, button, select, option, script, style, noscript, textarea, [contenteditable=true], [role=textbox]';

/** The biggest block of running text in the main area: the fallback customer message. */
export function largestTextBlock(layout: PageLayout, exclude: readonly Element[] = []): string | undefined {
  const doc = layout.doc;
  const walker = doc.createTreeWalker(layout.main, 4);
  const scores = new Map<Element, number>();
  const usable = new Map<Element, boolean>();
  let seen = 0;
  for (let node = walker.nextNode(); node && seen < 50_000; node = walker.nextNode(), seen++) {
    const size = (node as Text).data.trim().length;
    let block = node.parentElement;
    if (size < 2 || !block) continue;
    while (block && block !== layout.main && INLINE_TAGS.has(block.tagName)) block = block.parentElement;
    if (!block) continue;
    let ok = usable.get(block);
    if (ok === undefined) {
      ok =
        !block.closest(NOT_CONTENT) &&
        !layout.isChrome(block) &&
        !exclude.some((el) => el.contains(block)) &&
        isVisible(block);
      usable.set(block, ok);
    }
    if (!ok) continue;
    scores.set(block, (scores.get(block) ?? 0) + size);
    const parent = block.parentElement;
    // A block's parent collects its paragraphs, so a message split into <p>s wins as a whole.
    if (parent && block !== layout.main) scores.set(parent, (scores.get(parent) ?? 0) + size);
  }
  let best: Element | undefined;
  let bestScore = 20;
  for (const [el, points] of scores) {
    if (points > bestScore) {
      best = el;
      bestScore = points;
    }
  }
  return best
    ? cleanMessage(textOf(best, (el) => layout.isChrome(el) || el.matches(NOT_CONTENT)))
    : undefined;
}

/** The text the agent has selected on the page, trimmed and capped. */
export function readSelection(doc: Document): string | undefined {
  const text = normalizeText(doc.getSelection?.()?.toString() ?? '');
  return text ? cap(text, MAX_SELECTION) : undefined;
}
