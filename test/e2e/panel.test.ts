import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { extensionSession } from './session';

const session = extensionSession();

/**
 * The suggestions once the meaning host is ready and has answered for the page shown since `since`
 * (performance.now() in the panel): the list an agent reads, not the words' first draft of it.
 */
async function settledSuggestions(panel: Page, since: number): Promise<string[]> {
  const region = panel.getByRole('region', { name: 'Suggested for this page' });
  await expect.poll(() => region.getAttribute('data-meaning'), { timeout: 120_000 }).toBe('ready');
  await expect
    .poll(
      () =>
        panel.evaluate(
          (after) =>
            performance.getEntriesByName('ownit:meaning-closeness').filter((entry) => entry.startTime > after)
              .length,
          since,
        ),
      { timeout: 60_000 },
    )
    .toBeGreaterThan(0);
  // The answer is in; the list is read once it stays the same for a quarter of a second.
  let last = '';
  for (let look = 0; look < 40; look++) {
    const now = JSON.stringify(await region.getByRole('button').allTextContents());
    if (now === last) return JSON.parse(now) as string[];
    last = now;
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`the suggestions kept changing: ${last}`);
}

function searchBox(panel: Page) {
  return panel.getByRole('searchbox', { name: 'Search knowledge base' });
}

describe('searching the knowledge base', () => {
  it('finds the refund article first for a typo and opens it with its steps', async () => {
    const panel = await session.ext.openPanel();
    await searchBox(panel).fill('refnd');
    const first = panel.getByRole('listbox', { name: 'Search results' }).getByRole('option').first();
    await expect.poll(() => first.textContent()).toContain('Refund request');
    expect(await first.locator('mark').count()).toBeGreaterThan(0);
    await searchBox(panel).press('Enter');
    await expect.poll(() => panel.getByRole('heading', { level: 1 }).textContent()).toBe('Refund request');
    await panel.getByRole('heading', { name: 'Resolve it' }).waitFor();
    expect(await panel.locator('.article-body ol li').count()).toBeGreaterThan(2);
    await panel.getByRole('button', { name: 'Copy reply' }).first().waitFor();
    await panel.getByRole('button', { name: '← Back' }).click();
    await expect.poll(() => searchBox(panel).inputValue()).toBe('refnd');
    await panel.close();
  });

  it('is usable from the keyboard: / focuses search, arrows move, Escape goes back', async () => {
    const panel = await session.ext.openPanel();
    await panel.getByRole('region', { name: 'My cases' }).waitFor();
    await panel.locator('body').press('/');
    await expect.poll(() => panel.evaluate(() => document.activeElement?.id)).toBe('kb-search');
    await panel.keyboard.type('delivery');
    const options = panel.getByRole('listbox', { name: 'Search results' }).getByRole('option');
    await options.nth(1).waitFor();
    await panel.keyboard.press('ArrowDown');
    // The second result is now the active one; Enter opens exactly that one.
    const active = panel.getByRole('listbox', { name: 'Search results' }).locator('[aria-selected="true"]');
    await expect.poll(() => active.getAttribute('id')).toBe('result-1');
    const chosen = (await active.locator('.result-title').textContent()) ?? '';
    await panel.keyboard.press('Enter');
    await expect
      .poll(async () =>
        chosen.endsWith((await panel.getByRole('heading', { level: 1 }).textContent()) ?? '-'),
      )
      .toBe(true);
    await panel.locator('body').press('Escape');
    await expect.poll(() => panel.evaluate(() => document.activeElement?.id)).toBe('kb-search');
    await panel.keyboard.press('Escape');
    await expect.poll(() => searchBox(panel).inputValue()).toBe('');
    await panel.close();
  });

  it('says so when nothing matches and offers a correction', async () => {
    const panel = await session.ext.openPanel();
    await searchBox(panel).fill('zzqxv');
    await panel.getByText('No article matches').waitFor();
    await searchBox(panel).fill('warrnaty');
    await panel.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().waitFor();
    expect(
      await panel.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().textContent(),
    ).toMatch(/warranty/i);
    await panel.close();
  });
});

describe('filtering results', () => {
  it('narrows a search to one topic', async () => {
    const panel = await session.ext.openPanel();
    await searchBox(panel).fill('refund');
    await panel.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().waitFor();
    const filter = panel.getByRole('combobox', { name: 'Filter by topic' });
    const before = await panel.getByRole('listbox', { name: 'Search results' }).getByRole('option').count();
    await filter.selectOption({ value: 'privacy' });
    await expect
      .poll(() => panel.getByRole('listbox', { name: 'Search results' }).getByRole('option').count())
      .toBeLessThan(before);
    expect(await filter.inputValue()).toBe('privacy');
    await panel.close();
  });
});

