// Derives the Firefox manifest from the built Chrome/Edge one (dist/manifest.json), so manifest.json
// stays the single source of truth. Pure: no files, no clock; scripts/build-firefox.ts does the I/O.
//
// Firefox version floor, from MDN's compatibility data: MV3 and `action` 109, `storage.session` 115,
// `optional_host_permissions` 128, `data_collection_permissions` 140 (AMO asks every new add-on for it).
export const GECKO_ID = 'own-it@own-it.app';
export const FIREFOX_MIN_VERSION = '140.0';
/** Firefox for Android reads `data_collection_permissions` from 142; it has no sidebar, so it is moot there. */
export const FIREFOX_ANDROID_MIN_VERSION = '142.0';

/** Chrome-only permissions Firefox does not know; the linter warns on each. */
const CHROME_ONLY_PERMISSIONS = new Set(['sidePanel', 'offscreen']);
/** Chrome-only top-level keys. */
const CHROME_ONLY_KEYS = ['side_panel', 'minimum_chrome_version', 'key', 'update_url'];
/** Chrome-only fields inside a web_accessible_resources entry. */
const CHROME_ONLY_WAR_FIELDS = ['use_dynamic_url'];

export type Manifest = Record<string, unknown>;

type Icons = Record<string, string>;

function record(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function fail(message: string): never {
  throw new Error(`Cannot derive the Firefox manifest: ${message}`);
}

/** The sidebar shows the same page as Chrome's side panel, with the toolbar button's title and icon. */
function sidebarAction(chrome: Manifest): Manifest {
  const panel = record(chrome.side_panel)?.default_path;
  if (typeof panel !== 'string' || panel === '') fail('side_panel.default_path is missing.');
  const action = record(chrome.action) ?? {};
  // Not opened by itself at install: the agent opens it from the toolbar, as in Chrome and Edge, when a
  // ticket is in front of them (a sidebar opened at install also starts its own copy of the meaning model).
  const sidebar: Manifest = { default_panel: panel, open_at_install: false };
  const title = action.default_title ?? chrome.name;
  if (typeof title === 'string') sidebar.default_title = title;
  const icon = (action.default_icon ?? chrome.icons) as Icons | string | undefined;
  if (icon !== undefined) sidebar.default_icon = icon;
  return sidebar;
}

/** Firefox MV3 has no background service worker: the same file runs as an event-page script. */
function background(chrome: Manifest): Manifest {
  const worker = record(chrome.background);
  const script = worker?.service_worker ?? worker?.scripts;
  const scripts = Array.isArray(script) ? script : [script];
  if (scripts.length === 0 || scripts.some((s) => typeof s !== 'string' || s === '')) {
    fail('background.service_worker is missing.');
  }
  const page: Manifest = { scripts };
  if (worker?.type === 'module') page.type = 'module';
  return page;
}

/**
 * Chrome's `_execute_action` opens the side panel via the toolbar button; in Firefox the same key
 * should toggle the sidebar, which `_execute_sidebar_action` does without any script.
 */
function commands(chrome: Manifest): Manifest | undefined {
  const all = record(chrome.commands);
  if (!all) return undefined;
  const renamed: Manifest = {};
  for (const [name, command] of Object.entries(all)) {
    renamed[name === '_execute_action' ? '_execute_sidebar_action' : name] = command;
  }
  return renamed;
}

function webAccessibleResources(chrome: Manifest): unknown[] | undefined {
  if (!Array.isArray(chrome.web_accessible_resources)) return undefined;
  return chrome.web_accessible_resources.map((entry) => {
    const copy = { ...record(entry) };
    for (const field of CHROME_ONLY_WAR_FIELDS) delete copy[field];
    return copy;
  });
}

/** The Firefox manifest for the same build. Throws a clear message when the input lacks a part. */
export function firefoxManifest(chrome: Manifest): Manifest {
  if (chrome.manifest_version !== 3) fail('expected a Manifest V3 file.');
  const out: Manifest = {};
  for (const [key, value] of Object.entries(chrome)) {
    if (CHROME_ONLY_KEYS.includes(key)) continue;
    out[key] = value;
    // Keep the sidebar where side_panel was, so the two files read alike.
    if (key === 'action') out.sidebar_action = sidebarAction(chrome);
  }
  out.sidebar_action ??= sidebarAction(chrome);
  out.background = background(chrome);
  if (Array.isArray(chrome.permissions)) {
    out.permissions = chrome.permissions.filter((p) => !CHROME_ONLY_PERMISSIONS.has(String(p)));
  }
  const keys = commands(chrome);
  if (keys) out.commands = keys;
  const resources = webAccessibleResources(chrome);
  if (resources) out.web_accessible_resources = resources;
  out.browser_specific_settings = {
    gecko: {
      id: GECKO_ID,
      strict_min_version: FIREFOX_MIN_VERSION,
      // Everything stays in the browser (PRINCIPLES.md): the add-on collects and sends nothing.
      data_collection_permissions: { required: ['none'] },
    },
    gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
  };
  return out;
}

function iconPaths(icon: unknown): string[] {
  if (typeof icon === 'string') return [icon];
  return Object.values(record(icon) ?? {}).filter((path): path is string => typeof path === 'string');
}

/** Every file the manifest points at, so the build can check that each one is really there. */
export function referencedFiles(manifest: Manifest): string[] {
  const sidebar = record(manifest.sidebar_action);
  const scripts = record(manifest.background)?.scripts;
  const options = record(manifest.options_ui)?.page;
  const content = Array.isArray(manifest.content_scripts) ? manifest.content_scripts : [];
  const files = [
    sidebar?.default_panel,
    options,
    ...(Array.isArray(scripts) ? scripts : []),
    ...content.flatMap((entry) => {
      const script = record(entry);
      return [
        ...(Array.isArray(script?.js) ? script.js : []),
        ...(Array.isArray(script?.css) ? script.css : []),
      ];
    }),
    ...iconPaths(manifest.icons),
    ...iconPaths(record(manifest.action)?.default_icon),
    ...iconPaths(sidebar?.default_icon),
  ];
  return [...new Set(files.filter((file): file is string => typeof file === 'string'))];
}
