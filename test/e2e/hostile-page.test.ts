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

describe('the extension pages’ CSP', () => {
  it("is default-src 'self' with object-src 'none', and the panel and options page work under it", async () => {
    const manifest = await session.ext.worker.evaluate(() => chrome.runtime.getManifest());
    const csp = (manifest.content_security_policy as { extension_pages: string }).extension_pages;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("object-src 'none'");
    const violations: string[] = [];
    const { tab, panel } = await session.openTicket();
    panel.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await panel
      .getByRole('region', { name: 'Suggested for this page' })
      .getByRole('button')
      .first()
      .waitFor();
    // Opening an article renders sanitised Markdown (the lazily loaded renderer) and its styles.
    await panel.getByRole('region', { name: 'Suggested for this page' }).getByRole('button').first().click();
    await panel.getByRole('article').first().waitFor();
    const options = await session.ext.openOptions('articles');
    options.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await options.getByRole('heading', { name: 'Articles' }).first().waitFor();
    // Styles applied from the extension's own stylesheet (not blocked).
    expect(await panel.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);
    expect(violations).toEqual([]);
    await options.close();
    await tab.close();
    await panel.close();
  });
});
