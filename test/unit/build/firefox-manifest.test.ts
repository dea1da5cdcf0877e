import { describe, expect, it } from 'vitest';
import source from '../../../manifest.json' with { type: 'json' };
import {
  FIREFOX_MIN_VERSION,
  firefoxManifest,
  GECKO_ID,
  type Manifest,
  referencedFiles,
} from '../../../scripts/firefox-manifest';

/** What crxjs writes to dist/manifest.json: the worker behind its loader, the panel page kept. */
function builtChromeManifest(): Manifest {
  return {
    ...structuredClone(source),
    background: { service_worker: 'service-worker-loader.js', type: 'module' },
    content_scripts: source.content_scripts.map((entry) => ({ ...entry, js: ['content.js'] })),
    web_accessible_resources: [
      { matches: ['https://*.zendesk.com/*'], resources: ['assets/chunk.js'], use_dynamic_url: false },
    ],
  };
}

describe('the Firefox manifest', () => {
  const chrome = builtChromeManifest();
  const firefox = firefoxManifest(chrome);

  it('opens the same panel page in a sidebar, titled and drawn like the toolbar button', () => {
    expect(firefox.side_panel).toBeUndefined();
    expect(firefox.sidebar_action).toEqual({
      default_panel: 'src/sidepanel/index.html',
      open_at_install: false,
      default_title: source.action.default_title,
      default_icon: source.action.default_icon,
    });
  });

  it('runs the same background file as a module event page instead of a service worker', () => {
    expect(firefox.background).toEqual({ scripts: ['service-worker-loader.js'], type: 'module' });
  });

  it('drops what Firefox rejects and keeps every other permission', () => {
    expect(firefox.permissions).not.toContain('sidePanel');
    // Firefox has no offscreen documents: its background page hosts the meaning host in a frame.
    expect(source.permissions).toContain('offscreen');
    expect(firefox.permissions).not.toContain('offscreen');
    expect(firefox.permissions).toEqual(
      source.permissions.filter((p) => p !== 'sidePanel' && p !== 'offscreen'),
    );
    expect(firefox.minimum_chrome_version).toBeUndefined();
    expect(firefox.web_accessible_resources).toEqual([
      { matches: ['https://*.zendesk.com/*'], resources: ['assets/chunk.js'] },
    ]);
  });

  it('has a fixed add-on id, a version floor that covers MV3 optional hosts, and declares no data collection', () => {
    const gecko = (firefox.browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
    expect(gecko.id).toBe(GECKO_ID);
    expect(Number.parseFloat(FIREFOX_MIN_VERSION)).toBeGreaterThanOrEqual(128);
    expect(gecko.strict_min_version).toBe(FIREFOX_MIN_VERSION);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    const android = (firefox.browser_specific_settings as { gecko_android: Record<string, unknown> })
      .gecko_android;
    // Firefox for Android reads data_collection_permissions only from 142.
    expect(Number.parseFloat(String(android.strict_min_version))).toBeGreaterThanOrEqual(142);
  });

  it('keeps the options page, hosts, content script, CSP and the note shortcut as they are', () => {
    for (const key of [
      'name',
      'version',
      'icons',
      'action',
      'options_ui',
      'host_permissions',
      'optional_host_permissions',
      'content_scripts',
      'content_security_policy',
    ]) {
      expect(firefox[key], key).toEqual(chrome[key]);
    }
    const commands = firefox.commands as Record<string, unknown>;
    expect(commands['own-this']).toEqual(source.commands['own-this']);
  });

  it('binds the open-panel shortcut to the sidebar', () => {
    const commands = firefox.commands as Record<string, unknown>;
    expect(commands._execute_action).toBeUndefined();
    expect(commands._execute_sidebar_action).toEqual(source.commands._execute_action);
  });

  it('does not change its input', () => {
    expect(chrome).toEqual(builtChromeManifest());
  });

  it('refuses a manifest it cannot translate, saying what is missing', () => {
    const { side_panel: _panel, ...noPanel } = chrome;
    expect(() => firefoxManifest(noPanel)).toThrow(/side_panel\.default_path is missing/);
    const { background: _worker, ...noWorker } = chrome;
    expect(() => firefoxManifest(noWorker)).toThrow(/background\.service_worker is missing/);
    expect(() => firefoxManifest({ ...chrome, manifest_version: 2 })).toThrow(/Manifest V3/);
  });
});

describe('the files a Firefox manifest points at', () => {
  it('lists the sidebar page, background script, options page, content script and every icon once', () => {
    const files = referencedFiles(firefoxManifest(builtChromeManifest()));
    expect(files).toEqual(
      expect.arrayContaining([
        'src/sidepanel/index.html',
        'service-worker-loader.js',
        'src/options/index.html',
        'content.js',
        'icons/icon-16.png',
        'icons/icon-128.png',
      ]),
    );
    expect(new Set(files).size).toBe(files.length);
  });
});