describe('hostile article bodies', () => {
  it('renders script, event handlers and javascript: links as harmless markup', async () => {
    const panel = await session.ext.openPanel();
    await panel.getByRole('region', { name: 'My cases' }).waitFor();
    const hostile = [
      '# Hostile',
      '<script>window.__ownitPwned = 1</script>',
      '<img src="x" onerror="window.__ownitPwned = 2">',
      '[click me](javascript:window.__ownitPwned=3)',
      '<a href="javascript:window.__ownitPwned=4" onclick="window.__ownitPwned=5">link</a>',
      '<iframe src="https://example.com"></iframe><form action="https://example.com"><input></form>',
      '<p onmouseover="window.__ownitPwned=6" style="position:fixed;inset:0">hover</p>',
    ].join('\n\n');
    await panel.evaluate(async (body) => {
      await new Promise<void>((done, fail) => {
        const open = indexedDB.open('ownit');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('articles', 'readwrite');
          tx.objectStore('articles').put({
            id: 'hostile',
            title: 'Zebra hostile markup test',
            body,
            tags: [],
            keywords: [],
            updatedAt: Date.now(),
            version: 1,
            source: 'local',
          });
          tx.oncomplete = () => done();
          tx.onerror = () => fail(tx.error);
        };
      });
    }, hostile);
    await panel.reload();
    await searchBox(panel).fill('zebra hostile');
    await panel.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().click();
    await panel.getByText('hover').waitFor();
    await panel.getByText('hover').hover();
    // Raw HTML shows as its own text; click it anyway, as a curious agent would.
    await panel.getByText('>link</a>').click();
    await panel.getByText('click me').click();
    const report = await panel.evaluate(() => {
      const body = document.querySelector('.article-body') as HTMLElement;
      return {
        pwned: (window as unknown as { __ownitPwned?: number }).__ownitPwned ?? null,
        scripts: body.querySelectorAll('script, iframe, form, input, img[onerror]').length,
        handlers: [...body.querySelectorAll('*')].filter((el) =>
          [...el.attributes].some((a) => a.name.startsWith('on') || a.name === 'style'),
        ).length,
        jsLinks: [...body.querySelectorAll('a')].filter((a) =>
          /javascript:/i.test(a.getAttribute('href') ?? ''),
        ).length,
      };
    });
    expect(report).toEqual({ pwned: null, scripts: 0, handlers: 0, jsLinks: 0 });
    await panel.close();
  });
});

