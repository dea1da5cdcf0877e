import { defineConfig, type UserConfig } from 'vite';
import { stringRawAsPlain } from './vite.string-raw';

/**
 * A script the worker injects into pages: one classic script (an IIFE) with no loader and no shared
 * chunks, nothing the page can fetch from the extension. Built after the main build, into the same dist/.
 */
export function classicScript(entry: string, name: string, file: string): UserConfig {
  return defineConfig({
    plugins: [stringRawAsPlain()],
    build: {
      target: 'chrome116',
      outDir: 'dist',
      emptyOutDir: false,
      sourcemap: false,
      copyPublicDir: false,
      lib: { entry, formats: ['iife'], name, fileName: () => file },
    },
  });
}
