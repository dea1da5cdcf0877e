// Loads the Firefox build (dist-firefox/) into a real Firefox (Debian's firefox-esr) driven by
// puppeteer-core over WebDriver BiDi. Used by the Firefox end-to-end tier (test/e2e-firefox/).
//
// The add-on is installed the way an agent's Firefox keeps it: a file in the profile's extensions
// folder names the build's folder, and Firefox installs it at start-up. So it stays installed when the
// browser restarts with the same profile (a temporary add-on would be removed at shutdown, taking the
// question "does a reminder survive a restart?" with it). Unsigned add-ons install this way only where
// signing can be switched off: Firefox ESR, Developer Edition, Nightly.
import { randomUUID } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findBrowser, ROOT } from './chromium';

export const DIST_FIREFOX = join(ROOT, 'dist-firefox');

const CANDIDATES = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/usr/lib/firefox-esr/firefox-esr',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
];

/** FIREFOX_PATH first, then the usual install paths; a clear instruction when there is none. */
export function findFirefox(): string {
  return findBrowser(
    'FIREFOX_PATH',
    CANDIDATES,
    'No Firefox found. Install Firefox ESR (Debian/Ubuntu: `sudo apt-get install firefox-esr`) ' +
      'or set FIREFOX_PATH to the browser executable.',
  );
}

interface FirefoxManifest {
  browser_specific_settings: { gecko: { id: string } };
  sidebar_action: { default_panel: string };
  options_ui: { page: string };
}

function readManifest(): FirefoxManifest {
  const path = join(DIST_FIREFOX, 'manifest.json');
  if (!existsSync(path)) throw new Error('dist-firefox/ has no build. Run `npm run build:firefox` first.');
  return JSON.parse(readFileSync(path, 'utf8')) as FirefoxManifest;
}

export interface FirefoxOptions {
  /** Reuse a profile folder (and its add-on uuid) to test what survives a restart. */
  profile?: FirefoxProfile;
  /** The page size of every tab; the default is a sidebar-like 400 × 800. */
  viewport?: { width: number; height: number };
  /** Keep the first-run welcome (see scripts/chromium.ts); without it the welcome is marked done. */
  firstRun?: boolean;
  /** More Firefox preferences (e.g. a shorter idle time for the background page). */
  prefs?: Record<string, string | number | boolean>;
  /**
   * Firefox's interface language (e.g. `es-ES`), which is the one extensions speak. Needs that language's
   * pack installed beside Firefox (`firefoxLanguagePack`); English Firefox ignores the request without it.
   */
  locale?: string;
}

/** Where Debian's language packs for Firefox ESR put their add-on (`firefox-esr-l10n-<lang>`). */
const LANGUAGE_PACK_DIRS = ['/usr/lib/firefox-esr/browser/extensions', '/usr/lib/firefox/browser/extensions'];

/** The installed language pack for `locale` (e.g. `es-ES`), or undefined when there is none. */
export function firefoxLanguagePack(locale: string): string | undefined {
  for (const dir of LANGUAGE_PACK_DIRS) {
    if (!existsSync(dir)) continue;
    const pack = readdirSync(dir).find((name) => name.startsWith(`langpack-${locale}@`));
    if (pack) return join(dir, pack);
  }
  return undefined;
}

export interface FirefoxProfile {
  dir: string;
  /** The add-on's internal uuid, pinned so its pages have a known address. */
  uuid: string;
}

export interface LoadedFirefox {
  browser: Browser;
  profile: FirefoxProfile;
  /** `moz-extension://<uuid>/` */
  base: string;
  /** Everything Firefox printed so far (extension console output included). */
  output(): string;
  /** Opens one of the extension's pages (a path under the build) in a new tab and waits for `ready`. */
  openExtensionPage(path: string, ready: string): Promise<Page>;
  /** The panel (the sidebar's page) in a tab, following tab `tabId` when given. */
  openPanel(tabId?: number): Promise<Page>;
  openOptions(section?: string): Promise<Page>;
  /** The id Firefox gives the tab showing `url`, asked from an extension page. */
  tabIdOf(url: string): Promise<number>;
  /** Runs `fn` in an extension page, where `browser.*` is the WebExtension API. */
  inExtension<T>(fn: () => Promise<T>): Promise<T>;
  /**
   * Evaluates `expression` in the browser window's own (chrome) document, where Firefox's sidebar,
   * keyboard shortcuts and context menu live: what a person's clicks and keys reach. Its value, as JSON.
   */
  inBrowserWindow(expression: string): Promise<unknown>;
  close(): Promise<void>;
}

