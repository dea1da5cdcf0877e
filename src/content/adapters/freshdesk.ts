// Freshdesk (*.freshdesk.com/a/tickets/123). Best effort from public knowledge of its markup: the
// subject heading, the requester card, conversation items marked incoming/outgoing/private, and the
// Froala reply editor. Anything not found is left to the generic reader.

import { attributeHints } from '../dom';
import { wordsOf } from '../layout';
import type { Role } from '../message-role';
import { defineAdapter } from '../read-page';
import { firstValue, fromPath, readItems } from './helpers';

function freshdeskRole(item: Element): Role | undefined {
  const words = wordsOf(attributeHints(item));
  if (words.includes('private') || words.includes('note')) return 'internal';
  if (words.includes('incoming') || words.includes('requester') || words.includes('description'))
    return 'customer';
  if (words.includes('outgoing') || words.includes('agent')) return 'agent';
  return undefined;
}

export const freshdeskAdapter = defineAdapter({
  name: 'freshdesk',
  matches: (loc) => /(?:^|\.)freshdesk\.com$/.test(loc.hostname),
  ticketId: (_scope, loc) => fromPath(loc, /\/tickets\/(\d+)/),
  subject: (scope) =>
    firstValue(scope, '.ticket-subject-heading, [data-test-id="ticket-subject"], .ticket-subject'),
  customerName: (scope) =>
    firstValue(
      scope,
      '[data-test-id="requester-name"], .requester-info .name, .requester-name, .contact-name',
    ),
  messages: (scope) =>
    readItems(
      scope,
      '.ticket-description, [data-test-id="ticket-description"], .conversation-item, [data-test-id="conversation-item"], [data-test-conversation]',
      {
        body: '.conversation-text, .ticket-description-text, [data-test-id="conversation-body"]',
        role: freshdeskRole,
      },
    ),
  replyBox: ['.fr-element.fr-view[contenteditable="true"]', '.redactor_editor[contenteditable="true"]'],
});
