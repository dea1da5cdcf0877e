// ServiceNow (*.service-now.com): the classic form, usually inside the gsft_main frame (itself inside
// shadow roots in the Next Experience shell). Fields by id (incident.number…), the activity stream by
// its sn-card classes: "Work notes" are internal, "Additional comments" from the caller are the customer's.

import { deepQueryAll, textOf } from '../dom';
import { defineAdapter } from '../read-page';
import { firstValue, readItems } from './helpers';

const CALLER =
  'input[id^="sys_display."][id$=".caller_id"], input[id^="sys_display."][id$=".requested_for"], input[id^="sys_display."][id$=".opened_for"], input[id^="sys_display."][id$=".contact"]';

function frameDocument(doc: Document): Document | undefined {
  const frame = (doc.getElementById('gsft_main') ?? deepQueryAll(doc, 'iframe#gsft_main', 1)[0]) as
    | HTMLIFrameElement
    | undefined;
  const inner = frame?.contentDocument; // same origin; null while loading
  return inner?.body ? inner : undefined;
}

export const serviceNowAdapter = defineAdapter({
  name: 'servicenow',
  matches: (loc) => /(?:^|\.)service-now\.com$/.test(loc.hostname),
  document: frameDocument,
  ticketId: (scope) => {
    const number = firstValue(scope, 'input[id$=".number"], [id^="sys_readonly."][id$=".number"]');
    return number && /^[A-Z]{2,8}\d{4,}$/.test(number) ? number : undefined;
  },
  subject: (scope) => firstValue(scope, 'input[id$=".short_description"]'),
  customerName: (scope) => firstValue(scope, CALLER),
  messages: (scope) => {
    const caller = firstValue(scope, CALLER)?.toLowerCase();
    return readItems(scope, '.h-card', {
      body: '.sn-widget-textblock-body',
      author: (item) => firstValue(item, '.sn-card-component-createdby'),
      // The stream is newest first; entries carry "2025-03-06 09:12:40", which orders them.
      role: (item, author) => {
        const kind = textOf(item.querySelector('.sn-card-component-time span, .sn-card-component-time'));
        if (/work notes?/i.test(kind)) return 'internal';
        if (!item.querySelector('.sn-widget-textblock-body')) return 'system';
        if (/email received/i.test(kind)) return 'customer';
        if (/email sent/i.test(kind)) return 'agent';
        return caller && author?.toLowerCase() === caller ? 'customer' : 'agent';
      },
    });
  },
  replyBox: ['#activity-stream-comments-textarea', 'textarea[id$=".comments"]', '#activity-stream-textarea'],
});
