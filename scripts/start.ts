// `npm start`: the extension in Chromium beside the demo helpdesk page. With a display the browser
// stays open for you to use; without one it runs headless and saves screenshots of the panel.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchExtension, ROOT, serveFixtures } from './chromium';

const PAGE_SIZE = { width: 1000, height: 760 };
const PANEL_SIZE = { width: 400, height: 760 };

function hasDisplay(): boolean {
  if (process.env.OWNIT_HEADLESS === '1') return false;
  if (process.platform === 'darwin' || process.platform === 'win32') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

// Plain source text: tsx would wrap a function literal with helpers the page does not have.
const COMPOSE = `async ({ left, right }) => {
  const load = (src) => new Promise((done, fail) => {
    const image = new Image();
    image.onload = () => done(image);
    image.onerror = fail;
    image.src = src;
  });
  const [a, b] = await Promise.all([load(left), load(right)]);
  const canvas = document.createElement('canvas');
  canvas.width = a.width + b.width + 1;
  canvas.height = Math.max(a.height, b.height);
  const g = canvas.getContext('2d');
  g.fillStyle = '#9aa3b2';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.drawImage(a, 0, 0);
  g.drawImage(b, a.width + 1, 0);
  return canvas.toDataURL('image/png');
}`;

async function sideBySide(pagePng: Buffer, panelPng: Buffer, canvasPage: Page): Promise<Buffer> {
  const images = {
    left: `data:image/png;base64,${pagePng.toString('base64')}`,
    right: `data:image/png;base64,${panelPng.toString('base64')}`,
  };
  const dataUrl = (await canvasPage.evaluate(`(${COMPOSE})(${JSON.stringify(images)})`)) as string;
  return Buffer.from(dataUrl.split(',')[1] ?? '', 'base64');
}

async function main() {
  const headed = hasDisplay();
  const server = await serveFixtures(headed ? 8765 : 0);
  const demoUrl = server.url('demo-helpdesk.html');
  const extension = await launchExtension({ headless: !headed, viewport: headed ? undefined : PAGE_SIZE });
  const page = await extension.context.newPage();
  await page.goto(demoUrl);
  for (const other of extension.context.pages()) if (other !== page) await other.close();

  if (headed) {
    console.log(`Own It is loaded. Demo helpdesk page: ${demoUrl}`);
    console.log('Click the Own It toolbar button (or press Alt+Shift+O) to open the side panel.');
    console.log('Close the browser window to stop.');
    await new Promise((done) => extension.context.on('close', done));
    await server.close();
    return;
  }

  const tabId = await extension.tabIdOf(demoUrl);
  const panel = await extension.openPanel(tabId);
  await panel.setViewportSize(PANEL_SIZE);
  await panel.getByRole('region', { name: 'Suggested for this page' }).getByRole('button').first().waitFor();
  // The first screenshot shows suggestions by words and meaning: wait (a little) for the starter
  // articles to be read for meaning, as an agent would see them a few seconds after installing.
  await panel
    .waitForFunction(
      () =>
        ['ready', 'failed'].includes(
          document.querySelector('section[data-meaning]')?.getAttribute('data-meaning') ?? '',
        ),
      undefined,
      { timeout: 60_000 },
    )
    .catch(() => console.log('(the articles were still being read for meaning at the first screenshot)'));
  const out = join(ROOT, 'screenshots');
  mkdirSync(out, { recursive: true });
  await page.bringToFront();
  const pagePng = await page.screenshot();
  const shots: string[] = [];
  const save = async (name: string, panelPng: Buffer) => {
    const file = join(out, name);
    writeFileSync(file, await sideBySide(pagePng, panelPng, panel));
    shots.push(file);
  };
  await save('1-suggested-for-this-page.png', await panel.screenshot());
  await panel.getByRole('searchbox', { name: 'Search knowledge base' }).fill('refnd');
  await panel.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().waitFor();
  await save('2-search-refnd.png', await panel.screenshot());
  await panel.keyboard.press('Enter');
  await panel.getByRole('heading', { level: 1 }).waitFor();
  await panel.locator('.snippet-actions').first().waitFor();
  await save('3-article.png', await panel.screenshot());
  await panel.emulateMedia({ colorScheme: 'dark' });
  await panel.getByRole('button', { name: 'I own this' }).click();
  await panel
    .getByRole('textbox', { name: 'Note' })
    .fill('Call back tomorrow 3pm with the refund confirmation');
  await save('4-i-own-this-dark.png', await panel.screenshot());
  await panel.emulateMedia({ colorScheme: 'light' });
  await panel.getByRole('button', { name: 'Save' }).click();
  await panel.getByRole('searchbox', { name: 'Search knowledge base' }).fill('');
  await panel.getByRole('region', { name: 'You own this case' }).waitFor();
  await save('5-my-cases.png', await panel.screenshot());
  await panel.getByRole('button', { name: 'Insights' }).click();
  await panel.getByRole('region', { name: 'Knowledge gaps' }).waitFor();
  await save('6-insights.png', await panel.screenshot());
  await extension.close();
  await server.close();
  console.log('No display found, so Own It ran headless. Screenshots of the panel beside the demo page:');
  for (const file of shots) console.log(`  ${file}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
