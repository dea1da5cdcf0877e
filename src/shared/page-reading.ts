// What the content script reads off a page (src/content/read-page.ts) is the page's raw facts: every
// message of the open conversation with who wrote it and when, its words as shown, the subject's
// candidates in the order they are tried, the names the site calls itself by. The choices made from
// those facts are text work, done here, outside the content script (whose size every page pays): the
// customer's latest message, its words without quoted history and signature, the customer's name when no
// label gives it, and the subject. The panel, the worker's snippet shortcuts and the CLI finish a reading
// the same way, so a saved page gives the panel's facts.

import { isPageContext } from './messages';
import type { PageContext } from './model';
import { cap, cleanMessage, field, normalizeText, titleParts, titlePieces } from './page-text';
import { isRecord } from './records';
import { stripTicketRef } from './ticket-id';

export type MessageRole = 'customer' | 'agent' | 'internal' | 'system' | 'unknown';

/** One message of the open conversation as the content script sends it. */
export interface ReadMessage {
  role: MessageRole;
  /**
   * Its words as shown (no author line or time), sent for the customer's and unattributed messages; of
   * the agent's, their first words (a greeting names the customer).
   */
  text?: string;
  author?: string;
  /** When it was written, as a number that orders the page's messages. */
  time?: number;
}

/** The raw facts beside a PageContext's fields, until `finishPage` turns them into the fields. */
export interface PageReading extends PageContext {
  thread?: ReadMessage[];
  /** Subject candidates, best first (the tab's title is tried after them). */
  subjects?: string[];
  /** Names the site calls itself by (never a subject). */
  names?: string[];
  /** People the page shows: what its avatars show (a name, or initials). */
  people?: string[];
  agentName?: string;
  /** A weak guess at the customer's name (a mailto link, a "From" label), after the latest message's author. */
  nameGuess?: string;
}

const MAX_SUBJECT = 300;
const GENERIC_HEADINGS =
  /^(?:inbox|tickets?|all tickets|my tickets|unassigned|dashboard|home|conversations?|views?|search|support|help ?desk|messages?|details|activity|overview|customer|requester|reply|notes?|untitled|cases|orders|(?:related|recent|past|previous|other|linked) \w+|\w+ (?:info|details|history)|timeline|history|attachments|macros)$/i;
// One token of letters and digits ("CAS-01234-X7Y8Z9", "INC0012345"): a record number, never a subject.
const RECORD_NUMBER = /^#?(?=\S*\d)[\w-]{2,30}$/;

