// Finding the box where the agent writes the reply, and reading what is in it.
import { isVisible, textOf } from './dom';
import type { PageLayout } from './layout';

export type ReplyBox = HTMLTextAreaElement | HTMLInputElement | HTMLElement;

const EDITABLE_SELECTOR =
  'textarea, input:not([type]), input[type=text], [contenteditable=""], [contenteditable=true], [contenteditable=plaintext-only], [role=textbox]';
const REPLY_WORDS =
  /\b(?:reply|respon[sd]\w*|answer|comment|message|compose|chat|conversation|write|draft|body)/i;
const NOTE_WORDS = /\b(?:note|internal|work ?notes?)\b/i;
const NOT_A_REPLY =
  /\b(?:search|filter|find|query|subject|title|recipients?|to|cc|bcc|e-?mail address|tags?|url|password)\b/i;

function editableHost(el: Element): HTMLElement | undefined {
  // Rich editors nest contenteditable elements; the host is the outermost one.
  let host = el as HTMLElement;
  while (host.parentElement?.isContentEditable) host = host.parentElement;
  return host;
}

/** True for textareas, text inputs and contenteditable/textbox elements the agent can type in. */
export function isEditable(el: Element | null | undefined): el is ReplyBox {
  if (!el) return false;
  if (el.tagName === 'TEXTAREA')
    return !(el as HTMLTextAreaElement).disabled && !(el as HTMLTextAreaElement).readOnly;
  if (el.tagName === 'INPUT') {
    const input = el as HTMLInputElement;
    return (input.type === 'text' || !el.getAttribute('type')) && !input.disabled && !input.readOnly;
  }
  const html = el as HTMLElement;
  return html.isContentEditable === true || el.getAttribute('role') === 'textbox';
}

function describe(el: Element): string {
  const doc = el.ownerDocument;
  const labelledBy = (el.getAttribute('aria-labelledby') ?? '')
    .split(/\s+/)
    .map((id) => (id ? (doc.getElementById(id)?.textContent ?? '') : ''))
    .join(' ');
  // Compared, not put in a selector: no escaping, and no `CSS` global (absent where the CLI reads pages).
  const label = el.id
    ? Array.from(doc.getElementsByTagName('label')).find((l) => l.getAttribute('for') === el.id)?.textContent
    : '';
  return [
    el.getAttribute('aria-label'),
    el.getAttribute('placeholder'),
    el.getAttribute('aria-placeholder'),
    el.getAttribute('data-placeholder'),
    el.getAttribute('name'),
    el.id,
    el.getAttribute('class'),
    el.getAttribute('data-test-id'),
    el.getAttribute('data-testid'),
    labelledBy,
    label,
    el.closest('form, [role=region], [role=group]')?.getAttribute('aria-label'),
  ]
    .filter(Boolean)
    .join(' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ');
}

function score(el: ReplyBox, layout: PageLayout, preferred: Element | null | undefined): number {
  const text = describe(el);
  const isInput = el.tagName === 'INPUT';
  if (el.getAttribute('type') === 'search' || el.getAttribute('role') === 'searchbox') return -1;
  if (NOT_A_REPLY.test(text) && !REPLY_WORDS.test(text)) return -1;
  if (isInput && !REPLY_WORDS.test(text)) return -1;
  let points = 1;
  if (REPLY_WORDS.test(text)) points += 10;
  if (NOTE_WORDS.test(text)) points -= 4;
  if (el === preferred || el.contains(preferred ?? null)) points += 30;
  if (layout.isChrome(el)) points -= 6;
  if (el.tagName === 'TEXTAREA' || (el as HTMLElement).isContentEditable) points += 2;
  return points;
}

/**
 * The reply box: the focused (or last focused) editable when there is one, otherwise the visible
 * textarea/contenteditable that best looks like a reply ("Reply", "Comment", "Message"…).
 */
export function findReplyBox(
  doc: Document,
  layout: PageLayout,
  lastFocused?: Element | null,
  selectors?: string[],
): ReplyBox | undefined {
  const preferred = [doc.activeElement, lastFocused].find(
    (el) => isEditable(el) && el?.isConnected && isVisible(el),
  ) as ReplyBox | undefined;
  const candidates: ReplyBox[] = [];
  for (const selector of selectors ?? []) {
    for (const el of Array.from(doc.querySelectorAll(selector))) {
      const host = (el as HTMLElement).isContentEditable ? editableHost(el) : el;
      if (host && isEditable(host) && isVisible(host)) return host;
    }
  }
  for (const el of Array.from(doc.querySelectorAll(EDITABLE_SELECTOR))) {
    const host = (el as HTMLElement).isContentEditable ? editableHost(el) : (el as HTMLElement);
    if (host && isEditable(host) && !candidates.includes(host) && isVisible(host)) candidates.push(host);
  }
  let best: ReplyBox | undefined;
  let bestScore = 0;
  for (const el of candidates) {
    const points = score(el, layout, preferred);
    if (points > bestScore) {
      best = el;
      bestScore = points;
    }
  }
  return best;
}

/** What the agent has typed in the reply box so far. */
export function readDraft(box: ReplyBox | undefined): string {
  if (!box) return '';
  if (box.tagName === 'TEXTAREA' || box.tagName === 'INPUT') return (box as HTMLTextAreaElement).value;
  return textOf(box);
}