export function newFirefoxProfile(): FirefoxProfile {
  return { dir: mkdtempSync(join(tmpdir(), 'ownit-firefox-')), uuid: randomUUID() };
}

/**
 * Navigates a tab without waiting for a load event: Firefox sends none to BiDi for extension pages, so
 * `page.goto` would wait forever. The BiDi command itself, `browsingContext.navigate` with `wait: none`.
 */
async function navigate(page: Page, url: string): Promise<void> {
  const frame = page.mainFrame() as unknown as {
    browsingContext?: { navigate(url: string, wait: 'none' | 'interactive' | 'complete'): Promise<void> };
  };
  if (!frame.browsingContext)
    throw new Error('This is not a WebDriver BiDi session: cannot open extension pages.');
  await frame.browsingContext.navigate(url, 'none');
}

export async function launchFirefox(options: FirefoxOptions = {}): Promise<LoadedFirefox> {
  const manifest = readManifest();
  const geckoId = manifest.browser_specific_settings.gecko.id;
  const profile = options.profile ?? newFirefoxProfile();
  const extensions = join(profile.dir, 'extensions');
  mkdirSync(extensions, { recursive: true });
  // A "proxy file": named by the add-on's id, holding the path of its unpacked folder.
  writeFileSync(join(extensions, geckoId), DIST_FIREFOX);

  const locale: Record<string, string | number | boolean> = {};
  if (options.locale) {
    if (!firefoxLanguagePack(options.locale))
      throw new Error(`No Firefox language pack for ${options.locale} (Debian: firefox-esr-l10n-*).`);
    // The pack is installed with Firefox (application scope), not in the profile: let Firefox load it.
    Object.assign(locale, {
      'intl.locale.requested': options.locale,
      'extensions.enabledScopes': 5,
      'extensions.startupScanScopes': 5,
    });
  }

  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    userDataDir: profile.dir,
    // Extension console output reaches Firefox's stdout only (pref below); kept for failing tests.
    dumpio: false,
    defaultViewport: options.viewport ?? { width: 400, height: 800 },
    // Without it Firefox refuses to navigate a BiDi-driven tab to a moz-extension:// page.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: profile.uuid }),
      'devtools.console.stdout.content': true,
      'xpinstall.signatures.required': false,
      // Install add-ons found in the profile without asking, and look only there (not in system folders).
      'extensions.autoDisableScopes': 0,
      'extensions.enabledScopes': 1,
      'extensions.startupScanScopes': 1,
      // No network here: stop the start-up calls home that would only fail.
      'app.normandy.enabled': false,
      'messaging-system.rsexperimentloader.enabled': false,
      'browser.region.network.url': '',
      'services.settings.server': 'http://127.0.0.1:9/',
      'extensions.getAddons.cache.enabled': false,
      // Firefox's own notification windows, not the desktop's (a headless machine has no notification
      // service, and the extension's notifications would not be shown at all).
      'alerts.useSystemBackend': false,
      ...locale,
      ...options.prefs,
    },
  });
  let printed = '';
  const child = browser.process();
  child?.stdout?.on('data', (chunk: Buffer) => {
    printed += chunk.toString();
  });
  child?.stderr?.on('data', (chunk: Buffer) => {
    printed += chunk.toString();
  });

  const base = `moz-extension://${profile.uuid}/`;
  const openExtensionPage = async (path: string, ready: string) => {
    const page = await browser.newPage();
    await navigate(page, `${base}${path}`);
    await page.waitForSelector(ready, { timeout: 30_000 });
    return page;
  };
  // Extension APIs need one of the add-on's own documents: its options page is the lightest.
  const apiPage = () => openExtensionPage(manifest.options_ui.page, 'nav');
  const inExtension = async <T>(fn: () => Promise<T>): Promise<T> => {
    const page = await apiPage();
    try {
      return (await page.evaluate(fn)) as T;
    } finally {
      await page.close();
    }
  };

  // The add-on is installed while Firefox starts; its pages answer once it is.
  const started = Date.now();
  for (;;) {
    const probe = await browser.newPage();
    try {
      await navigate(probe, `${base}manifest.json`);
      const ok = await probe
        .waitForFunction(() => document.body?.textContent?.includes('manifest_version'), { timeout: 2_000 })
        .then(() => true)
        .catch(() => false);
      if (ok) break;
    } finally {
      await probe.close();
    }
    if (Date.now() - started > 30_000) {
      await browser.close();
      throw new Error(`The add-on did not start in Firefox within 30 s.\n${printed.slice(-2_000)}`);
    }
  }

  if (!options.firstRun) {
    await inExtension(async () => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      for (let i = 0; i < 100; i++) {
        if ((await api.storage.local.get('welcome')).welcome !== undefined) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await api.storage.local.set({ welcome: 'done' });
    });
  }

  /** The BiDi session under puppeteer (its public API has no chrome-scope evaluation). */
  const bidi = async () => {
    const pages = await browser.pages();
    const frame = pages[0]?.mainFrame() as unknown as {
      browsingContext?: {
        userContext: { browser: { session: { send(method: string, params: object): Promise<unknown> } } };
      };
    };
    const session = frame?.browsingContext?.userContext.browser.session;
    if (!session) throw new Error('This is not a WebDriver BiDi session.');
    return session;
  };
  const inBrowserWindow = async (expression: string) => {
    const session = await bidi();
    const tree = (await session.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 })) as {
      result: { contexts: { context: string; url: string }[] };
    };
    const window = tree.result.contexts.find((context) => context.url.endsWith('/browser.xhtml'));
    if (!window) throw new Error('No browser window found.');
    const answer = (await session.send('script.evaluate', {
      expression: `(async () => JSON.stringify(await (async () => (${expression}))()))()`,
      target: { context: window.context },
      awaitPromise: true,
    })) as {
      result: { type: string; result?: { value?: string }; exceptionDetails?: { text: string } };
    };
    if (answer.result.type !== 'success')
      throw new Error(`In the browser window: ${answer.result.exceptionDetails?.text ?? 'failed'}`);
    const json = answer.result.result?.value;
    return json === undefined ? undefined : JSON.parse(json);
  };

  return {
    browser,
    profile,
    base,
    inBrowserWindow,
    output: () => printed,
    openExtensionPage,
    openPanel: (tabId) =>
      openExtensionPage(
        `${manifest.sidebar_action.default_panel}${tabId === undefined ? '' : `?tab=${tabId}`}`,
        'main, [role="main"], header',
      ),
    openOptions: (section) =>
      openExtensionPage(`${manifest.options_ui.page}${section ? `#${section}` : ''}`, 'nav'),
    tabIdOf: async (url) => {
      const page = await apiPage();
      try {
        const id = await page.evaluate(async (target: string) => {
          const api = (globalThis as unknown as { browser: typeof chrome }).browser;
          const tabs = await api.tabs.query({});
          // The newest tab on that address (an earlier test may have left one open).
          return tabs
            .filter((tab) => tab.url === target)
            .map((tab) => tab.id)
            .sort((a, b) => (b ?? 0) - (a ?? 0))[0];
        }, url);
        if (id === undefined) throw new Error(`No tab shows ${url}`);
        return id;
      } finally {
        await page.close();
      }
    },
    inExtension,
    async close() {
      await browser.close();
      if (!options.profile) rmSync(profile.dir, { recursive: true, force: true });
    },
  };
}
