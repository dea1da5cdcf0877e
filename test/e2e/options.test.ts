import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DIST } from '../../scripts/chromium';
import type { EmpowermentRule } from '../../src/shared/model';
import { extensionSession } from './session';

const session = extensionSession();

function optionsUrl(): string {
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as {
    options_ui: { page: string; open_in_tab: boolean };
  };
  expect(manifest.options_ui.open_in_tab).toBe(true);
  return `chrome-extension://${session.ext.id}/${manifest.options_ui.page}`;
}

async function openOptions(): Promise<Page> {
  const page = await session.ext.openOptions('rules');
  await rulesList(page).getByRole('listitem').first().waitFor();
  return page;
}

const rulesList = (page: Page) => page.getByRole('list', { name: 'Rules' });

const ruleItem = (page: Page, label: string) =>
  rulesList(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: label, exact: true }) });

/** The stored rule, read straight from IndexedDB. */
function storedRule(page: Page, id: string): Promise<EmpowermentRule | null> {
  return page.evaluate(
    (key) =>
      new Promise<EmpowermentRule | null>((resolve, reject) => {
        const request = indexedDB.open('ownit');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const get = db.transaction('rules').objectStore('rules').get(key);
          get.onerror = () => reject(get.error);
          get.onsuccess = () => {
            db.close();
            resolve((get.result as EmpowermentRule | undefined) ?? null);
          };
        };
      }),
    id,
  );
}

function storedLabels(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const request = indexedDB.open('ownit');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const all = db.transaction('rules').objectStore('rules').getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            db.close();
            resolve((all.result as EmpowermentRule[]).map((rule) => rule.label));
          };
        };
      }),
  );
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/** The text of the elements a control's aria-describedby points to. */
const descriptionOf = (page: Page, controlId: string) =>
  page.evaluate((id) => {
    const ids = document.getElementById(id)?.getAttribute('aria-describedby') ?? '';
    return ids
      .split(/\s+/)
      .map((ref) => document.getElementById(ref)?.textContent ?? '')
      .join(' ');
  }, controlId);

