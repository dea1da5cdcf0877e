import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { stringRawAsPlain } from './vite.string-raw';

// The options page is built on its own, after the main build (emptyOutDir: false), so it shares no
// chunks with the side panel: as a second crxjs entry it would split preact and the storage
// code out of the panel's files, and the panel's gzip total would grow by about 1 kB
// (scripts/bundle-report.ts). The HTML keeps its source path, src/options/index.html.
export default defineConfig({
  plugins: [stringRawAsPlain(), preact()],
  publicDir: false,
  build: {
    target: 'chrome116',
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: false,
    modulePreload: { polyfill: false },
    rollupOptions: { input: { options: 'src/options/index.html' } },
  },
});
