// Who wrote a message: the customer, the agent, an internal note or the system. Decided from the
// page's own hints (data-role attributes, class words, meta labels), names, and automated wording.

import { isAutomatedText } from '../shared/page-text';
import { wordSet } from '../shared/word-set';
import { attributeHints, textOf } from './dom';
import { wordsOf } from './layout';
import { isMeta, messageBody } from './message-parts';

export type Role = 'customer' | 'agent' | 'internal' | 'system' | 'unknown';

export interface People {
  agentName?: string;
  customerName?: string;
}

/** For each ancestor of `items`, how many of the items it holds (itself included). */
export function holdCounts(items: Element[]): Map<Element, number> {
  const counts = new Map<Element, number>();
  for (const item of items) {
    for (let up: Element | null = item; up; up = up.parentElement) counts.set(up, (counts.get(up) ?? 0) + 1);
  }
  return counts;
}

/** True for an element that wraps a message other than the one being classified. */
export type WrapsOthers = (wrapper: Element) => boolean;

export function wrapsOthersOf(items: Element[]): WrapsOthers {
  const counts = holdCounts(items);
  return (wrapper) => (counts.get(wrapper) ?? 0) > 1;
}

const ROLE_ATTRS =
  'data-role data-author-role data-author-type data-sender data-sender-type data-sender-role data-from data-direction data-type data-kind data-visibility type'.split(
    ' ',
  );
const INTERNAL = wordSet('internal private whisper note notes worknote worknotes');
const SYSTEM = wordSet(
  'system automated automatic automation autoreply bot audit notification trigger lineitem',
);
/** Words that make an "event" a message someone wrote ("EmailMessageEvent", "comment-event"). */
const WRITTEN = wordSet('message email mail comment reply chat post conversation');
const CUSTOMER = wordSet(
  'customer requester enduser end visitor contact client inbound incoming received guest lead user them other theirs',
);
const AGENT = wordSet(
  'agent staff operator admin support outbound outgoing sent self me mine own teammate rep employee responder assistant',
);

function roleFromWords(words: string[]): Role | undefined {
  if (words.some((w) => INTERNAL.has(w)) || words.join(' ').includes('work notes')) return 'internal';
  if (words.some((w) => SYSTEM.has(w)) || words.join(' ').includes('auto reply')) return 'system';
  // A feed's "event" is the system's unless it is a written one (an email or message event).
  if (words.includes('event') && !words.some((w) => WRITTEN.has(w))) return 'system';
  const customer = words.some((w) => CUSTOMER.has(w));
  const agent = words.some((w) => AGENT.has(w));
  if (customer && !agent) return 'customer';
  if (agent && !customer) return 'agent';
  return undefined;
}

// "bubble--in" / "msg-out", or a class of its own ("_in_7xw3s", a CSS module's): direction classes, too
// short to trust as plain words ("fade-in").
const DIRECTION = /^(?:(?:msg|message|bubble|chat|direction)-)?(in|out)$/;

function hintWords(el: Element): string[] {
  const words = wordsOf(attributeHints(el));
  for (const token of (el.getAttribute('class') ?? '').split(/\s+/)) {
    const direction = DIRECTION.exec(wordsOf(token).join('-'))?.[1];
    if (direction) words.push(direction === 'in' ? 'incoming' : 'outgoing');
  }
  return words;
}

/**
 * A note or system word every message of the thread carries names what the tool calls an entry (a
 * "note-stream-item" for customer mails and replies alike), not whose each one is.
 */
export function kindWords(items: Element[]): Set<string> {
  const [first, ...rest] = items.map((el) => new Set(wordsOf(attributeHints(el))));
  const words = [...(rest.length ? (first ?? []) : [])];
  return new Set(words.filter((w) => (INTERNAL.has(w) || SYSTEM.has(w)) && rest.every((set) => set.has(w))));
}

function hintsAround(item: Element, wrapsOthers: WrapsOthers): string[] {
  // The item's own attributes, then its wrappers' until one also wraps another message.
  const words = hintWords(item);
  let up = item.parentElement;
  for (let depth = 0; up && depth < 3 && !wrapsOthers(up); depth++, up = up.parentElement) {
    words.push(...hintWords(up));
  }
  return words;
}

const META_PHRASES: [RegExp, Role][] = [
  [/\b(?:internal|private|work) (?:notes?|comments?)\b|\bnote\b/i, 'internal'],
  [/\b(?:automated|auto-?reply|system|bot)\b/i, 'system'],
  [/\b(?:customer|requester|end[- ]user|visitor)\b/i, 'customer'],
  [/\b(?:agent|support team|staff|public reply)\b|\(support\)/i, 'agent'],
];

function sameName(a: string | undefined, b: string | undefined): boolean {
  return !!a && !!b && a.toLowerCase() === b.toLowerCase();
}

/** Who wrote a message, by its author's name: the customer's, or the signed-in agent's ("You"). */
export function byName(author: string | undefined, people: People): Role | undefined {
  if (sameName(author, people.customerName)) return 'customer';
  if (sameName(author, people.agentName) || /^(?:you|me)$/i.test(author ?? '')) return 'agent';
  return undefined;
}

/** Decides who wrote a message element. */
export function classifyMessage(
  item: Element,
  wrapsOthers: WrapsOthers,
  people: People,
  author?: string,
  kind = new Set<string>(),
): Role {
  const explicit: string[] = [];
  for (const name of ROLE_ATTRS) explicit.push(...wordsOf(item.getAttribute(name)));
  const fromAttrs = roleFromWords(explicit);
  if (fromAttrs === 'internal' || fromAttrs === 'system') return fromAttrs;
  const fromHints = roleFromWords(hintsAround(item, wrapsOthers).filter((w) => !kind.has(w)));
  if (fromHints === 'internal' || fromHints === 'system') return fromHints;
  // What the item says around its words: the author line, "replied", "added a note", "(Support)".
  const body = messageBody(item);
  const meta = (
    body
      ? textOf(item, (el) => el === body)
      : Array.from(item.querySelectorAll('header, [class]'))
          .filter(isMeta)
          .map((el) => textOf(el))
          .join(' ')
  )
    .slice(0, 400)
    // Inline parts glued together ("Ruth ColeCustomer") are words apart.
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
  const fromMeta = META_PHRASES.find(([re]) => re.test(meta))?.[1];
  if (fromMeta === 'internal' || fromMeta === 'system') return fromMeta;
  if (isAutomatedText(textOf(item, isMeta).slice(0, 400))) return 'system';
  if (fromAttrs) return fromAttrs;
  return byName(author, people) ?? fromHints ?? fromMeta ?? 'unknown';
}
