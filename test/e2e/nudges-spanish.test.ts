// A Spanish reply draft gets Spanish handoff nudges, whatever the panel's language: the language is read
// from the draft. "Tendrá que llamar a su banco" typed in the page's reply box gets a handoff nudge with
// a Spanish rewrite, in a Spanish browser and in an English one.
import { describe, expect, it } from 'vitest';
import { browserLanguage } from '../../scripts/chromium';
import { extensionSession, type Session } from './session';

async function spanishHandoff(session: Session, names: { region: string; title: string; use: string }) {
  const { tab, panel } = await session.openTicket();
  const nudges = panel.getByRole('region', { name: names.region });
  await nudges.getByRole('article').first().waitFor();
  const handoff = nudges.getByRole('article', { name: names.title });
  expect(await handoff.count()).toBe(0);

  await tab.bringToFront();
  const reply = tab.getByRole('textbox', { name: 'Reply' });
  await reply.fill('Hola Dana, gracias por escribirnos. Tendrá que llamar a su banco. Un saludo.');
  await handoff.waitFor({ timeout: 10_000 });
  const rewrite = (await handoff.locator('blockquote').textContent()) ?? '';
  expect(rewrite).toContain('su banco');
  expect(rewrite).toMatch(/le escribo/);
  await handoff.getByRole('button', { name: names.use }).click();
  await expect.poll(() => reply.inputValue()).not.toContain('Tendrá que llamar a su banco');
  const text = await reply.inputValue();
  expect(text.startsWith('Hola Dana, gracias por escribirnos. ')).toBe(true);
  expect(text).toContain(rewrite);
  expect(text.endsWith(' Un saludo.')).toBe(true);
  await handoff.waitFor({ state: 'detached', timeout: 10_000 });
  await tab.close();
  await panel.close();
}

describe('a Spanish draft in an English browser', () => {
  const session = extensionSession();
  it('gets a handoff nudge with a Spanish rewrite', async () => {
    await spanishHandoff(session, { region: 'Nudges', title: 'Keep the customer', use: 'Use this wording' });
  });
});

describe('a Spanish draft in a Spanish browser (--lang=es)', () => {
  const session = extensionSession(browserLanguage('es'));
  it('gets a handoff nudge with a Spanish rewrite', async () => {
    await spanishHandoff(session, {
      region: 'Avisos',
      title: 'Quédate con el cliente',
      use: 'Usar esta redacción',
    });
  });
});