describe('options page: empowerment rules', () => {
  it('lists the starter rules', async () => {
    const page = await openOptions();
    for (const label of ['Refund on an order', 'Waive a late or service fee', 'Extend the return window']) {
      await ruleItem(page, label).waitFor();
    }
    expect(await rulesList(page).getByRole('listitem').count()).toBeGreaterThanOrEqual(7);
    expect(await ruleItem(page, 'Refund on an order').textContent()).toContain('Up to $100 per order');
    expect(await ruleItem(page, 'Refund on an order').textContent()).toContain('Starter pack');
    await page.close();
  });

  it('refuses a negative limit with the error on the field and saves nothing, then saves the fix', async () => {
    const page = await openOptions();
    const before = await storedLabels(page);
    await page.getByRole('button', { name: 'Add a rule' }).click();
    const form = page.getByRole('form', { name: 'New rule' });
    await form.getByRole('combobox', { name: 'Action' }).selectOption('discount');
    await form.getByRole('textbox', { name: 'Label' }).fill('Price match on an order');
    await form.getByRole('textbox', { name: 'Amount' }).fill('-20');
    await form.getByRole('combobox', { name: 'Currency' }).fill('usd');
    await form.getByRole('textbox', { name: 'Who approves above the limit' }).fill('team lead');
    await form.getByRole('textbox', { name: 'Keywords' }).fill('price match, cheaper elsewhere');
    await form.getByRole('button', { name: 'Add rule' }).click();

    await form.getByRole('alert').filter({ hasText: 'Nothing was saved' }).waitFor();
    const amount = form.getByRole('textbox', { name: 'Amount' });
    expect(await amount.getAttribute('aria-invalid')).toBe('true');
    expect(await descriptionOf(page, 'rule-amount')).toMatch(/can’t be negative/);
    await expect.poll(() => focusedId(page)).toBe('rule-amount');
    expect(await form.getByRole('textbox', { name: 'Label' }).getAttribute('aria-invalid')).toBeNull();
    expect(await storedLabels(page)).toEqual(before);

    await amount.fill('20');
    expect(await amount.getAttribute('aria-invalid')).toBeNull();
    await form.getByRole('button', { name: 'Add rule' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved “Price match on an order”' }).waitFor();
    const item = ruleItem(page, 'Price match on an order');
    await item.waitFor();
    expect(await item.textContent()).toContain('Up to $20 per order');
    await expect.poll(() => focusedId(page)).toBe('edit-price-match-on-an-order');
    expect(await storedRule(page, 'price-match-on-an-order')).toMatchObject({
      action: 'discount',
      limit: { amount: 20, currency: 'USD' },
      keywords: ['price match', 'cheaper elsewhere'],
      source: 'local',
      version: 1,
    });
    await page.close();
  });

  it('a rule "store credit up to $50 per customer per month" written here shows in the panel’s nudge', async () => {
    const page = await openOptions();
    await page.getByRole('button', { name: 'Add a rule' }).click();
    const form = page.getByRole('form', { name: 'New rule' });
    await form.getByRole('combobox', { name: 'Action' }).selectOption('credit');
    await form.getByRole('textbox', { name: 'Label' }).fill('Store credit');
    await form.getByRole('textbox', { name: 'Amount' }).fill('50');
    await form.getByRole('combobox', { name: 'Currency' }).fill('USD');
    await form.getByRole('combobox', { name: 'Limit applies' }).selectOption('customer');
    await form.getByRole('combobox', { name: 'Starts again' }).selectOption('month');
    await form.getByRole('textbox', { name: 'Who approves above the limit' }).fill('team lead');
    await form.getByRole('button', { name: 'Add rule' }).click();
    const item = ruleItem(page, 'Store credit');
    await item.filter({ hasText: 'Up to $50 per customer per month' }).waitFor();
    expect(await storedRule(page, 'store-credit')).toMatchObject({
      action: 'credit',
      limit: { amount: 50, currency: 'USD' },
      per: 'customer',
      period: 'month',
    });

    const { tab, panel } = await session.openTicket();
    const nudges = panel.getByRole('region', { name: 'Nudges' });
    await nudges.getByRole('article', { name: 'Yours to approve' }).first().waitFor();
    await tab.bringToFront();
    await tab
      .getByRole('textbox', { name: 'Reply' })
      .fill("I'll check with my team lead whether I can add a $20 store credit for the trouble.");
    const credit = nudges
      .getByRole('article', { name: 'Yours to approve' })
      .filter({ hasText: 'per customer per month' });
    await credit.waitFor({ timeout: 10_000 });
    expect(await credit.textContent()).toMatch(/\$50 per customer per month/);
    await tab.close();
    await panel.close();
    await page.close();
  });

  it('a refund limit lowered to $40 turns the $45 request into the over-limit nudge in the panel', async () => {
    const page = await openOptions();
    await ruleItem(page, 'Refund on an order').getByRole('button', { name: 'Edit' }).click();
    const form = page.getByRole('form', { name: 'Edit “Refund on an order”' });
    const amount = form.getByRole('textbox', { name: 'Amount' });
    expect(await amount.inputValue()).toBe('100');
    await amount.fill('40');
    await form.getByRole('button', { name: 'Save changes' }).click();
    const item = ruleItem(page, 'Refund on an order');
    await item.filter({ hasText: 'Up to $40 per order' }).waitFor();
    expect(await item.textContent()).toContain('Starter pack, edited');
    expect(await storedRule(page, 'refund-per-order')).toMatchObject({
      limit: { amount: 40, currency: 'USD' },
      editedLocally: true,
      version: 2,
    });

    const { tab, panel } = await session.openTicket();
    const nudges = panel.getByRole('region', { name: 'Nudges' });
    const over = nudges.getByRole('article', { name: 'Above your limit: keep ownership' });
    await over.waitFor();
    expect(await over.textContent()).toMatch(/\$40/);
    expect(await nudges.getByRole('article', { name: 'Yours to approve' }).count()).toBe(0);
    await tab.close();
    await panel.close();
    await page.close();
  });

  it('a save from a second window on an old version shows the conflict and loses nothing', async () => {
    const first = await openOptions();
    const second = await openOptions();
    for (const page of [first, second]) {
      await ruleItem(page, 'Discount on an order').getByRole('button', { name: 'Edit' }).click();
    }
    const formOf = (page: Page) => page.getByRole('form', { name: 'Edit “Discount on an order”' });
    await formOf(first).getByRole('textbox', { name: 'Amount' }).fill('10');
    await formOf(first).getByRole('button', { name: 'Save changes' }).click();
    await ruleItem(first, 'Discount on an order').filter({ hasText: 'Up to $10 per order' }).waitFor();

    await formOf(second).getByRole('textbox', { name: 'Amount' }).fill('30');
    await formOf(second).getByRole('button', { name: 'Save changes' }).click();
    const conflict = formOf(second).getByRole('alert').filter({ hasText: 'changed in another window' });
    await conflict.waitFor();
    expect((await storedRule(second, 'discount-per-order'))?.limit).toEqual({ amount: 10, currency: 'USD' });

    await conflict.getByRole('button', { name: 'Load the latest version' }).click();
    await expect.poll(() => formOf(second).getByRole('textbox', { name: 'Amount' }).inputValue()).toBe('10');
    await formOf(second).getByRole('textbox', { name: 'Amount' }).fill('12');
    await formOf(second).getByRole('button', { name: 'Save changes' }).click();
    await ruleItem(second, 'Discount on an order').filter({ hasText: 'Up to $12 per order' }).waitFor();
    await ruleItem(first, 'Discount on an order').filter({ hasText: 'Up to $12 per order' }).waitFor();
    await first.close();
    await second.close();
  });

  it('deletes a rule after an inline confirmation, by keyboard, and Undo brings it back', async () => {
    const page = await openOptions();
    const label = 'Free expedited shipping';
    const original = await storedRule(page, 'expedite-per-order');
    expect(original).not.toBeNull();

    await ruleItem(page, label).getByRole('button', { name: 'Delete' }).focus();
    await page.keyboard.press('Enter');
    const confirm = ruleItem(page, label).getByRole('group', { name: `Delete “${label}”?` });
    await confirm.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Keep it');
    await page.keyboard.press('Escape');
    await confirm.waitFor({ state: 'detached' });
    await expect.poll(() => focusedId(page)).toBe('delete-expedite-per-order');
    expect(await storedRule(page, 'expedite-per-order')).not.toBeNull();

    await page.keyboard.press('Enter');
    await confirm.waitFor();
    // Focus moves to "Keep it" just after the question renders; tab from there.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Keep it');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await ruleItem(page, label).waitFor({ state: 'detached' });
    await page
      .getByRole('status')
      .filter({ hasText: `Deleted “${label}”.` })
      .waitFor();
    expect(await storedRule(page, 'expedite-per-order')).toBeNull();

    await expect.poll(() => focusedId(page)).toBe('undo-delete');
    await page.keyboard.press('Enter');
    await ruleItem(page, label).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: `Restored “${label}”.` })
      .waitFor();
    expect(await storedRule(page, 'expedite-per-order')).toEqual(original);
    await page.close();
  });

  it('offers Undo only for a few seconds', async () => {
    const page = await openOptions();
    const label = 'Price match on an order';
    await ruleItem(page, label).getByRole('button', { name: 'Delete' }).click();
    await ruleItem(page, label).getByRole('button', { name: 'Yes, delete' }).click();
    const undo = page.getByRole('button', { name: 'Undo' });
    await undo.waitFor();
    // The time runs once the agent moves on (keyboard and pointer).
    await page.getByRole('heading', { name: 'Empowerment rules' }).focus();
    await page.mouse.move(1, 1);
    await undo.waitFor({ state: 'detached', timeout: 15_000 });
    await page
      .getByRole('status')
      .filter({ hasText: `Deleted “${label}”.` })
      .waitFor();
    expect(await storedRule(page, 'price-match-on-an-order')).toBeNull();
    await page.close();
  });
});

