// Helpdesks read from a table of selectors (./table.ts). Best effort from public knowledge of each
// product's markup (test ids, ARIA labels, component class prefixes); the generic reader fills in
// whatever a selector misses, so each entry names only what tells the open ticket apart.
import { tableAdapter } from './table';

export const TABLE_ADAPTERS = [
  // Zendesk agent workspace (*.zendesk.com/agent/tickets/123) keeps every open ticket tab in the DOM:
  // everything is read inside the visible pane. Markup: data-test-id attributes; a comment's message
  // says end-user or agent in its type.
  tableAdapter({
    name: 'zendesk',
    host: /(?:^|\.)zendesk\.com\/agent/,
    id: /\/tickets\/(\d+)/,
    pane: [
      '#main_panes > [data-ticket-id]',
      '#main_panes > *',
      '[data-ticket-id]',
      '[data-test-id="ticket-pane"]',
    ],
    subject:
      '[data-test-id="omni-header-subject"], [data-test-id="ticket-pane-subject"], input[name="subject"]',
    customer: '[data-test-id="ticket-system-field-requester-select"]',
    item: '[data-test-id="omni-log-comment-item"]',
    body: '[data-test-id="omni-log-message-content"]',
    author: '[data-test-id="omni-log-item-sender"], [data-test-id="omni-log-comment-user-link"]',
    roles: [
      [':has([data-test-id="omni-log-internal-note-tag"])', 'internal'],
      [':has([type="end-user"])', 'customer'],
      [':has([type="agent"])', 'agent'],
    ],
    reply: [
      '[data-test-id="omnicomposer-rich-text-ckeditor"]',
      '[data-test-id="omnicomposer-plain-text-ckeditor"]',
      '.ck-editor__editable[contenteditable="true"]',
    ],
  }),
  // Freshdesk (*.freshdesk.com/a/tickets/123): the subject heading, the requester card, conversation
  // items marked incoming/outgoing/private, and the Froala reply editor.
  tableAdapter({
    name: 'freshdesk',
    host: /(?:^|\.)freshdesk\.com\//,
    id: /\/tickets\/(\d+)/,
    subject: '.ticket-subject-heading, [data-test-id="ticket-subject"], .ticket-subject',
    customer: '[data-test-id="requester-name"], .requester-info .name, .requester-name, .contact-name',
    item: '.ticket-description, [data-test-id="ticket-description"], .conversation-item, [data-test-id="conversation-item"], [data-test-conversation]',
    roles: [
      ['[class*="private"], [class*="note"]', 'internal'],
      ['[class*="incoming"], [class*="requester"], [class*="description"]', 'customer'],
      ['[class*="outgoing"], [class*="agent"]', 'agent'],
    ],
    reply: ['.fr-element.fr-view[contenteditable="true"]', '.redactor_editor[contenteditable="true"]'],
  }),
  // Intercom inbox (app.intercom.com/a/inbox/…/conversation/<id>): the title carries the customer's
  // name; parts carry user/admin/note/bot class words the generic reader understands.
  tableAdapter({
    name: 'intercom',
    host: /^app\.intercom\.com\//,
    id: /\/conversations?\/(\d+)/,
    customer: '[data-conversation-title], [data-test-conversation-title]',
    item: '[data-part-id], [data-conversation-part-id], .conversation__part',
    reply: [
      '.composer-inbox [contenteditable="true"]',
      '[data-test-composer] [contenteditable="true"]',
      '.ProseMirror[contenteditable="true"]',
    ],
  }),
  // Help Scout (secure.helpscout.net/conversation/<id>/<number>/): article.thread with a type class.
  tableAdapter({
    name: 'helpscout',
    host: /^secure\.helpscout\.net\//,
    id: /\/conversation\/(?:\d+\/)?(\d+)/,
    subject: '#subjectLine, [data-cy="ConvoSubject"], [data-testid="ConversationSubject"], .c-convo-subject',
    customer: '.customer-name, [data-cy="CustomerName"], [data-testid="CustomerName"], .c-customer-name',
    item: 'article.thread, [data-cy="ThreadItem"]',
    body: '.messageBody, .thread-content, [data-cy="ThreadBody"]',
    author: '.threadHeader .name, .thread-author, [data-cy="ThreadAuthor"]',
    roles: [
      ['.note', 'internal'],
      ['.lineitem', 'system'],
      ['.customer', 'customer'],
      ['.message', 'agent'],
    ],
    reply: [
      '[data-cy="ConvoEditor"] [contenteditable="true"]',
      '.redactor-editor[contenteditable="true"]',
      '.redactor_editor[contenteditable="true"]',
    ],
  }),
  // Front: styled components named "<component>__Styled…"; comments are not messageViewer items.
  tableAdapter({
    name: 'front',
    host: /^app\.frontapp\.com\//,
    id: /\/(cnv_[a-z0-9]+)/,
    subject: '[class*="conversationSubject"]',
    item: '[class^="messageViewer__"], [class*=" messageViewer__"]',
  }),
  // Gorgias (<shop>.gorgias.com/app/ticket/<id>): messages flag the agent's and internal notes.
  tableAdapter({
    name: 'gorgias',
    host: /\.gorgias\.com\/app\//,
    id: /\/ticket\/(\d+)/,
    subject: '[data-testid="ticket-subject"]',
    customer: '[data-testid="customer-name"]',
    item: '.ticket-message',
    roles: [
      ['.internal-note, [class*="internal" i]', 'internal'],
      ['.from-agent', 'agent'],
    ],
  }),
  // HubSpot help desk and inbox (app.hubspot.com/help-desk/…/ticket/<id>): data-test-id attributes.
  tableAdapter({
    name: 'hubspot',
    host: /^app(?:-eu1)?\.hubspot\.com\/help-desk\//,
    id: /\/ticket\/(\d+)/,
    subject: '[data-test-id="sticky-subject-header"], [data-selenium-test="highlightTitle"]',
    customer: '[data-test-id="customer-data-sidebar-name"]',
    item: '[data-test-id="thread-message"]',
    author: '[data-test-id="message-sender"]',
    roles: [['[data-test-id="comment-badge"]', 'internal']],
  }),
  // Jira Service Management issue view (<site>.atlassian.net): data-testid attributes; the
  // description is the customer's first message, comments carry an internal-note lozenge.
  tableAdapter({
    name: 'jira-sm',
    host: /\.atlassian\.net\/(?:jira\/servicedesk|browse\/|servicedesk\/projects)/,
    id: /\b([A-Z][A-Z0-9]{1,9}-\d+)\b/,
    subject: '[data-testid="issue.views.issue-base.foundation.summary.heading"]',
    customer: '[data-testid="issue.views.field.user.reporter"] [data-testid$="name"]',
    item: '[data-testid="issue.views.field.rich-text.description"], [data-testid^="comment-base-item-"]',
    body: '.ak-renderer-document',
    author: '[data-testid$="author"]',
    roles: [
      ['[data-testid$="internal-lozenge"]', 'internal'],
      ['[data-testid$="description"]', 'customer'],
    ],
  }),
  // Zoho Desk (desk.zoho.*/agent/<portal>/<department>/tickets/details/<id>, an internal id: the
  // ticket number agents see is read off the page). Threads are "zd-thread" blocks, newest first,
  // which the generic reader knows.
  tableAdapter({
    name: 'zoho-desk',
    host: /^desk\.zoho\.[a-z.]+\/agent\//,
    subject: '[data-id="ticketSubject"]',
    customer: '[data-id="contactName"]',
  }),
  // Kustomer (<org>.kustomerapp.com/app/…): a customer's timeline; the open conversation's pane.
  tableAdapter({
    name: 'kustomer',
    host: /\.kustomerapp\.com\/app\//,
    id: /\/conversations?\/([a-f0-9]{24})/,
    pane: '[data-kt="conversationPane"]',
    subject: '[data-kt="conversationName"]',
    customer: '[data-kt="customerName"]',
    item: '[data-kt="message"]',
    roles: [
      ['[data-direction="out"]', 'agent'],
      ['[data-direction="in"]', 'customer'],
    ],
  }),
  // Outlook on the web: the reading pane beside the message list; the signed-in account is the agent.
  tableAdapter({
    name: 'outlook',
    host: /^outlook\.(?:office|office365|live)\.com\/mail/,
    id: /\/id\/([^/?#]+)/,
    pane: '[aria-label="Reading Pane"]',
    subject: '[role="heading"][aria-level="2"]',
    item: '[aria-label="Email message"]',
    body: '[aria-label="Message body"]',
    author: '[aria-label^="From:"]',
  }),
];
