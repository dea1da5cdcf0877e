// Who the customer is and who the logged-in agent is, from labels, attributes and links on the page.

import { cleanName } from '../shared/page-text';
import { wordSet } from '../shared/word-set';
import { isVisible, ownText, readValue, textOf } from './dom';
import { classWords, type PageLayout } from './layout';

const CUSTOMER_LABELS =
  /^(?:requester|requester name|requested by|customer|customer name|contact|contact name|caller|client|end user|visitor|reported by|reporter)$/i;
const FROM_LABEL = /^from$/i;
const INLINE_LABEL =
  /^(requester|requested by|customer|customer name|contact|contact name|caller|client|visitor|reported by|from)\s*:\s*(\S.{1,100})$/i;
// "Signed in as Sam"; Microsoft 365's account button says "Account manager for Sam Rivera".
const SIGNED_IN = /^(?:(?:signed|logged) in as|account manager for)\s*:?\s*(.+)$/i;

const FIELD_LABEL =
  /^(?:name|full name|e-?mail|phone|company|organi[sz]ation|address|location|title|status|priority|type|tags?|id)\s*:?$/i;

/** The first line of a value, unless it is itself another field's label ("Name", "Email"). */
function firstLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim()) ?? '';
  return FIELD_LABEL.test(line.trim()) ? '' : line;
}

type Clean = (raw: string | null | undefined) => string | undefined;

function valueNextTo(label: Element, clean: Clean = cleanName): string | undefined {
  const doc = label.ownerDocument;
  if (label.tagName === 'LABEL') {
    const target = label.getAttribute('for');
    const control = target ? doc.getElementById(target) : label.querySelector('input, select, textarea');
    if (control) return clean(readValue(control));
  }
  let next = label.nextElementSibling;
  if (label.tagName === 'DT') while (next && next.tagName !== 'DD') next = next.nextElementSibling;
  const fromSibling = clean(firstLine(readValue(next)));
  if (fromSibling) return fromSibling;
  const parent = label.parentElement;
  if (!parent) return undefined;
  const fromParentSibling = clean(firstLine(readValue(parent.nextElementSibling)));
  if (fromParentSibling && ownText(parent).length <= 30) return fromParentSibling;
  const rest = textOf(parent).replace(textOf(label), '');
  return rest.length <= 100 ? clean(rest) : undefined;
}

function scanText(doc: Document, visit: (text: string, parent: Element, node: Node) => boolean): void {
  const root = doc.body;
  if (!root) return;
  const walker = doc.createTreeWalker(root, 4);
  let seen = 0;
  for (let node = walker.nextNode(); node && seen < 20_000; node = walker.nextNode(), seen++) {
    const text = (node as Text).data.trim();
    const parent = node.parentElement;
    if (!text || text.length > 120 || !parent || parent.closest('script, style, nav, [role=navigation]'))
      continue;
    if (visit(text.replace(/\s+/g, ' '), parent, node)) return;
  }
}

/**
 * The value shown next to a label such as "Requester" or "Customer", anywhere but navigation.
 * `clean` validates it (a person's name by default).
 */
export function labelledName(
  doc: Document,
  labels: RegExp,
  inline = true,
  clean: Clean = cleanName,
): string | undefined {
  let found: string | undefined;
  scanText(doc, (text, parent, node) => {
    const bare = text.replace(/\s*:$/, '');
    // "Requester: <span>Dana</span>": the value is the element right after the label's words.
    const next = node.nextSibling;
    // A column title of a table ("Requester", "Subject") names no one value.
    if (labels.test(bare) && isVisible(parent) && !parent.closest('th, [role=columnheader]'))
      found =
        (next?.nodeType === 1 ? clean(textOf(next as Element)) : undefined) ?? valueNextTo(parent, clean);
    else if (inline) {
      const match = INLINE_LABEL.exec(text);
      if (match && labels.test(match[1] ?? '')) found = clean(match[2]);
    }
    return !!found;
  });
  return found;
}