describe('the rules file', () => {
  it('exports the rules as one JSON file and imports an edited copy after a preview', async () => {
    const page = await openOptions();
    const downloaded = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export rules (JSON)' }).click();
    const file = await downloaded;
    expect(file.suggestedFilename()).toBe('own-it-rules.json');
    const exported = JSON.parse(readFileSync((await file.path()) ?? '', 'utf8')) as EmpowermentRule[];
    expect(exported.length).toBeGreaterThanOrEqual(6);
    const refund = exported.find((rule) => rule.action === 'refund' && rule.per === 'order');
    expect(refund).toBeDefined();
    expect(refund).not.toHaveProperty('version');

    // The team lead lowers the refund limit and sends the file round.
    const edited = exported.map((rule) =>
      rule === refund ? { ...rule, limit: { amount: 75, currency: 'USD' } } : rule,
    );
    await page.getByLabel('Import rules from a JSON file').setInputFiles({
      name: 'team-rules.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(edited)),
    });
    const preview = page.getByRole('region', { name: 'Rules import preview' });
    await preview.getByText(`team-rules.json: 0 new, 1 changed, ${exported.length - 1} unchanged.`).waitFor();
    // Nothing is written before the agent says so.
    expect((await storedRule(page, refund?.id ?? ''))?.limit).toEqual(refund?.limit);
    await preview.getByRole('button', { name: 'Import these rules' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Imported from team-rules.json: 0 new, 1 changed.' })
      .waitFor();
    await ruleItem(page, refund?.label ?? '')
      .filter({ hasText: '$75' })
      .waitFor();
    expect((await storedRule(page, refund?.id ?? ''))?.limit).toEqual({ amount: 75, currency: 'USD' });

    // A broken file is refused with the rule and field, and changes nothing.
    await page.getByLabel('Import rules from a JSON file').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify([{ ...refund, limit: { amount: -1, currency: 'USD' } }])),
    });
    const alert = page.getByRole('alert').filter({ hasText: 'broken.json was not imported' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('[0].limit');
    expect((await storedRule(page, refund?.id ?? ''))?.limit).toEqual({ amount: 75, currency: 'USD' });
    await page.close();
  });
});

describe('the panel', () => {
  it('opens the options page from “Manage knowledge and rules”, with Rules one link away', async () => {
    const panel = await session.ext.openPanel();
    const url = optionsUrl();
    const optionsPages = () => session.ext.context.pages().filter((page) => page.url().startsWith(url));
    await panel.getByRole('button', { name: 'Manage knowledge and rules' }).click();
    await expect.poll(() => optionsPages().length, { timeout: 10_000 }).toBe(1);
    const page = optionsPages()[0] as Page;
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Rules' }).click();
    await rulesList(page).getByRole('listitem').first().waitFor();
    expect(page.url()).toMatch(/#rules$/);
    await page.close();
    await panel.close();
  });
});
