// A rule without a money limit (the starter pack's "one replacement per order") has nothing to be within
// or over: a customer asking for a replacement gets a quiet "Your rules" card saying what the agent may do,
// never a limit alarm, even with a price in the same message ("I paid £129").
import { describe, expect, it } from 'vitest';
import { extensionSession } from './session';

const session = extensionSession();

describe('a rule without a money limit', () => {
  it('shows a quiet "Your rules" card, not a limit alarm, for a replacement asked for', async () => {
    // Inès's latest message: "I paid £129 and would prefer a replacement rather than a repair."
    const { tab, panel } = await session.openTicket('gmail-thread.html');
    const nudges = panel.getByRole('region', { name: 'Nudges' });
    const note = nudges.getByRole('article', { name: 'Your rules' });
    await note.waitFor({ timeout: 15_000 });

    const text = (await note.textContent()) ?? '';
    expect(text).toMatch(/one replacement per order/i);
    expect(text).toContain('No approval needed.');
    expect(text).not.toMatch(/£129|\$/);
    expect(await note.getAttribute('class')).toContain('nudge-rule-note');
    // It says why there is nothing to be within or over.
    await note.getByText('Why: Empowered to say yes').click();
    await note.getByText('This rule has no money limit').waitFor();
    // No rewrite to put in the reply: it is a note, not a correction.
    expect(await note.getByRole('button', { name: 'Use this wording' }).count()).toBe(0);

    // The price in passing raises no limit card.
    expect(await nudges.getByRole('article', { name: 'Yours to approve' }).count()).toBe(0);
    expect(await nudges.getByRole('article', { name: 'Above your limit: keep ownership' }).count()).toBe(0);
    expect(await nudges.getByRole('article').count()).toBe(1);
    await tab.close();
    await panel.close();
  });
});
