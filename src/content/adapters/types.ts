// The adapter contract: one per helpdesk, plus the generic one that works on any page.
import type { PageReading } from '../../shared/page-reading';
import type { ThreadMessage } from '../conversation';
import type { ReplyBox } from '../reply-box';

/** What the content script knows beyond the DOM itself. */
export interface ReadEnv {
  /** The editable the agent last typed in (focus moves to the panel when they click there). */
  lastFocused?: Element | null;
}

export interface HelpdeskAdapter {
  name: string;
  /** True when this adapter knows the page (usually by hostname). */
  matches(loc: URL, doc: Document): boolean;
  /** Reads the open ticket. Never throws on odd pages; fields it cannot find are left out. */
  read(doc: Document, loc: URL, env?: ReadEnv): PageReading;
  /** Where `ext/insert-text` should write. */
  replyBox(doc: Document, env?: ReadEnv): ReplyBox | undefined;
  /** The document holding the ticket: `doc` itself, or a same-origin frame's (ServiceNow), to watch too. */
  documentOf(doc: Document): Document;
}

/**
 * What a specific helpdesk adapter knows better than the generic reader. Every hook is optional:
 * whatever a hook does not answer, the generic reader works out from the page.
 */
export interface AdapterSpec {
  name: string;
  matches(loc: URL, doc: Document): boolean;
  /** The document holding the ticket when it is not the top one (ServiceNow's gsft_main frame). */
  document?(doc: Document): Document | undefined;
  /** The element holding the open ticket (Zendesk keeps every open tab's DOM alive). */
  scope?(doc: Document): Element | undefined;
  ticketId?(scope: Element, loc: URL): string | undefined;
  subject?(scope: Element): string | undefined;
  customerName?(scope: Element): string | undefined;
  agentName?(doc: Document): string | undefined;
  /** The conversation, each message with its author role. */
  messages?(scope: Element): ThreadMessage[];
  /** Selectors of the reply editor, best first. */
  replyBox?: string[];
}
