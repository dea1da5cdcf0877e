// Page-level facts: ticket id, subject, the site's own name, the largest text block, the selection.

import { cap, field, normalizeText, RAW_FIELD } from '../shared/page-text';
import { ticketIdFromText, ticketIdFromUrl } from '../shared/ticket-id';
import { wordSet } from '../shared/word-set';
import { isVisible, ownText, readValue, textOf } from './dom';
import { classWords, type PageLayout, wordsOf } from './layout';
import { labelledName } from './people';

const MAX_SELECTION = 2_000;
const classTokens = (el: Element) => (el.getAttribute('class') ?? '').split(/\s+/);
const ID_LIKE = /^#?[A-Za-z]{0,6}-?\d{2,14}$/;

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

/**
 * The subject's candidates, best first: [data-subject], a "subject" element, the main headings, a form's
 * "Subject" field (a case record: its heading is the case number), the other headings, og:title. Which
 * of them is a subject is the panel's choice (src/shared/page-reading.ts).
 */
export function subjectCandidates(doc: Document, layout: PageLayout, exclude: Element[]): string[] {
  const data = headingsOf(layout, '[data-subject]', exclude)[0];
  const subjectIn = (skip: Element[]) =>
    headingsOf(layout, '[class*="subject" i], [id*="subject" i], input[name=subject]', skip).find(
      (e) =>
        classWords(e).includes('subject') || /subject/i.test(e.id) || e.getAttribute('name') === 'subject',
    );
  const named = subjectIn(exclude);
  // A timeline of mails may show the subject only on each mail of the thread.
  const mailed = subjectIn([]);
  // A ticket's "summary" or "title" element ("ticket-summary", "_caseTitle_x1"), when no heading says it.
  const summary = headingsOf(layout, '[class*="summary" i], [class*="title" i]', exclude).find((e) =>
    classTokens(e).some((t) =>
      /^(?:ticket|request|case|issue)-(?:summary|title)$/.test(wordsOf(t).join('-')),
    ),
  );
  return [
    data && (data.getAttribute('data-subject') || readValue(data)),
    named && titledText(named),
    ...headingsOf(layout, 'h1', exclude)
      .slice(0, 10)
      .map((el) => textOf(el)),
    summary && textOf(summary),
    labelledName(
      doc,
      /^(?:subject|case title|short description|summary)$/i,
      false,
      (raw) => raw?.trim() || undefined,
    ),
    ...headingsOf(layout, 'h2, [role=heading]', exclude).slice(0, 20).map(titledText),
    // A staff view whose h2 is the ticket's number may give the subject a lesser heading.
    ...headingsOf(layout, 'h3', exclude).slice(0, 5).map(titledText),
    mailed && titledText(mailed),
    doc.querySelector('meta[property="og:title"]')?.getAttribute('content'),
  ].filter((text): text is string => !!text);
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
  // As shown: the panel drops its quoted history and signature (src/shared/page-reading.ts).
  return best
    ? field(
        textOf(best, (el) => layout.isChrome(el) || el.matches(NOT_CONTENT)),
        RAW_FIELD,
      )
    : undefined;
}

/** The text the agent has selected on the page, trimmed and capped. */
export function readSelection(doc: Document): string | undefined {
  const text = normalizeText(doc.getSelection?.()?.toString() ?? '');
  return text ? cap(text, MAX_SELECTION) : undefined;
}
