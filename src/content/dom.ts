// Small DOM reading helpers shared by the adapters. Read-only: nothing here changes the page.
import { wordSet } from '../shared/word-set';

const SKIP_TAGS = wordSet(
  'SCRIPT STYLE NOSCRIPT TEMPLATE SVG CANVAS BUTTON SELECT TEXTAREA INPUT IFRAME OBJECT VIDEO AUDIO IMG',
);
const BLOCK_TAGS = wordSet(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TR UL',
);
const MAX_WALK = 60_000;

/** False for elements the agent cannot see (display:none, hidden, closed dialogs). */
export function isVisible(el: Element): boolean {
  if (el.closest('[hidden], template')) return false;
  const check = (el as Element & { checkVisibility?: (options?: object) => boolean }).checkVisibility;
  if (typeof check === 'function') return check.call(el, { visibilityProperty: true });
  const style = (el as HTMLElement).style;
  return !style || (style.display !== 'none' && style.visibility !== 'hidden');
}

function keepsLineBreaks(node: Text): boolean {
  const parent = node.parentElement;
  if (!parent) return false;
  if (parent.closest('pre, textarea')) return true;
  const view = parent.ownerDocument.defaultView;
  const whiteSpace = view?.getComputedStyle?.(parent).whiteSpace ?? '';
  return whiteSpace.startsWith('pre') || whiteSpace === 'break-spaces';
}

/**
 * The readable text of an element, with line breaks where blocks and <br> are: like innerText, but
 * predictable without layout. `skip` leaves out matching elements (quotes, author lines…).
 */
export function textOf(root: Element | null | undefined, skip?: (el: Element) => boolean): string {
  if (!root) return '';
  const parts: string[] = [];
  let size = 0;
  const walk = (node: Node): void => {
    if (size > MAX_WALK) return;
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (!data) return;
      // Multi-line text nodes keep their breaks only where CSS shows them (pre, pre-wrap chat bubbles).
      const text = data.includes('\n') && keepsLineBreaks(node as Text) ? data : data.replace(/\s+/g, ' ');
      parts.push(text);
      size += text.length;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (tag === 'BR') {
      parts.push('\n');
      return;
    }
    if (SKIP_TAGS.has(tag) || el.hasAttribute('hidden') || (skip && el !== root && skip(el))) return;
    // Decorative bits (avatar initials, icons) are aria-hidden: not words the agent reads.
    if (el !== root && el.getAttribute('aria-hidden') === 'true') return;
    if ((el as HTMLElement).style?.display === 'none') return;
    const block = BLOCK_TAGS.has(tag);
    if (block) parts.push('\n');
    const children = el.shadowRoot?.childNodes ?? el.childNodes;
    for (const child of Array.from(children)) walk(child);
    if (tag === 'TD' || tag === 'TH') parts.push(' \t ');
    if (block) parts.push(tag === 'P' ? '\n\n' : '\n');
  };
  walk(root);
  return parts
    .join('')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The text of an element's own text nodes, without descendants (a label's own words). */
export function ownText(el: Element): string {
  let text = '';
  for (const child of Array.from(el.childNodes)) if (child.nodeType === 3) text += (child as Text).data;
  return text.replace(/\s+/g, ' ').trim();
}

/** The value of a form control or the text of anything else. */
export function readValue(el: Element | null | undefined): string {
  if (!el) return '';
  if (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT') return (el as HTMLInputElement).value ?? '';
  if (el.tagName === 'META') return el.getAttribute('content') ?? '';
  return textOf(el);
}

/** The first element matching one of `selectors` (tried in order) that is visible. */
export function firstVisible(root: ParentNode, selectors: string[]): Element | undefined {
  for (const selector of selectors) {
    for (const el of Array.from(root.querySelectorAll(selector))) if (isVisible(el)) return el;
  }
  return undefined;
}

/** All visible elements matching `selector`, in document order. */
export function allVisible(root: ParentNode, selector: string): Element[] {
  return Array.from(root.querySelectorAll(selector)).filter(isVisible);
}

/** Like querySelectorAll, but also looks inside open shadow roots (ServiceNow, Salesforce). */
export function deepQueryAll(root: ParentNode, selector: string, limit = 200): Element[] {
  const found: Element[] = [];
  const visit = (scope: ParentNode): void => {
    for (const el of Array.from(scope.querySelectorAll(selector))) {
      if (found.length >= limit) return;
      found.push(el);
    }
    for (const host of Array.from(scope.querySelectorAll('*'))) {
      if (found.length >= limit) return;
      if (host.shadowRoot) visit(host.shadowRoot);
    }
  };
  visit(root);
  return found;
}

/** Class, id and data-* attribute values: the hints a page gives about what an element is. */
export function attributeHints(el: Element): string {
  const parts: string[] = [];
  for (const attr of Array.from(el.attributes)) {
    if (attr.name === 'class' || attr.name === 'id' || attr.name.startsWith('data-')) parts.push(attr.value);
  }
  return parts.join(' ');
}
