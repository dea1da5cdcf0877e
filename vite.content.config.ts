import { defineConfig } from 'vite';

// The content script as a single classic script: no loader, no shared chunks, nothing the page can
// fetch from the extension. Runs after the main build (emptyOutDir: false).
export default defineConfig({
  build: {
    target: 'chrome116',
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: false,
    copyPublicDir: false,
    lib: {
      entry: 'src/content/index.ts',
      formats: ['iife'],
      name: 'OwnItContent',
      fileName: () => 'content.js',
    },
  },
});
