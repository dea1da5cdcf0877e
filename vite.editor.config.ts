import { defineConfig } from 'vite';

// The reply-box editor (src/content/editor.ts), a single classic script the worker injects beside the
// content script the first time the panel writes into a page. Runs after the main build.
export default defineConfig({
  build: {
    target: 'chrome116',
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: false,
    copyPublicDir: false,
    lib: {
      entry: 'src/content/editor-entry.ts',
      formats: ['iife'],
      name: 'OwnItEditor',
      fileName: () => 'editor.js',
    },
  },
});
