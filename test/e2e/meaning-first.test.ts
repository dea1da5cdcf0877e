// A ticket the meaning host has not seen: its suggestions by meaning come as soon as their closeness is
// known, before the small-talk check of the customer's latest message, and they do not move when that
// check's answer comes. A browser of its own, so the kettle ticket is new to its host.
import { describe, expect, it } from 'vitest';
import { extensionSession } from './session';
import { meaningSettled, suggested, suggestedTitles } from './suggested';

const session = extensionSession();

describe('a new ticket’s suggestions by meaning', () => {
  it('come with the closeness and keep their order once the host’s answer is complete', async () => {
    const { panel, tab } = await session.openTicket('generic-ticket.html');
    await meaningSettled(panel);
    expect(await suggested(panel).getAttribute('data-meaning')).toBe('ready');
    await expect
      .poll(() => panel.evaluate(() => performance.getEntriesByName('ownit:suggest-complete').length), {
        timeout: 60_000,
      })
      .toBeGreaterThan(0);
    // Every list the panel shows from now on, with when it was shown.
    await panel.evaluate(() => {
      const region = document.querySelector('section[data-meaning]')!;
      const lists: { at: number; titles: string[] }[] = [];
      (globalThis as unknown as { shownLists: typeof lists }).shownLists = lists;
      new MutationObserver(() => {
        lists.push({
          at: performance.now(),
          titles: [...region.querySelectorAll('li button.suggestion')].map((b) => b.textContent ?? ''),
        });
      }).observe(region, { childList: true, subtree: true, characterData: true });
    });
    const before = await panel.evaluate(() => performance.getEntriesByName('ownit:suggest-complete').length);
    await tab.goto(session.server.url('freshdesk-kettle.html'));
    await expect
      .poll(() => panel.evaluate(() => performance.getEntriesByName('ownit:suggest-complete').length), {
        timeout: 60_000,
      })
      .toBeGreaterThan(before);
    const seen = await panel.evaluate(() => {
      const meaning = performance.getEntriesByName('ownit:suggest-meaning').at(-1)!;
      const complete = performance.getEntriesByName('ownit:suggest-complete').at(-1)!;
      const lists = (globalThis as unknown as { shownLists: { at: number; titles: string[] }[] }).shownLists;
      return {
        sameStart: meaning.startTime === complete.startTime,
        meaningEnd: meaning.startTime + meaning.duration,
        completeEnd: complete.startTime + complete.duration,
        withMeaning: lists.filter((list) => list.at >= meaning.startTime + meaning.duration),
      };
    });
    expect(seen.sameStart).toBe(true);
    expect(seen.meaningEnd).toBeLessThanOrEqual(seen.completeEnd);
    // The kettle ticket shares no word with the warranty items: meaning brings one, at once.
    const shown = seen.withMeaning.map((list) => list.titles);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown[0]).toEqual(
      expect.arrayContaining([expect.stringMatching(/Warranty claim|Product fault and warranty/)]),
    );
    // Whatever the panel showed since the first ordering by meaning is that ordering.
    for (const titles of shown) expect(titles).toEqual(shown[0]);
    expect(await suggestedTitles(panel)).toEqual(
      expect.arrayContaining(shown[0]!.map((title) => expect.stringContaining(title))),
    );
    await panel.close();
    await tab.close();
  }, 240_000);
});
