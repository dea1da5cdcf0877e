import { defineConfig } from 'vite';

// The snippet-shortcut script (src/content/snippet-keys/), a single classic script like the content
// script, injected only on sites where the agent turned shortcuts on. Runs after the main build.
export default defineConfig({
  build: {
    target: 'chrome116',
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: false,
    copyPublicDir: false,
    lib: {
      entry: 'src/content/snippet-keys/index.ts',
      formats: ['iife'],
      name: 'OwnItSnippetKeys',
      fileName: () => 'snippet-keys.js',
    },
  },
});
