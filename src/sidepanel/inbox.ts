// The panel's one runtime message listener. It drops anything not sent by this extension (the one sender
// check on this side), then hands each message to whoever subscribed: the page reader (content scripts'
// page facts) and the meaning client (the host's answers). Each checks the shape it expects.
import browser from '../shared/browser';

export type InboxHandler = (message: unknown, sender: chrome.runtime.MessageSender) => void;

const handlers = new Set<InboxHandler>();

function listener(message: unknown, sender: chrome.runtime.MessageSender): undefined {
  if (sender.id !== browser.runtime.id) return undefined;
  for (const handler of handlers) handler(message, sender);
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
