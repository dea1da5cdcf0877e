import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, launchExtension, newProfile, serveFixtures } from '../../scripts/chromium';

let server: FixtureServer;
const profile = newProfile();

beforeAll(async () => {
  server = await serveFixtures();
});

afterAll(async () => {
  await server?.close();
  rmSync(profile, { recursive: true, force: true });
});

describe('"I own this" notes', () => {
  it('captures the ticket, saves the note and still lists it after a browser restart', async () => {
    const first = await launchExtension({ profile });
    const url = server.url('demo-helpdesk.html');
    const tab = await first.context.newPage();
    await tab.goto(url);
    const panel = await first.openPanel(await first.tabIdOf(url));
    await panel
      .getByRole('region', { name: 'Suggested for this page' })
      .getByRole('button')
      .first()
      .waitFor();
    await panel.getByRole('button', { name: 'I own this' }).click();
    const note = panel.getByRole('textbox', { name: 'Note' });
    await expect.poll(() => panel.evaluate(() => document.activeElement?.id)).toBe('note-text');
    const facts = await panel.locator('.ticket-facts').textContent();
    expect(facts).toContain('4821');
    expect(facts).toContain('Dana Whitfield');
    await note.fill('Call back tomorrow at 3pm with the refund confirmation');
    // The due time is read from the note and shown for the agent to confirm before saving.
    const confirm = panel.locator('[data-due-at]');
    await confirm.waitFor();
    const dueAt = Number(await confirm.getAttribute('data-due-at'));
    const expected = new Date();
    expected.setDate(expected.getDate() + 1);
    expected.setHours(15, 0, 0, 0);
    expect(dueAt).toBe(expected.getTime());
    await panel.getByRole('button', { name: 'Save' }).click();
    const cases = panel.getByRole('region', { name: 'My cases' });
    const promise = cases.getByRole('list', { name: 'Open commitments' }).getByRole('listitem').first();
    await promise.getByText('Call back tomorrow at 3pm').waitFor();
    await expect.poll(() => promise.locator('.commitment-due').textContent()).toMatch(/3:00|15:00/);
    // Back on the ticket, the panel says the agent owns it and shows the open promise.
    const owned = panel.getByRole('region', { name: 'You own this case' });
    await owned.getByText('Call back tomorrow at 3pm').first().waitFor();
    const alarms = () =>
      first.worker.evaluate(async () => (await chrome.alarms.getAll()).map((a) => [a.name, a.scheduledTime]));
    await expect
      .poll(async () => (await alarms()).filter(([name]) => String(name).startsWith('commitment:')))
      .toHaveLength(1);
    const armed = (await alarms()).find(([name]) => String(name).startsWith('commitment:'));
    const when = Number(armed?.[1]);
    expect(when).toBeGreaterThanOrEqual(dueAt);
    await first.close();

    const second = await launchExtension({ profile });
    const reopened = await second.openPanel();
    const listed = reopened.getByRole('region', { name: 'My cases' });
    await listed.getByText('Call back tomorrow at 3pm').first().waitFor();
    expect(await listed.textContent()).toContain('#4821');
    await expect
      .poll(async () =>
        (await second.worker.evaluate(async () => (await chrome.alarms.getAll()).map((a) => a.name))).filter(
          (n) => n.startsWith('commitment:'),
        ),
      )
      .toHaveLength(1);
    await second.close();
  });

  it('keeps unsaved note text when the panel is closed and reopened', async () => {
    const ext = await launchExtension();
    const panel = await ext.openPanel();
    await panel.getByRole('button', { name: 'I own this' }).click();
    await panel.getByRole('textbox', { name: 'Note' }).fill('Half-written: promised a replacement by Friday');
    await panel.waitForTimeout(800);
    await panel.close();
    const again = await ext.openPanel();
    await again.getByRole('button', { name: 'I own this' }).click();
    await expect
      .poll(() => again.getByRole('textbox', { name: 'Note' }).inputValue())
      .toBe('Half-written: promised a replacement by Friday');
    await again.getByRole('textbox', { name: 'Note' }).press('Control+Enter');
    await again.getByRole('region', { name: 'My cases' }).getByText('Half-written').first().waitFor();
    await ext.close();
  });

  it('keeps the promise when the agent saves straight after typing', async () => {
    const ext = await launchExtension();
    const panel = await ext.openPanel();
    await panel.getByRole('button', { name: 'I own this' }).click();
    const note = panel.getByRole('textbox', { name: 'Note' });
    await note.fill('Will email the invoice copy in 2 hours');
    await note.press('Control+Enter');
    const open = panel.getByRole('list', { name: 'Open commitments' });
    await open.getByText('Will email the invoice copy in 2 hours').waitFor();
    await ext.close();
  });

  it('keeps separate unsaved notes for panels in two windows', async () => {
    const ext = await launchExtension();
    const first = await ext.openPanel();
    await first.getByRole('button', { name: 'I own this' }).click();
    await first.getByRole('textbox', { name: 'Note' }).fill('Window one: promised a callback');
    // A second browser window with its own panel.
    const url = ext.panelUrl();
    const [second] = await Promise.all([
      ext.context.waitForEvent('page'),
      ext.worker.evaluate((u) => chrome.windows.create({ url: u }), url),
    ]);
    await second.getByRole('button', { name: 'I own this' }).click();
    await second.getByRole('textbox', { name: 'Note' }).fill('Window two: checking with billing');
    await second.waitForTimeout(800);
    await first.waitForTimeout(800);
    await first.reload();
    await first.getByRole('button', { name: 'I own this' }).click();
    await expect
      .poll(() => first.getByRole('textbox', { name: 'Note' }).inputValue())
      .toBe('Window one: promised a callback');
    await second.reload();
    await second.getByRole('button', { name: 'I own this' }).click();
    await expect
      .poll(() => second.getByRole('textbox', { name: 'Note' }).inputValue())
      .toBe('Window two: checking with billing');
    await ext.close();
  });

  it('shows a note saved in one panel in a second panel on the same ticket, without a reload', async () => {
    const ext = await launchExtension();
    const url = server.url('demo-helpdesk.html');
    const tab = await ext.context.newPage();
    await tab.goto(url);
    const tabId = await ext.tabIdOf(url);
    const first = await ext.openPanel(tabId);
    const second = await ext.openPanel(tabId);
    const secondCases = second.getByRole('region', { name: 'My cases' });
    await secondCases.waitFor();
    expect(await secondCases.textContent()).not.toContain('Chase the courier');

    await first.getByRole('button', { name: 'I own this' }).click();
    await first.getByRole('textbox', { name: 'Note' }).fill('Chase the courier on Friday at 10am');
    await first.locator('[data-due-at]').waitFor();
    await first.getByRole('button', { name: 'Save' }).click();

    // The second panel was never reloaded or told: it follows the database.
    await secondCases.getByText('Chase the courier on Friday at 10am').first().waitFor({ timeout: 10_000 });
    await second
      .getByRole('region', { name: 'You own this case' })
      .getByText('Chase the courier')
      .first()
      .waitFor();
    await ext.close();
  });

  it('will not save an empty note', async () => {
    const ext = await launchExtension();
    const panel = await ext.openPanel();
    await panel.getByRole('button', { name: 'I own this' }).click();
    await panel.getByRole('button', { name: 'Save' }).click();
    await panel.getByRole('alert').filter({ hasText: 'Write a note first' }).waitFor();
    await ext.close();
  });
});

