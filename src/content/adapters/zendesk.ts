// Zendesk agent workspace (*.zendesk.com/agent/tickets/123). Zendesk keeps every open ticket tab
// in the DOM, so everything is read inside the visible pane. Markup: data-test-id attributes.

import { firstVisible } from '../dom';
import { defineAdapter } from '../read-page';
import { firstValue, fromPath, readItems } from './helpers';

export const zendeskAdapter = defineAdapter({
  name: 'zendesk',
  matches: (loc) => /(?:^|\.)zendesk\.com$/.test(loc.hostname) && loc.pathname.startsWith('/agent'),
  scope: (doc) =>
    firstVisible(doc, [
      '#main_panes > [data-ticket-id]',
      '#main_panes > *',
      '[data-ticket-id]',
      '[data-test-id="ticket-pane"]',
    ]),
  ticketId: (scope, loc) =>
    fromPath(loc, /\/tickets\/(\d+)/) ?? scope.getAttribute('data-ticket-id') ?? undefined,
  subject: (scope) =>
    firstValue(
      scope,
      '[data-test-id="omni-header-subject"], [data-test-id="ticket-pane-subject"], input[name="subject"]',
    ),
  customerName: (scope) => firstValue(scope, '[data-test-id="ticket-system-field-requester-select"]'),
  messages: (scope) =>
    readItems(scope, '[data-test-id="omni-log-comment-item"]', {
      body: '[data-test-id="omni-log-message-content"]',
      author: (item) =>
        firstValue(
          item,
          '[data-test-id="omni-log-item-sender"], [data-test-id="omni-log-comment-user-link"]',
        ),
      role: (item, author) => {
        if (item.querySelector('[data-test-id="omni-log-internal-note-tag"]')) return 'internal';
        if (/\bbot\b/i.test(author ?? '')) return 'system';
        const type = item.querySelector('[data-test-id="omni-log-item-message"]')?.getAttribute('type');
        return type === 'end-user' ? 'customer' : type === 'agent' ? 'agent' : undefined;
      },
    }),
  replyBox: [
    '[data-test-id="omnicomposer-rich-text-ckeditor"]',
    '[data-test-id="omnicomposer-plain-text-ckeditor"]',
    '.ck-editor__editable[contenteditable="true"]',
  ],
});
