// The extension in a browser set to Spanish: the panel, its nudges and the service worker speak Spanish.
import { describe, expect, it } from 'vitest';
import { browserLanguage, hasInterfaceLanguage } from '../../scripts/chromium';
import { extensionSession } from './session';

const session = extensionSession(browserLanguage('es'));

describe('a browser in Spanish', () => {
  it('shows the panel, a nudge and the note form in Spanish', async () => {
    const { tab, panel } = await session.openTicket();
    const suggested = panel.getByRole('region', { name: 'Sugerencias para esta página' });
    await suggested.getByRole('button').first().waitFor();

    const approve = panel
      .getByRole('region', { name: 'Avisos' })
      .getByRole('article', { name: 'Puedes aprobarlo tú' });
    await approve.waitFor();
    const words = (await approve.textContent()) ?? '';
    expect(words).toContain('Reembolsos de hasta $100 por pedido');
    expect(words).toContain('Descartar en este ticket');
    expect(words).not.toContain('Yours to approve');

    // The header's "I own this" button (the primary one) opens the note form.
    await panel.locator('header button.primary').click();
    const form = panel.getByRole('form', { name: 'Me encargo yo' });
    await form.getByRole('heading', { name: 'Me encargo yo' }).waitFor();
    await form.getByRole('textbox', { name: 'Nota' }).fill('Call back tomorrow at 3pm');
    await expect.poll(() => form.locator('[data-due-at]').textContent()).toMatch(/^mañana /);
    expect(await form.getByRole('button', { name: 'Guardar' }).count()).toBe(1);
    await tab.close();
    await panel.close();
  });

  it('gives the service worker Spanish words for its notifications', async () => {
    const words = await session.ext.worker.evaluate(() => [
      chrome.i18n.getMessage('workerPromiseDue'),
      chrome.i18n.getMessage('workerSnoozeMinutes', ['15']),
    ]);
    expect(words).toEqual(['Vence un compromiso', 'Posponer 15 min']);
  });

  // Chromium reports the interface language it can show; without its Spanish interface pack (Debian:
  // chromium-l10n) that stays English even though extension messages follow --lang.
  it.skipIf(!hasInterfaceLanguage('es'))('reports Spanish as the browser interface language', async () => {
    const language = await session.ext.worker.evaluate(() => chrome.i18n.getUILanguage());
    expect(language.startsWith('es')).toBe(true);
  });
});
