import { launchFirefox } from './scripts/firefox';
import { serveFixtures } from './scripts/chromium';
const server = await serveFixtures();
const ff = await launchFirefox();
const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));
try {
  const opts = await ff.openOptions();
  const tab = await ff.browser.newPage();
  await tab.goto(server.url('demo-helpdesk.html'));
  await tab.bringToFront();
  const session = (tab.mainFrame() as any).browsingContext.userContext.browser.session;
  const tree = await session.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
  const chromeCtx = tree.result.contexts.find((c: any) => c.url.includes('browser.xhtml'))?.context;
  const inChrome = async (expression: string) => (await session.send('script.evaluate', { expression, target: { context: chromeCtx }, awaitPromise: true })).result?.value ?? 'x';
  const look = () => opts.evaluate(() => {
    const api = (globalThis as any).browser;
    return api.extension.getViews({ type: 'sidebar' }).map((w: Window) => w.document.body?.innerText.slice(0, 200) + ' || search=' + (w.document.querySelector('#kb-search') as HTMLInputElement)?.value);
  });
  console.log(await inChrome(`(() => { const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs'); const ext = ExtensionParent.GlobalManager.getExtension('own-it@own-it.app'); ExtensionParent.apiManager.global.browserActionFor(ext).triggerAction(window); return 'clicked'; })()`));
  await sleep(3000);
  console.log('toolbar', await inChrome(`[SidebarController.isOpen, SidebarController.currentID].join()`));
  await inChrome(`SidebarController.hide()`);
  await sleep(500);
  await tab.evaluate(() => { const s = getSelection()!; const r = document.createRange(); r.selectNodeContents(document.querySelector('h1')!); s.removeAllRanges(); s.addRange(r); });
  await tab.click('h1', { button: 'right' });
  await sleep(1500);
  console.log('menu', await inChrome(`(() => { const m = document.getElementById('contentAreaContextMenu'); return m.state + ' ' + [...m.querySelectorAll('menuitem')].filter(i => /Own It/.test(i.label)).map(i => i.label).join('|'); })()`));
  console.log(await inChrome(`(() => { const m = document.getElementById('contentAreaContextMenu'); const item = [...m.querySelectorAll('menuitem')].find(i => /Own It/.test(i.label)); if (!item) return 'none'; m.activateItem(item); return 'activated'; })()`));
  await sleep(4000);
  console.log('after menu', await inChrome(`[SidebarController.isOpen, SidebarController.currentID].join()`), JSON.stringify(await look()));
  console.log(ff.output().split('\n').filter(l => /Own It|Content-Security|CSP/.test(l)).slice(-20).join('\n'));
} finally { await ff.close(); await server.close(); }
