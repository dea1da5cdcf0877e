// Help Scout (secure.helpscout.net/conversation/<id>/<number>/). Threads are article.thread with a
// type class: customer (the customer), message (a teammate's reply), note (internal), lineitem (system).

import { classWords } from '../layout';
import type { Role } from '../message-role';
import { defineAdapter } from '../read-page';
import { firstValue, fromPath, readItems } from './helpers';

const THREAD_ROLES: [string, Role][] = [
  ['note', 'internal'],
  ['lineitem', 'system'],
  ['customer', 'customer'],
  ['message', 'agent'],
];

export const helpScoutAdapter = defineAdapter({
  name: 'helpscout',
  matches: (loc) => loc.hostname === 'secure.helpscout.net',
  ticketId: (_scope, loc) =>
    fromPath(loc, /\/conversation\/\d+\/(\d+)/) ?? fromPath(loc, /\/conversation\/(\d+)/),
  subject: (scope) =>
    firstValue(
      scope,
      '#subjectLine, [data-cy="ConvoSubject"], [data-testid="ConversationSubject"], .c-convo-subject',
    ),
  customerName: (scope) =>
    firstValue(
      scope,
      '.customer-name, [data-cy="CustomerName"], [data-testid="CustomerName"], .c-customer-name',
    ),
  messages: (scope) =>
    readItems(scope, 'article.thread, [data-cy="ThreadItem"]', {
      body: '.messageBody, .thread-content, [data-cy="ThreadBody"]',
      author: (item) => firstValue(item, '.threadHeader .name, .thread-author, [data-cy="ThreadAuthor"]'),
      role: (item) => {
        const words = classWords(item);
        return THREAD_ROLES.find(([word]) => words.includes(word))?.[1];
      },
    }),
  replyBox: [
    '[data-cy="ConvoEditor"] [contenteditable="true"]',
    '.redactor-editor[contenteditable="true"]',
    '.redactor_editor[contenteditable="true"]',
  ],
});