describe('suggested for this page', () => {
  it('lists fitting articles for the demo ticket without typing', async () => {
    const { tab, panel } = await session.openTicket();
    const region = panel.getByRole('region', { name: 'Suggested for this page' });
    await region.getByRole('button').first().waitFor();
    const titles = await region.getByRole('button').allTextContents();
    expect(titles.slice(0, 3).join(' | ')).toMatch(/damaged|refund/i);
    // Why it is there shows when the agent moves to it, and describes the button to a screen reader.
    const why = region.getByRole('listitem').first().locator('.why');
    expect(await why.isVisible()).toBe(false);
    await region.getByRole('button').first().focus();
    await why.waitFor();
    expect(await why.textContent()).toMatch(/^Matched: \S/);
    expect(await region.getByRole('button').first().getAttribute('aria-describedby')).toBe(
      await why.getAttribute('id'),
    );
    await tab.close();
    await panel.close();
  });

  it('follows the page when the ticket changes', async () => {
    const { tab, panel } = await session.openTicket();
    const region = panel.getByRole('region', { name: 'Suggested for this page' });
    await region.getByRole('button').first().waitFor();
    expect(await region.locator('.context-line').textContent()).toContain('damaged blender');
    const before = await settledSuggestions(panel, 0);
    const since = await panel.evaluate(() => performance.now());
    await tab.goto(session.server.url('generic-ticket.html'));
    await expect
      .poll(() => region.locator('.context-line').textContent(), { timeout: 15_000 })
      .toContain('Charger');
    // The list is worked out again for the new page, meaning included: Marco's charger came with the
    // wrong plug twice and he asks for a refund, the blender's customer for a damaged jug.
    expect(await settledSuggestions(panel, since)).not.toEqual(before);
    await tab.close();
    await panel.close();
  });

  // Once meaning has read this page: a wrong plug told without the word "wrong", and a refund asked for.
  // The damaged-item article and the delivery and fault playbooks must not push the refund down.
  it('puts the refund or the wrong item in the first three for a customer sent the wrong plug twice', async () => {
    const { tab, panel } = await session.openTicket('generic-ticket.html');
    const titles = await settledSuggestions(panel, 0);
    expect(titles.slice(0, 3).join(' | ')).toMatch(/refund|wrong item/i);
    await tab.close();
    await panel.close();
  }, 180_000);

  it('explains a page with no readable text', async () => {
    const { tab, panel } = await session.openTicket('no-text.html');
    await panel.getByText('This page shows no ticket text').waitFor();
    await tab.close();
    await panel.close();
  });

  it('suggests nothing where the customer only says thanks, and says why', async () => {
    const { tab, panel } = await session.openTicket('thanks-only-ticket.html');
    await panel.getByText("The customer hasn't described a problem yet").waitFor();
    const region = panel.getByRole('region', { name: 'Suggested for this page' });
    expect(await region.getByRole('button').count()).toBe(0);
    await tab.close();
    await panel.close();
  });

  it('explains a closed tab instead of showing a blank panel', async () => {
    const panel = await session.ext.openPanel(987_654);
    await panel.getByText('The tab Own It was following is closed').waitFor();
    await searchBox(panel).fill('refund');
    await panel.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().waitFor();
    await panel.close();
  });

  it('explains a page Own It may not read', async () => {
    const tab = await session.ext.context.newPage();
    await tab.goto('about:blank');
    // Without the tabs permission the worker cannot see this tab's URL; the newest tab is this one.
    const tabId = await session.ext.worker.evaluate(async () =>
      Math.max(...(await chrome.tabs.query({})).map((t) => t.id ?? -1)),
    );
    const panel = await session.ext.openPanel(tabId);
    await panel.getByText(/Own It (is not reading this page yet|does not read browser)/).waitFor();
    await tab.close();
    await panel.close();
  });
});

describe('a database that cannot be opened', () => {
  it('shows a clear message, not a blank panel', async () => {
    const panel = await session.ext.context.newPage();
    // As when the browser's storage is disabled by policy: IndexedDB is not there for the panel.
    await panel.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { configurable: true, get: () => undefined });
    });
    await panel.goto(session.ext.panelUrl());
    await panel.getByRole('alert').filter({ hasText: 'could not open its local knowledge base' }).waitFor();
    await panel.getByRole('region', { name: 'My cases' }).getByRole('alert').waitFor();
    expect(await panel.getByRole('button', { name: 'I own this' }).isVisible()).toBe(true);
    await panel.close();
  });
});

describe('layout', () => {
  it('fits 320 to 500 px wide without horizontal scrolling', async () => {
    const { tab, panel } = await session.openTicket();
    const overflow = () =>
      panel.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    for (const width of [320, 400, 500]) {
      await panel.setViewportSize({ width, height: 700 });
      await panel
        .getByRole('region', { name: 'Suggested for this page' })
        .getByRole('button')
        .first()
        .waitFor();
      expect(await overflow(), `home at ${width}px`).toBeLessThanOrEqual(0);
      await searchBox(panel).fill('charged twice card');
      await panel.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().waitFor();
      expect(await overflow(), `results at ${width}px`).toBeLessThanOrEqual(0);
      await searchBox(panel).press('Enter');
      await panel.locator('.snippet-actions').first().waitFor();
      expect(await overflow(), `article at ${width}px`).toBeLessThanOrEqual(0);
      await panel.getByRole('button', { name: '← Back' }).click();
      await searchBox(panel).fill('');
      await panel.getByRole('button', { name: 'I own this' }).click();
      await panel.getByRole('textbox', { name: 'Note' }).waitFor();
      expect(await overflow(), `note form at ${width}px`).toBeLessThanOrEqual(0);
      await panel.getByRole('button', { name: 'Cancel' }).click();
      await panel.getByRole('button', { name: 'Insights' }).click();
      await panel.getByRole('region', { name: 'Knowledge gaps' }).waitFor();
      expect(await overflow(), `insights at ${width}px`).toBeLessThanOrEqual(0);
      await panel.getByRole('button', { name: '← Back' }).click();
    }
    await tab.close();
    await panel.close();
  });
});