describe('requests from outside the panel', () => {
  it('opens the note form for the keyboard command and searches for a context-menu selection', async () => {
    const ext = await launchExtension();
    const panel = await ext.openPanel();
    await panel.getByRole('region', { name: 'My cases' }).waitFor();
    // What the worker stores when the "own-this" command or the context-menu entry fires.
    await ext.worker.evaluate(() =>
      chrome.storage.session.set({ panelIntent: { kind: 'own-this', at: Date.now() } }),
    );
    await expect.poll(() => panel.evaluate(() => document.activeElement?.id)).toBe('note-text');
    await ext.worker.evaluate(() =>
      chrome.storage.session.set({ panelIntent: { kind: 'search', text: 'charged twice', at: Date.now() } }),
    );
    const box = panel.getByRole('searchbox', { name: 'Search knowledge base' });
    await expect.poll(() => box.inputValue()).toBe('charged twice');
    await expect
      .poll(() =>
        panel.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().textContent(),
      )
      .toMatch(/duplicate|double/i);
    await ext.close();
  });

  it('picks up a request made before the panel opened', async () => {
    const ext = await launchExtension();
    await ext.worker.evaluate(() =>
      chrome.storage.session.set({ panelIntent: { kind: 'own-this', at: Date.now() } }),
    );
    const panel = await ext.openPanel();
    await panel.getByRole('textbox', { name: 'Note' }).waitFor();
    await ext.close();
  });
});
