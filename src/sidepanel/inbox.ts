// The panel's one runtime message listener. It drops anything not sent by this extension (the one sender
// check on this side, src/shared/sender.ts), then hands each message, with who sent it, to whoever
// subscribed: the page reader (content scripts' page facts) and the meaning client (the host's answers).
// Each checks the kind of sender and the shape it expects.
import browser from '../shared/browser';
import { type SenderKind, whoSent } from '../shared/sender';

export type InboxHandler = (
  message: unknown,
  from: Exclude<SenderKind, 'other'>,
  sender: chrome.runtime.MessageSender,
) => void;

const handlers = new Set<InboxHandler>();

function listener(message: unknown, sender: chrome.runtime.MessageSender): undefined {
  const from = whoSent(sender);
  if (from === 'other') return undefined;
  for (const handler of handlers) handler(message, from, sender);
  return undefined;
}

/** Subscribes to messages from this extension; returns the unsubscribe. */
export function onExtensionMessage(handler: InboxHandler): () => void {
  if (handlers.size === 0) browser.runtime.onMessage.addListener(listener);
  handlers.add(handler);
  return () => {
    handlers.delete(handler);
    if (handlers.size === 0) browser.runtime.onMessage.removeListener(listener);
  };
}
