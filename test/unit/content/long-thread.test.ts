// @vitest-environment happy-dom
// A ticket of 2,000 messages: what the content script sends stays bounded by what the panel uses (the
// customer's latest and first messages in full, every message's role and time, the rest cut short), and
// the panel still finds the latest and the first. Time and size are printed for the record.
import { describe, expect, it } from 'vitest';
import { readPageFacts } from '../../../src/content/adapters/index';
import { finishPage, isPageReading } from '../../../src/shared/page-reading';
import { loadHtml } from './fixtures';

const COUNT = 2_000;
const filler =
  'We went through the order history again and checked every step of the delivery on our side. '.repeat(30);

function longThread(newestFirst: boolean): string {
  const items: string[] = [];
  for (let i = 0; i < COUNT; i++) {
    const customer = i % 2 === 0;
    const minute = String(i % 60).padStart(2, '0');
    const hour = String(Math.floor(i / 60) % 24).padStart(2, '0');
    const day = 1 + Math.floor(i / 1_440);
    const words =
      i === 0
        ? 'The standing desk I bought arrived with one leg bent so it wobbles and will not lock at any height.'
        : i === COUNT - 2
          ? 'Any news on the desk? Still nothing from the courier about collecting it.'
          : `${customer ? 'Message' : 'Reply'} ${i}. ${filler}`;
    items.push(
      `<div class="message" data-role="${customer ? 'customer' : 'agent'}"><time datetime="2025-03-${String(day).padStart(2, '0')}T${hour}:${minute}:00Z">${hour}:${minute}</time><div class="message-body"><p>${words}</p></div></div>`,
    );
  }
  if (newestFirst) items.reverse();
  return `<main><h1>Desk arrived with a bent leg</h1><div class="thread">${items.join('')}</div></main>`;
}

describe('a thread of 2,000 messages', () => {
  for (const newestFirst of [false, true]) {
    it(`sends a bounded reading and keeps the latest and first customer messages (${newestFirst ? 'newest' : 'oldest'} first)`, () => {
      loadHtml(longThread(newestFirst));
      const started = performance.now();
      const reading = readPageFacts(document, new URL('http://127.0.0.1:4173/ticket.html'));
      const ms = performance.now() - started;
      const bytes = new TextEncoder().encode(JSON.stringify(reading)).length;
      console.log(
        `2,000 messages, ${newestFirst ? 'newest' : 'oldest'} first: read in ${ms.toFixed(0)} ms, message ${bytes.toLocaleString('en')} bytes, ${reading.thread?.length} messages sent`,
      );
      expect(isPageReading(reading)).toBe(true);
      expect(bytes).toBeLessThan(200_000);
      const page = finishPage(reading);
      expect(page.customerMessage).toMatch(/^Any news on the desk\?/);
      expect(page.firstCustomerMessage).toMatch(/^The standing desk I bought arrived with one leg bent/);
    }, 60_000);
  }
});
