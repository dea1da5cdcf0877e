import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig, minifySync, type Plugin } from 'vite';
import sourceManifest from './manifest.json' with { type: 'json' };
import { stringRawAsPlain } from './vite.string-raw';

// The content script is built on its own as one classic script (vite.content.config.ts), so it can
// also be injected with scripting.executeScript on sites the agent grants later. crxjs builds
// everything else; this plugin puts the content script back into the built manifest.
const CONTENT_SCRIPT = 'content.js';
// The options page is built on its own too (vite.options.config.ts) and put back the same way.
const { content_scripts: contentScripts, options_ui: optionsUi, ...crxManifest } = sourceManifest;

function restoreContentScripts(): Plugin {
  return {
    name: 'ownit-content-scripts',
    apply: 'build',
    enforce: 'post',
    writeBundle(options) {
      const path = resolve(options.dir ?? 'dist', 'manifest.json');
      const built = JSON.parse(readFileSync(path, 'utf8'));
      built.content_scripts = contentScripts.map((entry) => ({ ...entry, js: [CONTENT_SCRIPT] }));
      built.options_ui = optionsUi;
      writeFileSync(path, `${JSON.stringify(built, null, 2)}\n`);
    },
  };
}

// public/early-index.js is copied as written (a classic script the panel page loads before its bundle);
// it is minified in dist/ like the bundles, as it counts in the panel's first-paint JS budget.
const EARLY_INDEX = 'early-index.js';

function minifyEarlyIndex(): Plugin {
  return {
    name: 'ownit-minify-early-index',
    apply: 'build',
    closeBundle() {
      const path = resolve(import.meta.dirname, 'dist', EARLY_INDEX);
      const minified = minifySync(EARLY_INDEX, readFileSync(path, 'utf8'), { compress: true, mangle: true });
      if (minified.errors.length > 0) throw new Error(`${EARLY_INDEX} could not be minified.`);
      writeFileSync(path, minified.code);
    },
  };
}

// The data files the panel fetches are emitted without their indentation (the same JSON, fewer bytes).
function minifyFetchedData(): Plugin {
  return {
    name: 'ownit-minify-fetched-data',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'asset' && /^assets\/.+\.json$/.test(file.fileName))
          file.source = JSON.stringify(JSON.parse(String(file.source)));
      }
    },
  };
}

// Data the panel's nudge engine reads at load (the English phrase file, the typo words) is fetched after
// first paint rather than bundled: the panel's JavaScript budget has no room for it as code. The
// engine's own imports of those files resolve to virtual modules that hand over the copies
// src/sidepanel/nudge-engine.ts fetched (under PANEL_DATA's keys) before it loads the engine. Node, the
// CLI and the other builds import the files themselves.
const PANEL_DATA: Record<string, { importer: string; source: string }> = {
  englishPhrases: { importer: 'src/nudges/language/phrases.ts', source: '../lang/en.json' },
  typoWords: { importer: 'src/nudges/text/typos.ts', source: './typo-words.json' },
  draftWords: { importer: 'src/nudges/detect-language.ts', source: './language-words.json' },
  languageWords: { importer: 'src/nudges/language/which-language.ts', source: '../language-words.json' },
  limitWords: { importer: 'src/nudges/limits/rule-keywords.ts', source: './limit-words.json' },
};
const DATA_PREFIX = '\0ownit-panel-data:';

function panelDataAsFetched(): Plugin {
  return {
    name: 'ownit-panel-data-as-fetched',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer) return null;
      const from = resolve(importer.split('?')[0] as string);
      for (const [key, entry] of Object.entries(PANEL_DATA)) {
        if (source === entry.source && from === resolve(import.meta.dirname, entry.importer))
          return `${DATA_PREFIX}${key}`;
      }
      return null;
    },
    load(id) {
      if (!id.startsWith(DATA_PREFIX)) return null;
      const key = id.slice(DATA_PREFIX.length);
      return [
        `const data = globalThis.__ownItPanelData?.[${JSON.stringify(key)}];`,
        `if (!data) throw new Error('Own It: ${key} must be fetched before the nudge engine loads');`,
        'export default data;',
      ].join('\n');
    },
  };
}

export default defineConfig({
  plugins: [
    panelDataAsFetched(),
    stringRawAsPlain(),
    preact(),
    crx({ manifest: crxManifest as never }),
    restoreContentScripts(),
    minifyEarlyIndex(),
    minifyFetchedData(),
  ],
  build: {
    target: 'chrome123',
    sourcemap: false,
    // Every browser the extension supports preloads modules itself.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 200,
  },
  server: { strictPort: true, port: 5173 },
});
