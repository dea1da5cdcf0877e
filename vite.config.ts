import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import sourceManifest from './manifest.json' with { type: 'json' };

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

export default defineConfig({
  plugins: [preact(), crx({ manifest: crxManifest as never }), restoreContentScripts()],
  build: {
    target: 'chrome123',
    sourcemap: false,
    chunkSizeWarningLimit: 200,
  },
  server: { strictPort: true, port: 5173 },
});
