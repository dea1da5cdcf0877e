// Salesforce Service Console (Lightning, *.lightning.force.com / *.my.salesforce.com). Best effort:
// the console keeps several workspace tabs alive, so reading is scoped to the visible one; the case's
// fields are read by their labels (Case Number, Subject, Contact Name), the case feed by its cuf-*
// classes, and the email composer by its rich-text editor class.
import { firstVisible } from '../dom';
import { labelledName } from '../people';
import { defineAdapter } from '../read-page';
import { firstValue, fromPath, readItems } from './helpers';

const CASE_NUMBER = /^\d{4,12}$/;

function caseField(
  doc: Document,
  label: RegExp,
  clean?: (raw: string | null | undefined) => string | undefined,
) {
  return labelledName(doc, label, false, clean);
}

const contactName = (doc: Document) => caseField(doc, /^(?:contact name|contact|web name)$/i);

export const salesforceAdapter = defineAdapter({
  name: 'salesforce',
  matches: (loc) => /\.(?:lightning\.force|my\.salesforce)\.com$/.test(loc.hostname),
  scope: (doc) =>
    firstVisible(doc, ['.oneWorkspace.active', '.windowViewMode-maximized.active', '.oneConsoleTab']),
  ticketId: (scope, loc) =>
    caseField(scope.ownerDocument, /^case number$/i, (raw) => {
      const value = raw?.trim();
      return value && CASE_NUMBER.test(value) ? value : undefined;
    }) ?? fromPath(loc, /\/Case\/(\w{15,18})\//),
  subject: (scope) =>
    caseField(scope.ownerDocument, /^subject$/i, (raw) => raw?.trim().slice(0, 300) || undefined),
  customerName: (scope) => contactName(scope.ownerDocument),
  // Case feed: emails and posts; the case contact's items are the customer's.
  messages: (scope) => {
    const contact = contactName(scope.ownerDocument)?.toLowerCase();
    return readItems(scope, '.cuf-feedElement, .cuf-feedItem', {
      body: '.cuf-feedBody, .feedBodyInner',
      author: (item) => firstValue(item, '.cuf-entityLink, .cuf-entityLinkId'),
      role: (_item, author) =>
        author && contact ? (author.toLowerCase() === contact ? 'customer' : 'agent') : undefined,
    });
  },
  replyBox: [
    '.slds-rich-text-editor__textarea[contenteditable="true"]',
    'textarea.cuf-messageTextArea',
    '.cuf-publisherTextArea [contenteditable="true"]',
  ],
});
