// The one reading pipeline: generic heuristics, with an adapter's hooks answering first where it has them.

import type { PageContext } from '../shared/model';
import type { PageReading, ReadMessage } from '../shared/page-reading';
import { cap, cleanName, field } from '../shared/page-text';
import type { AdapterSpec, HelpdeskAdapter, ReadEnv } from './adapters/types';
import { readThread, type ThreadMessage } from './conversation';
import { PageLayout } from './layout';
import { messageText } from './message-parts';
import { byName } from './message-role';
import { findTicketId, largestTextBlock, readSelection, siteNames, subjectCandidates } from './page-facts';
import { findAgentName, guessedCustomerName, labelledCustomerName, shownPeople } from './people';
import { findReplyBox, type ReplyBox, readDraft } from './reply-box';

/** As many messages as the panel takes (`isPageReading`): a longer thread's two ends. */
const MAX_SENT = 500;
/** What is sent of a message the panel can never choose: enough to tell prose from a row of labels. */
const STUB = 200;
/** What is sent of the agent's words: their greeting. */
const GREETING = 40;

function summary<T>(thread: T[]): T[] {
  const half = MAX_SENT / 2;
  return thread.length > MAX_SENT ? [...thread.slice(0, half), ...thread.slice(-half)] : thread;
}

/**
 * The messages of one role the panel may choose as the latest or the first (src/shared/page-reading.ts):
 * the first and last on the page, of those that show a time, and by the time they show.
 */
function whole(thread: readonly ThreadMessage[], role: string): Set<Element> {
  const mine = thread.filter((m) => m.role === role && m.text);
  const timed = mine.filter((m) => m.time !== undefined);
  const byTime = [...timed].sort((a, b) => (a.time ?? 0) - (b.time ?? 0));
  return new Set(
    [mine[0], mine.at(-1), timed[0], timed.at(-1), byTime[0], byTime.at(-1)]
      .filter((m): m is ThreadMessage => !!m)
      .map((m) => m.el),
  );
}

/** Runs an adapter hook; a hook that throws on an unexpected page counts as "don't know". */
function attempt<T>(hook: () => T | undefined): T | undefined {
  try {
    return hook();
  } catch {
    return undefined;
  }
}

/** What the page shows, before it is trimmed and capped: a PageContext without the panel's amounts. */
export type PageFacts = Omit<PageContext, 'amounts'>;

/**
 * A PageContext from raw facts: every field trimmed and capped, empty ones left out. The panel reads
 * the amounts (src/nudges/amounts/page-amounts.ts), so this script carries no money reader.
 */
export function buildContext(facts: PageFacts): PageContext {
  const context: PageContext = {
    site: facts.site,
    url: cap(facts.url, 2_000),
    title: field(facts.title, 500) ?? '',
    amounts: [],
  };
  const optional = ['ticketId', 'subject', 'customerName', 'customerMessage', 'selection', 'draft'] as const;
  for (const key of optional) {
    const value = field(facts[key]);
    if (value) context[key] = value;
  }
  return context;
}

function workingDocument(top: Document, spec: AdapterSpec | undefined): Document {
  return attempt(() => spec?.document?.(top)) ?? top;
}

function layoutFor(doc: Document, spec: AdapterSpec | undefined): PageLayout {
  return new PageLayout(
    doc,
    attempt(() => spec?.scope?.(doc)),
  );
}

/**
 * Reads the open ticket off the page: its facts as shown, every message with who wrote it and when, and
 * the subject's candidates. Which message is the customer's latest, what of it is their own words and
 * which candidate is the subject, the panel decides (`finishPage`, src/shared/page-reading.ts).
 */
export function readPage(top: Document, loc: URL, env: ReadEnv = {}, spec?: AdapterSpec): PageReading {
  const doc = workingDocument(top, spec);
  const layout = layoutFor(doc, spec);
  const scope = layout.main;
  const agentName = cleanName(attempt(() => spec?.agentName?.(doc))) ?? findAgentName(doc);
  const labelled =
    cleanName(attempt(() => spec?.customerName?.(scope))) ?? labelledCustomerName(doc, layout, agentName);
  const people = { agentName, customerName: labelled };
  // An adapter's message whose markup does not say who wrote it: the author's name may.
  const fromSpec = (attempt(() => spec?.messages?.(scope)) ?? []).map((m) =>
    m.role === 'unknown' ? { ...m, role: byName(m.author, people) ?? m.role } : m,
  );
  const thread = fromSpec.length ? fromSpec : readThread(layout, people);
  // The words of the messages the customer's latest may be (theirs, or nobody's in particular).
  const worded = summary(thread).map((m) =>
    m.role === 'customer' || m.role === 'unknown' ? { ...m, text: m.text ?? messageText(m.el) } : m,
  );
  // Only the messages the panel may choose go in full; the others' first words say they are there.
  const full = new Set([...whole(worded, 'customer'), ...whole(worded, 'unknown')]);
  // Everyone's name, to tell a header showing a person from a subject; of the agent's words only their
  // greeting ("Hi Kenji, …"), which names the customer.
  const sent: ReadMessage[] = worded.map(({ el, role, author, text, time }) => ({
    role,
    author,
    time,
    text:
      role === 'customer' || role === 'unknown'
        ? text && !full.has(el)
          ? cap(text, STUB)
          : text
        : role === 'agent'
          ? messageText(el)?.slice(0, GREETING)
          : undefined,
  }));
  // No message of the customer's: the largest block of text that is not someone else's message (an
  // agent's reply, an internal note, a system event) is the best guess left.
  const notTheirs = thread.filter((m) => m.role !== 'customer' && m.role !== 'unknown').map((m) => m.el);
  const block = sent.some((m) => m.role === 'customer' && m.text)
    ? undefined
    : largestTextBlock(layout, notTheirs);
  const exclude = thread.map((m) => m.el);
  const ticketId = attempt(() => spec?.ticketId?.(scope, loc)) ?? findTicketId(doc, layout, loc, exclude);
  const fromAdapter = attempt(() => spec?.subject?.(scope));
  const context = buildContext({
    site: loc.hostname,
    url: loc.href,
    title: top.title,
    ticketId,
    customerName: labelled,
    selection: readSelection(top) ?? (doc !== top ? readSelection(doc) : undefined),
    draft: readDraft(findReplyBox(doc, layout, env.lastFocused, spec?.replyBox)),
  });
  return {
    ...context,
    customerMessage: block,
    thread: sent,
    subjects: [...(fromAdapter ? [fromAdapter] : []), ...subjectCandidates(doc, layout, exclude)],
    names: [...siteNames(top, loc)],
    people: shownPeople(doc),
    agentName,
    nameGuess: labelled ? undefined : guessedCustomerName(doc, layout, agentName),
  };
}

/** Turns an adapter description into an adapter: its hooks first, the generic reader for the rest. */
export function defineAdapter(spec: AdapterSpec): HelpdeskAdapter {
  return {
    name: spec.name,
    matches: spec.matches,
    read: (doc, loc, env) => readPage(doc, loc, env, spec),
    documentOf: (top) => workingDocument(top, spec),
    replyBox: (top, env): ReplyBox | undefined => {
      const doc = workingDocument(top, spec);
      return findReplyBox(doc, layoutFor(doc, spec), env?.lastFocused, spec.replyBox);
    },
  };
}
