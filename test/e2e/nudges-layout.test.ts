// The page's nudge cards sit above the suggestions. A card that came after the suggestions would push the
// list down while the agent reaches for it (with the starter pack, the rule's card came 150–300 ms after
// them, 145 px down). The suggestions wait, a moment at most, until the page's nudges are known
// (src/sidepanel/components/Home.tsx, NUDGE_WAIT_MS), and the dismissed nudges are read as the panel
// starts, so the card mounts with the list or before it, never after.
import { describe, expect, it } from 'vitest';
import { extensionSession } from './session';

const session = extensionSession();

interface Sample {
  at: number;
  /** Top of the first suggestion, null while there is none. */
  top: number | null;
  cards: number;
}

/**
 * In the panel before its scripts: every frame, where the first suggestion is and how many cards show,
 * until 2 s after the first suggestion was painted (or 30 s in all).
 */
const RECORD_FRAMES = `
  window.__layout = [];
  window.__layoutDone = false;
  let firstAt = null;
  const sample = () => {
    const first = document.querySelector('.suggestion');
    const now = performance.now();
    if (first && firstAt === null) firstAt = now;
    window.__layout.push({
      at: now,
      top: first ? first.getBoundingClientRect().top : null,
      cards: document.querySelectorAll('.nudges article').length,
    });
    if ((firstAt !== null && now > firstAt + 2000) || now > 30000) window.__layoutDone = true;
    else requestAnimationFrame(sample);
  };
  requestAnimationFrame(sample);
`;

describe('nudge cards and the suggestions when the panel opens', () => {
  it('never move the suggestions once they are painted', async () => {
    // Inès asks for a replacement: the starter pack's "one replacement per order" rule has a card.
    const url = session.server.url('gmail-thread.html');
    const tab = await session.ext.context.newPage();
    await tab.goto(url);
    const tabId = await session.ext.tabIdOf(url);
    // The first panel seeds the starter pack and stores the index, as after an install.
    const first = await session.ext.openPanel(tabId);
    await first.locator('.nudges article').first().waitFor({ timeout: 20_000 });
    await first.close();

    for (let open = 0; open < 3; open++) {
      const panel = await session.ext.context.newPage();
      await panel.addInitScript({ content: RECORD_FRAMES });
      await panel.goto(session.ext.panelUrl(tabId));
      await panel.waitForFunction(
        () => (window as unknown as { __layoutDone: boolean }).__layoutDone,
        undefined,
        {
          timeout: 40_000,
        },
      );
      const frames = await panel.evaluate(() => (window as unknown as { __layout: Sample[] }).__layout);
      const painted = frames.filter((frame) => frame.top !== null);
      expect(painted.length).toBeGreaterThan(0);
      // The card is there in the suggestions' first frame, and the list stays where it was first painted.
      expect(painted[0]!.cards).toBe(1);
      expect(painted.map((frame) => Math.round(frame.top!))).toEqual(
        painted.map(() => Math.round(painted[0]!.top!)),
      );
      await panel.close();
    }
    await tab.close();
  });
});
