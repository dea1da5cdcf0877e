// Who sent a runtime message: the one sender check every receiver makes (the worker's router, the panel's
// inbox, the meaning host) before it reads the message's shape.
import browser from './browser';

/**
 * `own`: one of this extension's pages or its worker, whose address is under the extension's base
 * (`chrome-extension://<id>/` in Chrome and Edge, `moz-extension://<uuid>/` in Firefox, where the uuid
 * is not the extension's id; Firefox also gives our pages a tab when they are opened in one).
 * `content`: our content script in a tab (its address is the helpdesk page's; what it says is page data
 * and untrusted). `other`: anything else (another extension, a web page), never answered.
 */
export type SenderKind = 'own' | 'content' | 'other';

export interface Sender {
  id?: string | undefined;
  url?: string | undefined;
  tab?: { id?: number | undefined } | undefined;
}

/** This extension's id and base address (`runtime.getURL('')`). */
export interface OwnExtension {
  id: string;
  base: string;
}

/** True for an address of this extension's own files, under `base` (which must end in a slash). */
export function isOwnUrl(url: string | undefined, base: string): boolean {
  return base.endsWith('/') && (url ?? '').startsWith(base);
}

/** Sent by this extension at all (the content script's check: only our extension can reach it). */
export function fromOwnExtension(sender: Sender, ownId: string): boolean {
  return sender.id === ownId;
}

export function senderKind(sender: Sender, own: OwnExtension): SenderKind {
  if (!fromOwnExtension(sender, own.id)) return 'other';
  if (isOwnUrl(sender.url, own.base)) return 'own';
  return sender.tab?.id !== undefined ? 'content' : 'other';
}

/** The running extension's id and base address. */
export function ownExtension(): OwnExtension {
  return { id: browser.runtime.id, base: browser.runtime.getURL('') };
}

/** What `sender` is to the running extension. */
export function whoSent(sender: Sender): SenderKind {
  return senderKind(sender, ownExtension());
}
