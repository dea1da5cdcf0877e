// Accessibility audit with axe-core: every main panel state and the options page, in light and dark
// theme, has no serious or critical violation (contrast, names, roles).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { extensionSession } from './session';

const session = extensionSession();
const THEMES = ['light', 'dark'] as const;

/** Audits the page as it is in both themes; the panel follows prefers-color-scheme. */
async function auditBothThemes(page: Page): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  const backgrounds = new Set<string>();
  for (const colorScheme of THEMES) {
    await page.emulateMedia({ colorScheme });
    backgrounds.add(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
    found[colorScheme] = await seriousViolations(page);
  }
  // The theme really switched: each one painted its own page background.
  expect(backgrounds.size).toBe(THEMES.length);
  return found;
}

const CLEAN = { light: [], dark: [] };

function searchBox(panel: Page) {
  return panel.getByRole('searchbox', { name: 'Search knowledge base' });
}

describe('accessibility audit (axe-core, serious and critical)', () => {
  it('the empty state: no ticket, no query', async () => {
    const panel = await session.ext.openPanel();
    await panel.getByRole('region', { name: 'My cases' }).waitFor();
    expect(await auditBothThemes(panel)).toEqual(CLEAN);
    await panel.close();
  });

  it('the home view beside a ticket, with suggestions and both kinds of nudge', async () => {
    const { tab, panel } = await session.openTicket();
    await panel
      .getByRole('region', { name: 'Suggested for this page' })
      .getByRole('button')
      .first()
      .waitFor();
    const nudges = panel.getByRole('region', { name: 'Nudges' });
    await nudges.getByRole('article', { name: 'Yours to approve' }).waitFor();
    await tab.getByRole('textbox', { name: 'Reply' }).fill('Let me transfer you to billing.');
    await nudges.getByRole('article', { name: 'Keep the customer' }).waitFor({ timeout: 10_000 });
    expect(await auditBothThemes(panel)).toEqual(CLEAN);
    await panel.close();
    await tab.close();
  });

  it('a result list with highlights and a topic filter', async () => {
    const panel = await session.ext.openPanel();
    await searchBox(panel).fill('refund');
    await panel.getByRole('listbox', { name: 'Search results' }).getByRole('option').nth(1).waitFor();
    await panel.getByRole('combobox', { name: 'Filter by topic' }).waitFor();
    expect(await auditBothThemes(panel)).toEqual(CLEAN);
    await panel.close();
  });

  it('an open article with its reply snippets', async () => {
    const { tab, panel } = await session.openTicket();
    await searchBox(panel).fill('refund');
    await panel.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().waitFor();
    await searchBox(panel).press('Enter');
    await panel.getByRole('button', { name: 'Copy reply' }).first().waitFor();
    expect(await auditBothThemes(panel)).toEqual(CLEAN);
    await panel.close();
    await tab.close();
  });

  it('the "I own this" note form with the ticket facts and a read due time', async () => {
    const { tab, panel } = await session.openTicket();
    await panel
      .getByRole('region', { name: 'Suggested for this page' })
      .getByRole('button')
      .first()
      .waitFor();
    await panel.getByRole('button', { name: 'I own this' }).click();
    await panel.getByRole('textbox', { name: 'Note' }).fill('Call back tomorrow at 3pm');
    await panel.locator('[data-due-at]').waitFor();
    expect(await auditBothThemes(panel)).toEqual(CLEAN);
    await panel.close();
    await tab.close();
  });

  it('a search with no result', async () => {
    const panel = await session.ext.openPanel();
    await searchBox(panel).fill('qzxv scooter battery');
    await panel.getByText('No article matches').waitFor();
    expect(await auditBothThemes(panel)).toEqual(CLEAN);
    await panel.close();
  });

  it('a playbook with a ticked step and its snippets', async () => {
    const { tab, panel } = await session.openTicket();
    await searchBox(panel).fill('refund dispute');
    await panel
      .getByRole('listbox', { name: 'Search results' })
      .getByRole('option', { name: /Refund dispute or billing complaint/ })
      .click();
    await panel.getByRole('region', { name: 'Capture' }).getByRole('checkbox').first().check();
    await panel.getByText(/1 of \d+ steps done/).waitFor();
    expect(await auditBothThemes(panel)).toEqual(CLEAN);
    await panel.close();
    await tab.close();
  });

  it('insights with a saved promise and a knowledge gap', async () => {
    const panel = await session.ext.openPanel();
    await searchBox(panel).fill('zzqxv qzxvv');
    await panel.getByText('No article matches').waitFor();
    await panel.waitForTimeout(1_800); // a gap is recorded once typing has paused
    await searchBox(panel).fill('');
    await panel.getByRole('button', { name: 'I own this' }).click();
    await panel.getByRole('textbox', { name: 'Note' }).fill('Update the customer by Friday');
    await panel.getByRole('button', { name: 'Save' }).click();
    await panel.getByRole('region', { name: 'My cases' }).getByText('Update the customer').first().waitFor();
    await panel.getByRole('button', { name: 'Insights' }).click();
    await panel.getByRole('region', { name: 'Promises kept on time' }).waitFor();
    await panel.getByRole('button', { name: 'Copy article draft about “zzqxv qzxvv”' }).waitFor();
    expect(await auditBothThemes(panel)).toEqual(CLEAN);
    await panel.close();
  });

  it('the options page with its rules', async () => {
    const page = await session.ext.context.newPage();
    await page.goto(`chrome-extension://${session.ext.id}/src/options/index.html#rules`);
    await page.getByRole('list', { name: 'Rules' }).getByRole('listitem').first().waitFor();
    expect(await auditBothThemes(page)).toEqual(CLEAN);
    await page.close();
  });
});

describe('the audit and the motion guard themselves', () => {
  it('catches a low-contrast text in the panel, so a clean result means something', async () => {
    const panel = await session.ext.openPanel();
    await panel.getByRole('region', { name: 'My cases' }).waitFor();
    await panel.evaluate(() => {
      const faint = document.createElement('p');
      faint.textContent = 'Barely readable';
      faint.style.color = '#c8ccd2';
      document.querySelector('main')?.append(faint);
    });
    const found = await auditBothThemes(panel);
    expect(found.light?.some((line) => line.startsWith('serious color-contrast'))).toBe(true);
    await panel.close();
  });

  it('stills any animation or transition when the agent asks for reduced motion', async () => {
    const panel = await session.ext.openPanel();
    await panel.getByRole('region', { name: 'My cases' }).waitFor();
    const durations = () =>
      panel.evaluate(() => {
        const probe = document.createElement('div');
        probe.style.transition = 'opacity 2s';
        probe.style.animation = 'none 3s';
        document.body.append(probe);
        const style = getComputedStyle(probe);
        const seconds = [style.transitionDuration, style.animationDuration].map((d) => Number.parseFloat(d));
        probe.remove();
        return seconds;
      });
    await panel.emulateMedia({ reducedMotion: 'no-preference' });
    expect(await durations()).toEqual([2, 3]);
    await panel.emulateMedia({ reducedMotion: 'reduce' });
    for (const seconds of await durations()) expect(seconds).toBeLessThanOrEqual(0.01);
    await panel.close();
  });
});
