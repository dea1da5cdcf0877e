// Intercom inbox (app.intercom.com/a/inbox/<app>/inbox/…/conversation/<id>). Best effort: the
// conversation title carries the customer's name; conversation parts carry user/admin/note/bot
// class words that the generic classifier understands; the composer is a ProseMirror editor.
import { defineAdapter } from '../read-page';
import { firstValue, fromPath, readItems } from './helpers';

export const intercomAdapter = defineAdapter({
  name: 'intercom',
  matches: (loc) => loc.hostname === 'app.intercom.com',
  ticketId: (_scope, loc) => fromPath(loc, /\/conversations?\/(\d+)/),
  customerName: (scope) =>
    firstValue(scope.ownerDocument, '[data-conversation-title], [data-test-conversation-title]'),
  messages: (scope) => readItems(scope, '[data-part-id], [data-conversation-part-id], .conversation__part'),
  replyBox: [
    '.composer-inbox [contenteditable="true"]',
    '[data-test-composer] [contenteditable="true"]',
    '.ProseMirror[contenteditable="true"]',
  ],
});