/** The logged-in agent's name ("Signed in as Sam Rivera", data-current-user…), when the page shows it. */
export function findAgentName(doc: Document): string | undefined {
  for (const el of Array.from(
    doc.querySelectorAll(
      '[data-current-user-name], [data-current-user], [data-user-name][class*="current" i]',
    ),
  )) {
    const name = cleanName(
      el.getAttribute('data-current-user-name') ??
        el.getAttribute('data-current-user') ??
        el.getAttribute('data-user-name'),
    );
    if (name) return name;
  }
  for (const el of Array.from(doc.querySelectorAll('[title], [aria-label]'))) {
    const match = SIGNED_IN.exec(el.getAttribute('aria-label') || el.getAttribute('title') || '');
    if (match) return cleanName(match[1]);
  }
  let found: string | undefined;
  scanText(doc, (text) => {
    found = cleanName(SIGNED_IN.exec(text)?.[1]);
    return !!found;
  });
  return found;
}

const CUSTOMERISH = wordSet('customer contact requester visitor client enduser caller');

function namedElement(doc: Document, layout: PageLayout): string | undefined {
  for (const el of Array.from(doc.querySelectorAll('[data-customer-name], [class*="name" i]'))) {
    const attr = el.getAttribute('data-customer-name');
    if (attr) return cleanName(attr);
    const words = classWords(el);
    if (!words.includes('name') || !words.some((w) => CUSTOMERISH.has(w))) continue;
    if (layout.isChrome(el) && el.closest('nav, [role=navigation]')) continue;
    const name = cleanName(textOf(el));
    if (name && isVisible(el)) return name;
  }
  return undefined;
}

function ariaNamed(doc: Document): string | undefined {
  for (const el of Array.from(doc.querySelectorAll('[aria-label]'))) {
    const match = /^(?:customer|requester|contact)\s*:\s*(.+)$/i.exec(el.getAttribute('aria-label') ?? '');
    if (match) return cleanName(match[1]);
  }
  return undefined;
}

function mailtoNamed(layout: PageLayout): string | undefined {
  for (const a of Array.from(layout.main.querySelectorAll('a[href^="mailto:" i]'))) {
    if (layout.isChrome(a)) continue;
    const name = cleanName(a.getAttribute('title') || textOf(a));
    if (name) return name;
  }
  return undefined;
}

function notAgent(name: string | undefined, agentName: string | undefined): string | undefined {
  return name && name.toLowerCase() !== agentName?.toLowerCase() ? name : undefined;
}

/** The customer's name where the page labels it: "Requester"/"Customer"/"Contact", a customer-name element, an aria label. */
export function labelledCustomerName(
  doc: Document,
  layout: PageLayout,
  agentName: string | undefined,
): string | undefined {
  return (
    notAgent(labelledName(doc, CUSTOMER_LABELS), agentName) ??
    notAgent(namedElement(doc, layout), agentName) ??
    notAgent(ariaNamed(doc), agentName)
  );
}

/** Weaker guesses for the customer's name: a mailto link in the main area, a "From" label. */
export function guessedCustomerName(
  doc: Document,
  layout: PageLayout,
  agentName: string | undefined,
): string | undefined {
  return (
    notAgent(mailtoNamed(layout), agentName) ?? notAgent(labelledName(doc, FROM_LABEL, false), agentName)
  );
}

/** People the page shows: what its avatars show (a name in their alt text or title, or initials, "DW"). */
export function shownPeople(doc: Document): string[] {
  const names = new Set<string>();
  for (const el of Array.from(doc.querySelectorAll('[class*="avatar" i]')).slice(0, 200)) {
    const name = (
      (el.querySelector('img') ?? el).getAttribute('alt') ||
      el.getAttribute('title') ||
      el.textContent
    )?.trim();
    if (name && name.length <= 60) names.add(name);
  }
  return [...names].slice(0, 60);
}
