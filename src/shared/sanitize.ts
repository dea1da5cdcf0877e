// The allow-list sanitiser behind src/shared/render.ts. The HTML it gets comes from our own Markdown
// renderer (which escapes all text), so this is the second line of defence. It parses into an inert
// document (DOMParser: no script runs, nothing loads) and builds a fresh tree from it: only the tags and
// attributes below, in the HTML namespace, and text. Comments, foreign content (SVG, MathML) and the
// content of script-like elements are dropped; any other element is replaced by its content.
import { wordSet } from './word-set';

const TAGS = wordSet(
  'a b blockquote br code del em h1 h2 h3 h4 h5 h6 hr i li ol p pre strong table tbody td th thead tr ul',
);
/** Elements whose content is dropped with them (code, styles, embedded documents, form state). */
const DROP_CONTENT = wordSet(
  'script style template noscript noembed noframes iframe object embed textarea select title xmp plaintext',
);
/** Attributes kept, per tag; `*` for every allowed tag. */
const ATTRIBUTES: Record<string, readonly string[]> = {
  '*': ['title'],
  a: ['href'],
  code: ['class'],
  ol: ['start'],
};
const SAFE_HREF = /^(https?:|mailto:)/i;
const HTML_NS = 'http://www.w3.org/1999/xhtml';
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

function copyChildren(from: Node, to: Node, doc: Document): void {
  for (const child of from.childNodes) {
    if (child.nodeType === TEXT_NODE) {
      to.appendChild(doc.createTextNode(child.textContent ?? ''));
      continue;
    }
    if (child.nodeType !== ELEMENT_NODE) continue;
    const element = child as Element;
    const tag = element.localName;
    if (element.namespaceURI !== HTML_NS || DROP_CONTENT.has(tag)) continue;
    if (!TAGS.has(tag)) {
      copyChildren(element, to, doc);
      continue;
    }
    const copy = doc.createElement(tag);
    for (const name of [...(ATTRIBUTES['*'] ?? []), ...(ATTRIBUTES[tag] ?? [])]) {
      const value = element.getAttribute(name);
      if (value !== null) copy.setAttribute(name, value);
    }
    if (tag === 'a') {
      if (!SAFE_HREF.test(copy.getAttribute('href') ?? '')) copy.removeAttribute('href');
      copy.setAttribute('target', '_blank');
      copy.setAttribute('rel', 'noopener noreferrer');
    }
    copyChildren(element, copy, doc);
    to.appendChild(copy);
  }
}

/**
 * Untrusted HTML → fresh nodes of `doc` with only the allowed tags and attributes, ready to be put in
 * place as they are (no second parse). Throws where it cannot parse safely.
 */
export function sanitizedNodes(html: string, doc: Document = document): DocumentFragment {
  if (typeof DOMParser === 'undefined') throw new Error('this page cannot sanitise HTML safely');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const out = doc.createDocumentFragment();
  copyChildren(parsed.body, out, doc);
  return out;
}

/** The same as HTML text (for checks and exports; pages take the nodes). */
export function sanitizeHtml(html: string, doc: Document = document): string {
  const holder = doc.createElement('div');
  holder.append(sanitizedNodes(html, doc));
  return holder.innerHTML;
}
