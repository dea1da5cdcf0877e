// The one reading pipeline: generic heuristics, with an adapter's hooks answering first where it has them.

import type { PageContext } from '../shared/model';
import type { AdapterSpec, HelpdeskAdapter, ReadEnv } from './adapters/types';
import { latestCustomerMessage, readThread } from './conversation';
import { PageLayout } from './layout';
import { byName } from './message-role';
import {
  acceptSubject,
  findSubject,
  findTicketId,
  largestTextBlock,
  readSelection,
  siteNames,
} from './page-facts';
import { findAgentName, guessedCustomerName, labelledCustomerName } from './people';
import { findReplyBox, type ReplyBox, readDraft } from './reply-box';
import { cap, cleanName, field } from './text';

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

/** Reads the open ticket off the page. */
export function readPage(top: Document, loc: URL, env: ReadEnv = {}, spec?: AdapterSpec): PageContext {
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
  const latest = latestCustomerMessage(thread);
  // No message reads as the customer's: the largest block of text that is not someone else's message
  // (an agent's reply, an internal note, a system event) is the best guess left.
  const notTheirs = thread.filter((m) => m.role !== 'customer' && m.role !== 'unknown').map((m) => m.el);
  const customerMessage = latest?.text ?? largestTextBlock(layout, notTheirs);
  const latestAuthor =
    latest?.author?.toLowerCase() !== agentName?.toLowerCase() ? latest?.author : undefined;
  const customerName = labelled ?? latestAuthor ?? guessedCustomerName(doc, layout, agentName);
  const exclude = thread.map((m) => m.el);
  const ticketId = attempt(() => spec?.ticketId?.(scope, loc)) ?? findTicketId(doc, layout, loc, exclude);
  const hints = { names: siteNames(top, loc), ticketId, customerName, exclude };
  const subject =
    acceptSubject(
      attempt(() => spec?.subject?.(scope)),
      hints,
    ) ?? findSubject(doc, layout, hints);
  const draft = readDraft(findReplyBox(doc, layout, env.lastFocused, spec?.replyBox));
  return buildContext({
    site: loc.hostname,
    url: loc.href,
    title: top.title,
    ticketId,
    subject,
    customerName,
    customerMessage,
    selection: readSelection(top) ?? (doc !== top ? readSelection(doc) : undefined),
    draft,
  });
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
