// A hostile page cannot switch the content script off: elements named `browser`, `chrome` and like the
// script's old instance slot (DOM clobbering) do not stop it from reading the page for the panel.
import { describe, expect, it } from 'vitest';
import { extensionSession } from './session';

const session = extensionSession();

describe('a page that clobbers DOM globals', () => {
  it('still has its ticket read and suggestions shown in the panel', async () => {
    const { tab, panel } = await session.openTicket('clobbered-ticket.html');
    const region = panel.getByRole('region', { name: 'Suggested for this page' });
    await region.getByRole('button').first().waitFor();
    expect(await region.locator('.context-line').textContent()).toContain('damaged blender');
    // The page's own world sees nothing of the script.
    expect(await tab.evaluate(() => Object.keys(window).filter((key) => /ownit/i.test(key)))).toEqual([]);
    await tab.close();
    await panel.close();
  });
});
