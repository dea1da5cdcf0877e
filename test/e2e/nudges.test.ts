import { describe, expect, it } from 'vitest';
import { extensionSession } from './session';

const session = extensionSession();

describe('nudges beside a ticket', () => {
  it('says a $45 refund is the agent’s to approve, and rewrites a handoff in the page’s reply box', async () => {
    const { tab, panel } = await session.openTicket();
    const nudges = panel.getByRole('region', { name: 'Nudges' });
    const approve = nudges.getByRole('article', { name: 'Yours to approve' });
    await approve.waitFor();
    expect(await approve.textContent()).toMatch(/\$100/);

    await tab.bringToFront();
    const reply = tab.getByRole('textbox', { name: 'Reply' });
    await reply.fill('Thanks for your patience, Dana. Let me transfer you to billing. Have a lovely day.');
    const handoff = nudges.getByRole('article', { name: 'Keep the customer' });
    await handoff.waitFor({ timeout: 10_000 });
    await handoff.getByRole('button', { name: 'Use this wording' }).click();
    await expect.poll(() => reply.inputValue()).not.toContain('transfer you to billing');
    const text = await reply.inputValue();
    expect(text.startsWith('Thanks for your patience, Dana. ')).toBe(true);
    expect(text.endsWith(' Have a lovely day.')).toBe(true);
    await handoff.waitFor({ state: 'detached', timeout: 10_000 });
    await tab.close();
    await panel.close();
  });

  it('adds the second opinion’s handoff nudge, from the meaning host, where the phrases found none', async () => {
    const { tab, panel } = await session.openTicket();
    const nudges = panel.getByRole('region', { name: 'Nudges' });
    await nudges.getByRole('article', { name: 'Yours to approve' }).waitFor();
    const handoff = nudges.getByRole('article', { name: 'Keep the customer' });

    await tab.bringToFront();
    const reply = tab.getByRole('textbox', { name: 'Reply' });
    // No handoff phrase says this; the classifier over sentence meaning does.
    await reply.fill('Thanks, Dana. For this one the claims specialists on 0800 444 555 are who you want.');
    await handoff.waitFor({ timeout: 90_000 });
    // It names no party, so it offers no rewrite.
    expect(await handoff.getByRole('button', { name: 'Use this wording' }).count()).toBe(0);

    // The same in Spanish: the Spanish phrases find it (with a rewrite: they name the team); the encoder
    // reads English only, so the opinion adds nothing beside it.
    await reply.fill(
      'Gracias, Dana. Nuestro equipo de reclamaciones, en el 0800 444 555, se encargará de todo y le llamará.',
    );
    await handoff.getByRole('button', { name: 'Use this wording' }).waitFor({ timeout: 10_000 });
    expect(await handoff.count()).toBe(1);
    await reply.fill('Gracias, Dana. Le escribo yo mañana con la respuesta.');
    await handoff.waitFor({ state: 'detached', timeout: 10_000 });

    // With the model loaded, the verdict follows the settled draft quickly (printed, not asserted:
    // `npm run bench:browser` is where latency is measured).
    await reply.fill('Thanks, Dana. For this one the claims specialists on 0800 444 555 are who you want.');
    await handoff.waitFor({ timeout: 10_000 });
    const times = await panel.evaluate(() =>
      performance.getEntriesByName('ownit:opinion').map((entry) => Math.round(entry.duration)),
    );
    console.log(`second opinion, ms from the settled draft to the verdict: ${times.join(', ')}`);
    expect(await nudges.getByRole('article', { name: 'Yours to approve' }).count()).toBe(1);
    await tab.close();
    await panel.close();
  }, 150_000);

  it('stays quiet on a ticket once dismissed, even after the panel reopens', async () => {
    const { tab, panel, tabId } = await session.openTicket();
    const approve = panel.getByRole('article', { name: 'Yours to approve' });
    await approve.getByRole('button', { name: 'Dismiss for this ticket' }).click();
    await approve.waitFor({ state: 'detached' });
    await panel.close();
    const again = await session.ext.openPanel(tabId);
    await again
      .getByRole('region', { name: 'Suggested for this page' })
      .getByRole('button')
      .first()
      .waitFor();
    expect(await again.getByRole('article', { name: 'Yours to approve' }).count()).toBe(0);
    await tab.close();
    await again.close();
  });
});
