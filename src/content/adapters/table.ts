// Adapters written as data: where a helpdesk keeps the open ticket's pane, subject, customer and
// messages, as selectors. Whatever a selector does not find, the generic reader works out, so a
// product that renames a class loses a little precision, not the ticket.
import { firstVisible } from '../dom';
import type { Role } from '../message-role';
import { defineAdapter } from '../read-page';
import { firstValue, readItems } from './helpers';
import type { HelpdeskAdapter } from './types';

export interface AdapterTable {
  name: string;
  /** Matched against hostname + pathname. */
  host: RegExp;
  /** The ticket id: first group, matched against the path, query and hash. */
  id?: RegExp;
  /** The visible pane of the open ticket (lists, other tabs and sidebars stay outside it); best first. */
  pane?: string | string[];
  subject?: string;
  customer?: string;
  /** One element per message of the open conversation. */
  item?: string;
  /** The message's words inside an item. */
  body?: string;
  author?: string;
  /** Who wrote an item: the first rule whose selector the item matches (`:has(…)` for a marker inside). */
  roles?: [string, Role][];
  reply?: string[];
}

export function tableAdapter(t: AdapterTable): HelpdeskAdapter {
  // In the pane first; the header or customer card may sit just outside it.
  const find = (scope: Element, selector?: string) =>
    selector ? (firstValue(scope, selector) ?? firstValue(scope.ownerDocument, selector)) : undefined;
  return defineAdapter({
    name: t.name,
    matches: (loc) => t.host.test(loc.hostname + loc.pathname),
    scope: t.pane ? (doc) => firstVisible(doc, ([] as string[]).concat(t.pane!)) : undefined,
    ticketId: (_scope, loc) => t.id?.exec(loc.pathname + loc.search + loc.hash)?.[1],
    subject: (scope) => find(scope, t.subject),
    customerName: (scope) => find(scope, t.customer),
    messages: (scope) => {
      if (!t.item) return [];
      return readItems(scope, t.item, {
        body: t.body,
        author: t.author ? (item) => firstValue(item, t.author!) : undefined,
        role: (item) => t.roles?.find(([selector]) => item.matches(selector))?.[1],
      });
    },
    replyBox: t.reply,
  });
}
