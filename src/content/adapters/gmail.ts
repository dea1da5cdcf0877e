// Gmail (mail.google.com): the open thread is the ticket; messages whose sender is the signed-in
// account are the agent's, the others the customer's. Markup: Gmail's long-standing short classes.

import { defineAdapter } from '../read-page';
import { firstValue, readItems } from './helpers';

const ACCOUNT = /^Google Account:\s*([^(]*?)\s*\(([^)]+@[^)]+)\)/i;

function account(doc: Document): { name?: string; email?: string } {
  for (const el of Array.from(doc.querySelectorAll('[aria-label^="Google Account"]'))) {
    const match = ACCOUNT.exec(el.getAttribute('aria-label') ?? '');
    if (match) return { name: match[1], email: match[2]?.toLowerCase() };
  }
  const email = /\s([^\s]+@[^\s]+)\s+-\s+Gmail$/.exec(doc.title)?.[1]?.toLowerCase();
  return { email };
}

export const gmailAdapter = defineAdapter({
  name: 'gmail',
  matches: (loc) => loc.hostname === 'mail.google.com',
  agentName: (doc) => account(doc).name,
  ticketId: (_scope, loc) => /\/([A-Za-z0-9]{16,})$/.exec(loc.hash)?.[1],
  subject: (scope) => firstValue(scope, 'h2.hP'),
  messages: (scope) => {
    const me = account(scope.ownerDocument).email;
    return readItems(scope, 'div.adn', {
      body: 'div.a3s',
      author: (item) => {
        const sender = item.querySelector('span.gD');
        return sender?.getAttribute('name') || sender?.textContent?.trim() || undefined;
      },
      role: (item) => {
        const email = item.querySelector('span.gD')?.getAttribute('email')?.toLowerCase();
        if (!email) return undefined;
        return me && email === me ? 'agent' : 'customer';
      },
    });
  },
  replyBox: [
    'div[aria-label="Message Body"][contenteditable="true"]',
    'div.Am.Al.editable[contenteditable="true"]',
    'div[g_editable="true"][contenteditable="true"]',
  ],
});