// Up to four words, each capitalised, no digit: a person's name may be one ("Priyanka Nair"), and so may a
// subject ("Order Not Received"); what the page shows of its people tells them apart (`PageNames`).
const NAME_LIKE = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}$/u;
// "Hi Kenji, …", "Hola Tomás!": a reply's greeting names the customer.
const GREETING = /^(?:[Hh]i|[Hh]ello|[Hh]ey|[Dd]ear|[Hh]ola|[Hh]allo|[Bb]onjour)\s+(\p{Lu}[\p{L}'’-]+)/u;
const INITIALS = /^\p{Lu}{2,3}$/u;
// What an author line may open with that names nobody ("Email · 9:12 AM", "Today · 11:52").
const NO_FIRST_NAME = /^(?:e-?mail|chat|phone|sms|web|today|yesterday|seen|sent|read|you|me)$/;
// "Thanks,\nMaria": a name signed under a message, its last line.
const SIGNED =
  /\b(?:[Tt]hanks|[Tt]hank you|[Rr]egards|[Cc]heers|[Bb]est|[Ww]armly)\b[^\n]{0,20}\n+(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)\s*$/u;

/** The names a page gives its people, lower-cased: never a subject. */
export interface PageNames {
  /** Whole names: the thread's authors, the customer's and the agent's, an avatar's. */
  whole: Set<string>;
  /** First names: a person's one-word author line ("Tomás · 14:02"), a reply's greeting, a customer's sign-off. */
  first: Set<string>;
  /** What avatars show as initials ("DW"), upper-case. */
  initials: Set<string>;
}

export interface SubjectHints {
  names: Set<string>;
  ticketId?: string;
  customerName?: string;
  people?: PageNames;
}

/** A name as an author line gives it, without the time, channel or status after it ("Nadia Perez · 11:52 · Seen"). */
function nameOf(line: string | undefined): string | undefined {
  return line?.split(/[·•|]/)[0]?.trim().toLowerCase() || undefined;
}

/** The names a page gives its people: the thread's authors, the customer's, the agent's, avatars, greetings. */
export function pageNames(reading: PageReading, customerName?: string): PageNames {
  const whole = new Set<string>();
  const first = new Set<string>();
  const initials = new Set<string>();
  // A one-word name is a first name only as a person's author line gives it (a system entry's "System", a
  // note's "Note", an avatar's "Profile" are none), and a channel or a day is none ("Email · 9:12 AM").
  const add = (raw: string | undefined, role?: MessageRole) => {
    const name = nameOf(raw);
    if (!name) return;
    whole.add(name);
    const person = role === 'customer' || role === 'agent' || role === 'unknown';
    if (person && !name.includes(' ') && !NO_FIRST_NAME.test(name)) first.add(name);
  };
  for (const name of [customerName, reading.customerName, reading.nameGuess, reading.agentName]) add(name);
  for (const m of reading.thread ?? []) {
    add(m.author, m.role);
    const greeted = m.role === 'agent' ? GREETING.exec(m.text ?? '')?.[1] : undefined;
    if (greeted) first.add(greeted.toLowerCase());
    const signed = m.role === 'customer' ? SIGNED.exec(m.text ?? '')?.[1]?.toLowerCase() : undefined;
    if (signed) {
      whole.add(signed);
      first.add(signed.split(' ')[0]!);
    }
  }
  for (const shown of reading.people ?? []) {
    if (INITIALS.test(shown)) initials.add(shown);
    else add(shown);
  }
  return { whole, first, initials };
}

/** A candidate that is one of the page's people: a name it gives, or a name its avatar's initials or a greeting match. */
function isPerson(text: string, people: PageNames | undefined): boolean {
  if (!people) return false;
  const lower = text.toLowerCase();
  if (people.whole.has(lower)) return true;
  if (!NAME_LIKE.test(text)) return false;
  const words = text.split(' ');
  return (
    people.first.has(words[0]!.toLowerCase()) ||
    (words.length > 1 && people.initials.has(words.map((word) => word[0]).join('')))
  );
}

// One field of a ticket's metadata: an id, a date or a time, "2 hours ago", a status or a priority,
// "Created by Dana via Email", "Due by Wed, 12 Mar", "Status: Open".
const META_FIELD = new RegExp(
  [
    String.raw`#?[\w-]*\d[\w-]*`,
    String.raw`(?:created|opened|updated|modified|reported|submitted|raised|assigned|due|closed|resolved|merged)(?: \w+)? (?:by|on|at|in|to)\b.*`,
    String.raw`via \S+.*`,
    String.raw`(?:status|state|priority|type|group|tags?|channel|source|sla|agent|assignee|owner|requester|order|ticket|case|id|due)\s*:.*`,
    String.raw`(?:open|pending|closed|solved|resolved|new|on hold|waiting(?: on \w+)?|urgent|high|medium|low|normal)`,
    String.raw`.*\b(?:ago|today|yesterday)`,
    String.raw`.*\d:\d\d.*`,
    String.raw`(?:\w+,? )?\d{1,2}(?:st|nd|rd|th)? \w{3,9},? \d{4}`,
  ]
    .map((field) => `^(?:${field})$`)
    .join('|'),
  'i',
);

/**
 * A line of a ticket's metadata ("#7834 · Created by Dana via Email · 2 hours ago · Due by Wed…",
 * "Status: Open"), which a heading's element may hold under the subject: never part of it.
 */
export function isMetadataLine(line: string): boolean {
  const fields = line
    .split(/[·•|]/)
    .map((part) => part.trim())
    .filter(Boolean);
  if (fields.length === 0) return true;
  const meta = fields.filter((part) => META_FIELD.test(part));
  if (fields.length > 1) return meta.length === fields.length;
  // One field alone only as a short "Label: value" ("Status: Open"; not "Order 4521: never arrived").
  return meta.length === 1 && /^[^:]{1,20}:\s*\S+(?:\s\S+){0,2}$/.test(line);
}

/** Cleans a subject candidate; undefined for site names, generic headings and customer names. */
export function acceptSubject(raw: string | undefined, hints: SubjectHints): string | undefined {
  if (!raw) return undefined;
  const lines = normalizeText(raw).split('\n');
  let text = lines.filter((line) => !isMetadataLine(line)).join(' ');
  text = stripTicketRef(text.replace(/^(?:subject|re|fwd?)\s*:\s*/i, ''), hints.ticketId).replace(
    /^(?:subject)\s*:\s*/i,
    '',
  );
  const lower = text.toLowerCase();
  if (text.length < 3 || GENERIC_HEADINGS.test(text) || hints.names.has(lower)) return undefined;
  if (hints.customerName && lower === hints.customerName.toLowerCase()) return undefined;
  if (RECORD_NUMBER.test(text) || isPerson(text, hints.people)) return undefined;
  return cap(text, MAX_SUBJECT);
}

/** The subject: the first candidate that is one, else the longest part of the tab's title that is one. */
export function chooseSubject(candidates: readonly string[], title: string, hints: SubjectHints) {
  for (const candidate of candidates) {
    const subject = acceptSubject(candidate, hints);
    if (subject) return subject;
  }
  const parts = titleParts(title);
  // The last of several parts, in capitalised words, is the app's name ("Ticket #1432 - Spiceworks Cloud
  // Help Desk", "Conversations | Kommunicate Dashboard"); a subject comes before it.
  if (parts.length > 1 && NAME_LIKE.test(parts.at(-1) ?? '')) parts.pop();
  // A part whose pieces include one that is no subject ("Inbox · Dana Reyes") is read piece by piece.
  return (
    parts
      .flatMap((part) => {
        const pieces = titlePieces(part);
        return pieces.some((piece) => !acceptSubject(piece, hints)) ? pieces : [part];
      })
      .map((part) => acceptSubject(part, hints))
      // One word of the tab's title is the app's name ("respond.io", "(1) Messaging"), unless it is a plain
      // word ("kettle").
      .filter((part): part is string => !!part && /\s|^\p{Ll}+$/u.test(part.replace(/^\(\d+\)\s*/, '')))
      .sort((a, b) => b.length - a.length)[0]
  );
}

/** At least five words, three of them of three letters or more: a sentence, not a row of labels. */
function readsAsProse(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => /\p{L}/u.test(word));
  return words.length >= 5 && words.filter((word) => /\p{L}{3,}/u.test(word)).length >= 3;
}

/** How many neighbouring pairs of shown times run newest to oldest down the page (down) or the other way (up). */
function timeOrder(thread: readonly ReadMessage[]): { down: number; up: number; against: number } {
  const times = thread.map((m) => m.time).filter((time): time is number => time !== undefined);
  let down = 0;
  let up = 0;
  for (let i = 1; i < times.length; i++) {
    if (times[i]! < times[i - 1]!) down++;
    else if (times[i]! > times[i - 1]!) up++;
  }
  return { down, up, against: Math.min(down, up) };
}

type Cleaned = ReadMessage & { text: string };

/**
 * The customer's latest message, its words cleaned: the last customer-written one (by timestamp when
 * every candidate has one, otherwise by position), or, when no message says who wrote it, the last
 * unattributed one that reads as prose.
 */
export function latestCustomerMessage(thread: readonly ReadMessage[]): Cleaned | undefined {
  const latest = latestOf(thread);
  // An unattributed one was cleaned to be weighed; a customer's is cleaned once chosen.
  if (latest?.role !== 'customer') return latest;
  return { ...latest, text: cleanMessage(latest.text) ?? latest.text };
}

/**
 * The latest of the customer's messages, its words as shown. Only the one chosen is cleaned (a long
 * thread's every message need not be): a customer's message has words once cleaned when it has any.
 */
function latestOf(thread: readonly ReadMessage[]): Cleaned | undefined {
  let pool = thread.filter((m): m is Cleaned => m.role === 'customer' && !!m.text?.trim());
  // Unattributed blocks must read as words someone wrote ("Reply · Reply all · Forward" does not).
  if (!pool.length) {
    pool = thread
      .filter((m) => m.role === 'unknown' && m.text)
      .map((m) => ({ ...m, text: cleanMessage(m.text!) ?? '' }))
      .filter((m) => m.text.length >= 15 && readsAsProse(m.text));
  }
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

/**
 * The customer's first message of the thread, its words cleaned: the earliest of theirs by the shown
 * times where every one shows one and they all run one way, else by the way the thread runs (last on
 * the page when newest first). Undefined when the customer wrote only once.
 */
export function firstCustomerMessage(thread: readonly ReadMessage[], latest?: ReadMessage) {
  const pool = thread.filter((m): m is Cleaned => m.role === 'customer' && !!m.text?.trim());
  if (pool.length < 2) return undefined;
  const order = timeOrder(thread);
  const first =
    order.against === 0 && pool.every((m) => m.time !== undefined)
      ? pool.reduce((earliest, m) => ((m.time ?? 0) < (earliest.time ?? 0) ? m : earliest))
      : order.down > order.up
        ? pool[pool.length - 1]
        : pool[0];
  const words = first && (cleanMessage(first.text) || undefined);
  return words === latest?.text ? undefined : words;
}

/** A PageContext from a reading: the latest customer message, the customer's name and the subject chosen. */
export function finishPage(reading: PageReading): PageContext {
  const { thread, subjects, names, people, agentName, nameGuess, ...context } = reading;
  if (!thread && !subjects) return context;
  const latest = latestCustomerMessage(thread ?? []);
  // No message reads as the customer's: the page's largest block of text, which the content script sent.
  const message =
    latest?.text ?? (context.customerMessage ? cleanMessage(context.customerMessage) : undefined);
  const author = latest?.author;
  const latestAuthor = author?.toLowerCase() !== agentName?.toLowerCase() ? author : undefined;
  const customerName = context.customerName ?? latestAuthor ?? nameGuess;
  const subject = chooseSubject(subjects ?? [], context.title, {
    names: new Set(names),
    ticketId: context.ticketId,
    customerName,
    people: pageNames(reading, customerName),
  });
  const first = latest?.role === 'customer' ? firstCustomerMessage(thread ?? [], latest) : undefined;
  const finished: PageContext = {
    ...context,
    customerMessage: message,
    firstCustomerMessage: first,
    customerName,
    subject,
  };
  for (const key of ['customerMessage', 'firstCustomerMessage', 'customerName', 'subject'] as const) {
    const value = field(finished[key]);
    if (value) finished[key] = value;
    else delete finished[key];
  }
  return finished;
}

const MAX_TEXT = 20_000;
const text = (value: unknown, max = MAX_TEXT) =>
  value === undefined || (typeof value === 'string' && value.length <= max);
const ROLES = new Set<unknown>(['customer', 'agent', 'internal', 'system', 'unknown']);

/** A reading shaped as the content script sends it. */
export function isPageReading(value: unknown): value is PageReading {
  if (!isPageContext(value)) return false;
  const fields = value as unknown as Record<string, unknown>;
  const list = (key: string, max: number, item: (entry: unknown) => boolean) =>
    fields[key] === undefined ||
    (Array.isArray(fields[key]) &&
      (fields[key] as unknown[]).length <= max &&
      (fields[key] as unknown[]).every(item));
  return (
    text(fields.agentName, 200) &&
    text(fields.nameGuess, 200) &&
    list('subjects', 60, (s) => typeof s === 'string' && s.length <= MAX_TEXT) &&
    list('names', 60, (s) => typeof s === 'string' && s.length <= 500) &&
    list('people', 60, (s) => typeof s === 'string' && s.length <= 500) &&
    list(
      'thread',
      500,
      (m) =>
        isRecord(m) &&
        ROLES.has(m.role) &&
        text(m.text) &&
        text(m.author, 200) &&
        (m.time === undefined || (typeof m.time === 'number' && Number.isFinite(m.time))),
    )
  );
}
