// The options page's articles, playbooks and settings, driven in Chromium with the built extension.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Article, Playbook } from '../../src/shared/model';
import { extensionSession } from './session';

const session = extensionSession();

const openOptions = (section: string): Promise<Page> => session.ext.openOptions(section);

async function openArticles(): Promise<Page> {
  const page = await openOptions('articles');
  await articleList(page).getByRole('listitem').first().waitFor();
  return page;
}

const articleList = (page: Page) => page.getByRole('list', { name: 'Articles' });

const articleItem = (page: Page, title: string) =>
  articleList(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: title, exact: true }) });

/** One stored row, read straight from IndexedDB. */
function stored<T>(page: Page, table: string, id: string): Promise<T | null> {
  return page.evaluate(
    ([store, key]) =>
      new Promise<T | null>((resolve, reject) => {
        const request = indexedDB.open('ownit');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const get = db.transaction(store).objectStore(store).get(key);
          get.onerror = () => reject(get.error);
          get.onsuccess = () => {
            db.close();
            resolve((get.result as T | undefined) ?? null);
          };
        };
      }),
    [table, id] as const,
  );
}

describe('sections', () => {
  it('opens the section the URL names and moves between them by keyboard', async () => {
    const page = await openOptions('settings');
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    expect(await page.title()).toBe('Own It: Settings');
    const nav = page.getByRole('navigation', { name: 'Sections' });
    expect(await nav.getByRole('link', { name: 'Settings' }).getAttribute('aria-current')).toBe('page');
    await nav.getByRole('link', { name: 'Playbooks' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('list', { name: 'Playbooks' }).waitFor();
    expect(page.url()).toMatch(/#playbooks$/);
    await page.goBack();
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    await page.close();
  });
});

describe('a half-written article', () => {
  it('is still in its form after a look at another section', async () => {
    const page = await openArticles();
    await page.getByRole('button', { name: 'Write an article' }).click();
    const form = page.getByRole('form', { name: 'New article' });
    await form.getByRole('textbox', { name: 'Title' }).fill('Draft in progress');
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Rules' }).click();
    await page.getByRole('list', { name: 'Rules' }).waitFor();
    expect(await form.isVisible()).toBe(false);
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Articles' }).click();
    expect(await form.getByRole('textbox', { name: 'Title' }).inputValue()).toBe('Draft in progress');
    await page.close();
  });
});

describe('articles', () => {
  it('an article written here is found by the panel’s search', async () => {
    const page = await openArticles();
    await page.getByRole('button', { name: 'Write an article' }).click();
    const form = page.getByRole('form', { name: 'New article' });
    await form.getByRole('textbox', { name: 'Title' }).fill('Gift card balance missing');
    await form
      .getByRole('textbox', { name: 'Body (Markdown)' })
      .fill('## Resolve it\n1. Look up the card number.\n2. Restore the **balance**.');
    await form.getByRole('textbox', { name: 'Tags' }).fill('gift cards, billing');
    await form.getByRole('textbox', { name: 'Keywords' }).fill('voucher empty');
    // The preview renders the Markdown as the agent types.
    await form
      .getByRole('region', { name: 'Preview' })
      .getByRole('heading', { name: 'Resolve it' })
      .waitFor();
    expect(await form.getByRole('region', { name: 'Preview' }).locator('strong').textContent()).toBe(
      'balance',
    );
    await form.getByRole('button', { name: 'Add article' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved “Gift card balance missing”' }).waitFor();
    await articleItem(page, 'Gift card balance missing').waitFor();
    expect(await stored<Article>(page, 'articles', 'gift-card-balance-missing')).toMatchObject({
      tags: ['gift cards', 'billing'],
      keywords: ['voucher empty'],
      source: 'local',
      version: 1,
    });

    const panel = await session.ext.openPanel();
    await panel.getByRole('searchbox', { name: 'Search knowledge base' }).fill('voucher empty');
    const first = panel.getByRole('listbox', { name: 'Search results' }).getByRole('option').first();
    await expect.poll(() => first.textContent()).toContain('Gift card balance missing');
    await panel.close();
    await page.close();
  });

  it('filters by search text and review due, and flags an article due for review', async () => {
    const page = await openArticles();
    await page.getByRole('searchbox', { name: 'Search articles' }).fill('balance missing');
    await expect.poll(() => articleList(page).getByRole('listitem').count()).toBe(1);
    await articleItem(page, 'Gift card balance missing').getByRole('button', { name: 'Edit' }).click();
    const form = page.getByRole('form', { name: 'Edit “Gift card balance missing”' });
    await form.getByRole('textbox', { name: 'Review by' }).fill('2020-01-31');
    await form.getByRole('button', { name: 'Save changes' }).click();
    const item = articleItem(page, 'Gift card balance missing');
    await item.getByText('Review due since 31 Jan 2020').waitFor();
    await page.getByRole('searchbox', { name: 'Search articles' }).fill('');
    await page.getByRole('checkbox', { name: 'Review due only' }).check();
    await expect.poll(() => articleList(page).getByRole('listitem').count()).toBe(1);
    await page.close();
  });

  it('a save from a second tab on an old version keeps the typed text and offers the choices', async () => {
    const first = await openArticles();
    const second = await openArticles();
    const title = 'Gift card balance missing';
    for (const page of [first, second]) {
      await articleItem(page, title).getByRole('button', { name: 'Edit' }).click();
    }
    const formOf = (page: Page) => page.getByRole('form', { name: `Edit “${title}”` });
    const body = (page: Page) => formOf(page).getByRole('textbox', { name: 'Body (Markdown)' });
    // Each tab is brought to the front before it is used, as an agent would (hidden tabs are throttled).
    await first.bringToFront();
    await body(first).fill('Theirs: call the card issuer.');
    await formOf(first).getByRole('button', { name: 'Save changes' }).click();
    await first
      .getByRole('status')
      .filter({ hasText: `Saved “${title}”` })
      .waitFor();

    await second.bringToFront();
    await body(second).fill('Mine: refund to the original card.');
    await formOf(second).getByRole('button', { name: 'Save changes' }).click();
    const conflict = formOf(second).getByRole('alert').filter({ hasText: 'changed in another window' });
    await conflict.waitFor();
    expect(await body(second).inputValue()).toBe('Mine: refund to the original card.');
    expect((await stored<Article>(second, 'articles', 'gift-card-balance-missing'))?.body).toBe(
      'Theirs: call the card issuer.',
    );

    await conflict.getByRole('button', { name: 'Save mine as a copy' }).click();
    await articleItem(second, `${title} (my copy)`).waitFor();
    expect((await stored<Article>(second, 'articles', 'gift-card-balance-missing-my-copy'))?.body).toBe(
      'Mine: refund to the original card.',
    );
    expect((await stored<Article>(second, 'articles', 'gift-card-balance-missing'))?.body).toBe(
      'Theirs: call the card issuer.',
    );

    // Overwrite, the other choice, replaces theirs on purpose.
    await first.bringToFront();
    await articleItem(first, title).getByRole('button', { name: 'Edit' }).click();
    await second.bringToFront();
    await articleItem(second, title).getByRole('button', { name: 'Edit' }).click();
    await body(second).fill('Second tab wins.');
    await formOf(second).getByRole('button', { name: 'Save changes' }).click();
    await articleItem(second, title).waitFor();
    await first.bringToFront();
    await body(first).fill('First tab, now behind.');
    await formOf(first).getByRole('button', { name: 'Save changes' }).click();
    await formOf(first).getByRole('button', { name: 'Overwrite with mine' }).click();
    await articleItem(first, title).waitFor();
    expect(await stored<Article>(first, 'articles', 'gift-card-balance-missing')).toMatchObject({
      body: 'First tab, now behind.',
      version: 5,
    });
    await first.close();
    await second.close();
  });

  it('deletes an article after asking, and Undo brings it back unchanged', async () => {
    const page = await openArticles();
    const title = 'Gift card balance missing (my copy)';
    const original = await stored<Article>(page, 'articles', 'gift-card-balance-missing-my-copy');
    expect(original).not.toBeNull();
    await articleItem(page, title).getByRole('button', { name: 'Delete' }).click();
    await articleItem(page, title).getByRole('button', { name: 'Yes, delete' }).click();
    await articleItem(page, title).waitFor({ state: 'detached' });
    expect(await stored(page, 'articles', 'gift-card-balance-missing-my-copy')).toBeNull();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('undo-delete-article');
    await page.keyboard.press('Enter');
    await articleItem(page, title).waitFor();
    expect(await stored(page, 'articles', 'gift-card-balance-missing-my-copy')).toEqual(original);
    await page.close();
  });

  it('adds a tag to the selected articles, and deletes them together with one Undo', async () => {
    const page = await openArticles();
    await page.getByRole('searchbox', { name: 'Search articles' }).fill('balance missing');
    await expect.poll(() => articleList(page).getByRole('listitem').count()).toBe(2);
    await page.getByRole('checkbox', { name: 'Select all shown' }).check();
    const bulk = page.getByRole('region', { name: 'Change the selected articles' });
    await bulk.getByText('2 articles selected').waitFor();
    await bulk.getByRole('textbox', { name: 'Tag' }).fill('escalate');
    await bulk.getByRole('button', { name: 'Add tag' }).click();
    await page.getByRole('status').filter({ hasText: 'Added “escalate” to 2 articles.' }).waitFor();
    await page.getByRole('searchbox', { name: 'Search articles' }).fill('my copy');
    await bulk.getByText('2 articles selected, 1 of them hidden by the filters').waitFor();
    await page.getByRole('searchbox', { name: 'Search articles' }).fill('balance missing');
    expect((await stored<Article>(page, 'articles', 'gift-card-balance-missing'))?.tags).toContain(
      'escalate',
    );

    await bulk.getByRole('button', { name: 'Delete selected' }).click();
    await bulk.getByRole('button', { name: 'Yes, delete' }).click();
    await page.getByRole('status').filter({ hasText: 'Deleted 2 articles.' }).waitFor();
    expect(await stored(page, 'articles', 'gift-card-balance-missing')).toBeNull();
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('status').filter({ hasText: 'Restored 2 articles.' }).waitFor();
    expect((await stored<Article>(page, 'articles', 'gift-card-balance-missing'))?.tags).toContain(
      'escalate',
    );
    await page.close();
  });
});

/** Writes a row straight into IndexedDB, as pack sync would; the page shows it after a reload. */
function putRaw(page: Page, table: string, row: unknown): Promise<void> {
  return page.evaluate(
    ([store, value]) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('ownit');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(store, 'readwrite');
          tx.objectStore(store).put(value);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [table, row] as const,
  );
}

describe('a team pack’s article', () => {
  it('is read-only until the agent edits a local copy, which pack updates then leave alone', async () => {
    const page = await openArticles();
    const packArticle: Article = {
      id: 'acme-returns',
      title: 'Acme returns policy',
      body: 'Returns within 30 days.',
      tags: ['returns'],
      keywords: [],
      updatedAt: 1,
      version: 1,
      source: 'pack:acme',
    };
    await putRaw(page, 'articles', packArticle);
    await page.reload();
    const item = articleItem(page, 'Acme returns policy');
    await item.getByText('Team pack acme').waitFor();
    expect(await item.getByRole('button', { name: 'Edit', exact: true }).count()).toBe(0);
    await item.getByRole('button', { name: 'Edit a local copy' }).click();
    const form = page.getByRole('form', { name: 'Edit “Acme returns policy”' });
    await form.getByText('it is your local copy').waitFor();
    await form.getByRole('textbox', { name: 'Body (Markdown)' }).fill('Returns within 45 days for members.');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await item.getByText('Team pack acme, edited').waitFor();
    expect(await item.getByRole('button', { name: 'Edit a local copy' }).count()).toBe(0);
    expect(await stored<Article>(page, 'articles', 'acme-returns')).toMatchObject({
      source: 'pack:acme',
      editedLocally: true,
      version: 2,
      body: 'Returns within 45 days for members.',
    });
    await page.close();
  });
});

describe('accessibility', () => {
  it('every section passes axe-core’s checks (names, labels, contrast)', async () => {
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const page = await openOptions('articles');
    // Each section's list, then the article and playbook forms (with the preview rendered).
    const views: [string, string | null][] = [
      ['articles', null],
      ['playbooks', null],
      ['rules', null],
      ['settings', null],
      ['articles', 'Write an article'],
      ['playbooks', 'Write a playbook'],
    ];
    for (const [section, open] of views) {
      await page.goto(`chrome-extension://${session.ext.id}/src/options/index.html#${section}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      if (open) {
        await page.getByRole('button', { name: open }).click();
        await page.getByRole('form').waitFor();
        await page
          .getByRole('textbox', { name: /Body|Step 1/ })
          .first()
          .fill('## A heading\n\nSome **text**.');
        if (section === 'articles') {
          await page
            .getByRole('region', { name: 'Preview' })
            .getByRole('heading', { name: 'A heading' })
            .waitFor();
        }
      }
      await page.waitForLoadState('networkidle');
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const result = await (
          window as unknown as {
            axe: { run(): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
          }
        ).axe.run();
        return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
      });
      expect(violations, `${section} ${open ?? ''}`).toEqual([]);
    }
    await page.close();
  });
});

describe('playbooks', () => {
  it('writes a playbook with steps put in order by the buttons', async () => {
    const page = await openOptions('playbooks');
    await page.getByRole('button', { name: 'Write a playbook' }).click();
    const form = page.getByRole('form', { name: 'New playbook' });
    await form.getByRole('textbox', { name: 'Title' }).fill('Wrong size delivered');
    await form.getByRole('textbox', { name: 'Step 1: what to do' }).fill('Send the replacement.');
    await form.getByRole('combobox', { name: 'Stage of step 1' }).selectOption('resolve');
    await form.getByRole('button', { name: 'Add a step' }).click();
    await form.getByRole('textbox', { name: 'Step 2: what to do' }).fill('Ask which size they need.');
    await form.getByRole('combobox', { name: 'Stage of step 2' }).selectOption('capture');
    await form.getByRole('button', { name: 'Move step 2 up' }).click();
    expect(await form.getByRole('textbox', { name: 'Step 1: what to do' }).inputValue()).toBe(
      'Ask which size they need.',
    );
    await form.getByRole('button', { name: 'Add playbook' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved “Wrong size delivered”' }).waitFor();
    expect((await stored<Playbook>(page, 'playbooks', 'wrong-size-delivered'))?.steps).toEqual([
      { stage: 'capture', text: 'Ask which size they need.' },
      { stage: 'resolve', text: 'Send the replacement.' },
    ]);
    await page.close();
  });
});

describe('settings', () => {
  it('saves the agent’s name, which the next visit shows again', async () => {
    const page = await openOptions('settings');
    const name = page.getByRole('textbox', { name: 'Your name' });
    await name.fill('Sam Rivera');
    await page.getByRole('textbox', { name: 'Team or role' }).fill('Billing, tier 2');
    await page.getByRole('radio', { name: 'Dark' }).check();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByRole('status').filter({ hasText: 'Settings saved.' }).waitFor();
    expect(await stored(page, 'settings', 'agentName')).toEqual({ key: 'agentName', value: 'Sam Rivera' });
    await page.reload();
    await expect.poll(() => page.getByRole('textbox', { name: 'Your name' }).inputValue()).toBe('Sam Rivera');
    expect(await page.getByRole('radio', { name: 'Dark' }).isChecked()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    // The panel follows the same choice, even with the system in light mode.
    const panel = await session.ext.openPanel();
    await panel.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => panel.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await panel.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      'rgb(20, 23, 29)',
    );
    await page.getByRole('radio', { name: 'Same as the system' }).check();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByRole('status').filter({ hasText: 'Settings saved.' }).waitFor();
    await panel.reload();
    await panel.getByRole('region', { name: 'My cases' }).waitFor();
    expect(await panel.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      'rgb(247, 248, 250)',
    );
    await panel.close();
    await page.close();
  });
});
