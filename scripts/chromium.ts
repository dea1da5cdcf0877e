// Loads the built extension (dist/) into real Chromium and serves the fixture helpdesk pages on
// 127.0.0.1. Shared by the end-to-end tests and by `npm start`.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import type { Article } from '../src/shared/model';

export const ROOT = resolve(import.meta.dirname, '..');
/** The built extension: dist/, or the folder OWNIT_DIST names (the bench runs two builds in alternation). */
export const DIST = process.env.OWNIT_DIST ? resolve(process.env.OWNIT_DIST) : join(ROOT, 'dist');
export const PAGES = join(ROOT, 'test/fixtures/pages');

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/usr/bin/microsoft-edge',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** The browser named by the environment variable `variable`, else the first of `candidates` there. */
export function findBrowser(variable: string, candidates: readonly string[], missing: string): string {
  const fromEnv = process.env[variable];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`${variable} is set to ${fromEnv}, but no browser is there.`);
  }
  const found = candidates.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(missing);
}

/** CHROME_PATH first, then the usual install paths; a clear instruction when there is none. */
export function findChrome(): string {
  return findBrowser(
    'CHROME_PATH',
    CANDIDATES,
    'No Chromium or Chrome found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
      'or set CHROME_PATH to the browser executable.',
  );
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface FixtureServer {
  origin: string;
  url(page: string): string;
  close(): Promise<void>;
}

/** Serves test/fixtures/pages on 127.0.0.1 (a helpdesk host the manifest matches). */
export async function serveFixtures(port = 0): Promise<FixtureServer> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = normalize(join(PAGES, path === '/' ? 'demo-helpdesk.html' : path));
    if (!file.startsWith(PAGES) || !existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const origin = `http://127.0.0.1:${actualPort}`;
  return {
    origin,
    url: (page) => `${origin}/${page}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

export interface LoadedExtension {
  context: BrowserContext;
  id: string;
  worker: Worker;
  profile: string;
  panelUrl(tabId?: number): string;
  /** Opens the panel page in a tab (Playwright cannot open the real side panel). */
  openPanel(tabId?: number): Promise<Page>;
  /**
   * Opens the options page on a section (`rules`, `import`…) in a new tab brought to the front. Every
   * question on that page is asked inline: a confirm() or alert() dialog fails the test.
   */
  openOptions(section?: string): Promise<Page>;
  tabIdOf(url: string): Promise<number>;
  close(): Promise<void>;
}

/** Chrome's id for an unpacked extension: the SHA-256 of its folder's path, in letters a–p. */
export function unpackedExtensionId(path: string): string {
  const digest = createHash('sha256').update(path).digest('hex').slice(0, 32);
  return [...digest].map((c) => String.fromCharCode(97 + Number.parseInt(c, 16))).join('');
}

/**
 * The extension's service worker. A worker that started and went idle before Playwright attached
 * is woken by a message from one of the extension's own pages.
 */
async function findWorker(context: BrowserContext, dist: string): Promise<Worker> {
  const existing = context.serviceWorkers()[0];
  if (existing) return existing;
  const started = context.waitForEvent('serviceworker', { timeout: 30_000 });
  const early = await Promise.race([
    started,
    new Promise<null>((done) => setTimeout(() => done(null), 3_000)),
  ]);
  if (early) return early;
  const waker = await context.newPage();
  await waker.goto(`chrome-extension://${unpackedExtensionId(dist)}/manifest.json`);
  await waker.evaluate(() => chrome.runtime.sendMessage({ type: 'ext/wake' }).catch(() => undefined));
  const worker = context.serviceWorkers()[0] ?? (await started);
  await waker.close();
  return worker;
}

export interface LaunchOptions {
  /** Reuse a profile folder to test what survives a browser restart. */
  profile?: string;
  headless?: boolean;
  viewport?: { width: number; height: number };
  args?: string[];
  /** Extra environment for the browser process (e.g. `LANGUAGE`), on top of this process's own. */
  env?: Record<string, string>;
  /**
   * Keep the first-run welcome a new install shows in the panel. Without it the welcome is marked done
   * before any test opens the panel, so tests of other features meet the panel an agent uses daily.
   */
  firstRun?: boolean;
  /** Another build than DIST (the in-browser bench opens two builds' panels in alternation). */
  dist?: string;
}

/** Waits until the worker has handled the install (it marks the welcome), then marks it done. */
async function skipWelcome(worker: Worker): Promise<void> {
  await worker.evaluate(async () => {
    for (let i = 0; i < 100; i++) {
      if ((await chrome.storage.local.get('welcome')).welcome !== undefined) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await chrome.storage.local.set({ welcome: 'done' });
  });
}

/**
 * Launch options for a browser whose interface speaks `locale` ("es"). Chromium picks the language of
 * extension messages from `--lang`; on Linux it reads `LANGUAGE`/`LANG` when that flag is absent, so both
 * are set. `chrome.i18n.getUILanguage()` follows only when the browser has that language's interface
 * pack installed (Debian: chromium-l10n); see `hasInterfaceLanguage`.
 */
export function browserLanguage(locale: string): Pick<LaunchOptions, 'args' | 'env'> {
  const posix = locale.replace('-', '_');
  return { args: [`--lang=${locale}`], env: { LANGUAGE: posix, LANG: `${posix}.UTF-8` } };
}

/** Whether the browser found by `findChrome` ships its own interface in `locale` (a locales/*.pak file). */
export function hasInterfaceLanguage(locale: string): boolean {
  let folder = dirname(realpathSync(findChrome()));
  // Debian's /usr/bin/chromium is a wrapper script; the browser and its locales are in /usr/lib/chromium.
  if (!existsSync(join(folder, 'locales'))) folder = '/usr/lib/chromium';
  return existsSync(join(folder, 'locales', `${locale}.pak`));
}

export function newProfile(): string {
  return mkdtempSync(join(tmpdir(), 'ownit-profile-'));
}

export async function launchExtension(options: LaunchOptions = {}): Promise<LoadedExtension> {
  const dist = options.dist ? resolve(options.dist) : DIST;
  if (!existsSync(join(dist, 'manifest.json'))) {
    throw new Error(`${dist === DIST ? 'dist/' : dist} has no build. Run \`npm run build\` first.`);
  }
  const profile = options.profile ?? newProfile();
  const headless = options.headless ?? true;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChrome(),
    headless: false,
    viewport: options.viewport ?? { width: 420, height: 800 },
    ...(options.env ? { env: { ...process.env, ...options.env } as Record<string, string> } : {}),
    args: [
      ...(headless ? ['--headless=new'] : []),
      '--no-sandbox',
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(options.args ?? []),
    ],
  });
  const worker = await findWorker(context, dist);
  if (!options.firstRun) await skipWelcome(worker);
  const id = new URL(worker.url()).host;
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {
    side_panel: { default_path: string };
    options_ui: { page: string };
  };
  const panelUrl = (tabId?: number) =>
    `chrome-extension://${id}/${manifest.side_panel.default_path}${tabId === undefined ? '' : `?tab=${tabId}`}`;

  return {
    context,
    id,
    worker,
    profile,
    panelUrl,
    async openPanel(tabId) {
      const page = await context.newPage();
      await page.goto(panelUrl(tabId));
      return page;
    },
    async openOptions(section) {
      const page = await context.newPage();
      page.on('dialog', (dialog) => {
        throw new Error(`unexpected ${dialog.type()} dialog: ${dialog.message()}`);
      });
      await page.goto(`chrome-extension://${id}/${manifest.options_ui.page}${section ? `#${section}` : ''}`);
      // Keyboard tests need this tab to be the focused one, whatever earlier tests left open.
      await page.bringToFront();
      return page;
    },
    async tabIdOf(url) {
      const current = context.serviceWorkers()[0] ?? worker;
      const tabId = await current.evaluate(async (target: string) => {
        const tabs = await chrome.tabs.query({});
        return tabs.find((tab) => tab.url === target)?.id;
      }, url);
      if (tabId === undefined) throw new Error(`No tab shows ${url}`);
      return tabId;
    },
    async close() {
      await context.close();
      if (!options.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Writes rows into the extension's database from one of its pages, in one transaction. */
export function writeArticles(page: Page, rows: readonly Article[], logImport: boolean): Promise<void> {
  return page.evaluate(
    ({ rows, logImport }) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('ownit');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['articles', 'kbChanges'], 'readwrite');
          const store = tx.objectStore('articles');
          for (const row of rows) store.put(row);
          if (logImport) tx.objectStore('kbChanges').add({ kind: 'all', at: Date.now() });
          tx.oncomplete = () => {
            db.close();
            done();
          };
          tx.onerror = () => fail(tx.error);
          tx.onabort = () => fail(tx.error ?? new Error('import transaction aborted'));
        };
      }),
    { rows, logImport },
  );
}
