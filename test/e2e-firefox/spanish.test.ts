// Own It in a Firefox whose interface is Spanish (the Spanish language pack, `intl.locale.requested`
// es-ES): an extension speaks the language of Firefox's interface, not of the web pages' language
// preference. The panel beside a ticket, its nudges, the note form, a Spanish draft's rewrite in the page
// and the options page speak Spanish. Without the pack (Debian: firefox-esr-l10n-es-es, which .ci/run
// installs) Firefox stays English whatever is asked, so the file says so and skips.
import { describe, expect, it } from 'vitest';
import { firefoxLanguagePack } from '../../scripts/firefox';
import { click, clickButton, listTexts, textOf, typeInto, waitForText } from './dom';
import { firefoxSession } from './session';

const hasSpanish = firefoxLanguagePack('es-ES') !== undefined;
if (!hasSpanish)
  console.warn(
    'No Spanish language pack for Firefox (firefox-esr-l10n-es-es): the Spanish tests are skipped.',
  );

describe.skipIf(!hasSpanish)('a Firefox in Spanish', () => {
  const session = firefoxSession({ locale: 'es-ES' });
  const NUDGES = 'section[aria-label="Avisos"]';

  it('shows the panel, a nudge and the note form in Spanish', async () => {
    const { tab, panel } = await session.openTicket('demo-helpdesk.html');
    await waitForText(panel, 'section[aria-label="Sugerencias para esta página"] li', 'Refund');
    const approve = `${NUDGES} article[aria-label="Puedes aprobarlo tú"]`;
    await waitForText(panel, approve, 'Reembolsos de hasta $100 por pedido');
    const words = await textOf(panel, approve);
    expect(words).toContain('Descartar en este ticket');
    expect(words).not.toContain('Yours to approve');

    await clickButton(panel, 'Me encargo yo', 'header');
    await panel.waitForSelector('#note-text', { timeout: 15_000 });
    await typeInto(panel, '#note-text', 'Call back tomorrow at 3pm');
    await expect.poll(() => textOf(panel, '[data-due-at]'), { timeout: 15_000 }).toMatch(/^mañana /);
    expect(await listTexts(panel, 'main button')).toContain('Guardar');
    await clickButton(panel, 'Cancelar', 'main');
    await panel.close();
    await tab.close();
  });

  it('nudges on a Spanish handoff typed into the page and rewrites it there in Spanish', async () => {
    const { tab, panel } = await session.openTicket('demo-helpdesk.html');
    await waitForText(panel, NUDGES, 'Puedes aprobarlo tú');
    await tab.bringToFront();
    await typeInto(
      tab,
      '#reply',
      'Hola Dana, gracias por escribirnos. Tendrá que llamar a su banco. Un saludo.',
    );
    const keep = `${NUDGES} article[aria-label="Quédate con el cliente"]`;
    await waitForText(panel, `${keep} blockquote`, 'su banco', 15_000);
    const rewrite = await textOf(panel, `${keep} blockquote`);
    expect(rewrite).toMatch(/le escribo/);
    await clickButton(panel, 'Usar esta redacción', keep);
    const reply = () => tab.evaluate(() => (document.querySelector('#reply') as HTMLTextAreaElement).value);
    await expect.poll(reply, { timeout: 10_000 }).not.toContain('Tendrá que llamar a su banco');
    const text = await reply();
    expect(text.startsWith('Hola Dana, gracias por escribirnos. ')).toBe(true);
    expect(text).toContain(rewrite);
    expect(text.endsWith(' Un saludo.')).toBe(true);
    await panel.close();
    await tab.close();
  });

  it('names the options page sections in Spanish, and finds an article in the panel', async () => {
    const options = await session.firefox.openOptions('articles');
    await waitForText(options, 'h1', 'Artículos');
    const names = await listTexts(options, 'nav[aria-label="Secciones"] a');
    expect(names).toEqual(expect.arrayContaining(['Artículos', 'Guiones', 'Reglas', 'Configuración']));
    expect(names).not.toContain('Articles');
    await expect.poll(() => options.title()).toBe('Own It: Artículos');
    await options.close();

    const panel = await session.firefox.openPanel();
    await typeInto(panel, '#kb-search', 'refund');
    const option = '[role="listbox"][aria-label="Resultados de la búsqueda"] [role="option"]';
    await waitForText(panel, option, 'Refund');
    await click(panel, option);
    await waitForText(panel, 'main button', '← Volver');
    expect(await listTexts(panel, 'main button')).not.toContain('← Back');
    await panel.close();
  });
});
